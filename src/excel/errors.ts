import type { AppErrorCode } from '../core/i18n';

export type { AppErrorCode } from '../core/i18n';

/**
 * Why the adapter failed, as a code the UI turns into words (src/core/i18n). `detail` is for
 * diagnostics only (the Office error code, what was missing), never shown as the message.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: AppErrorCode;
  readonly detail: string | undefined;

  constructor(code: AppErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail === undefined ? code : `${code}: ${detail}`, options);
    this.code = code;
    this.detail = detail;
  }
}

/**
 * OfficeExtension.Error codes (Excel.ErrorCodes plus the runtime's own) → app codes.
 * https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors
 */
const officeCodes: Readonly<Record<string, AppErrorCode>> = {
  ItemNotFound: 'item_not_found',
  InvalidArgument: 'invalid_argument',
  InvalidReference: 'invalid_argument',
  InvalidSelection: 'invalid_argument',
  AccessDenied: 'access_denied',
  // The workbook is busy: a cell is being edited, or Excel throttles the add-in.
  InvalidOperationInCellEditMode: 'busy',
  ActivityLimitReached: 'busy',
  // Excel on the web refuses requests and responses over 5 MB.
  RequestPayloadSizeLimitExceeded: 'request_too_large',
  ResponsePayloadSizeLimitExceeded: 'request_too_large',
  PayloadTooLarge: 'request_too_large',
  RangeExceedsLimit: 'request_too_large',
  OperationCellsExceedLimit: 'request_too_large',
  // The host lacks the API: an older Excel than the requirement check assumed.
  ApiNotFound: 'requirement_not_met',
  NotImplemented: 'requirement_not_met',
  GeneralException: 'unknown',
};

/** Any error as an AppError: OfficeExtension.Error by its `code`, everything else "unknown". */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = officeErrorCode(error);
  if (code !== undefined) {
    const mapped = Object.hasOwn(officeCodes, code) ? officeCodes[code] : undefined;
    return new AppError(mapped ?? 'unknown', code, { cause: error });
  }
  const detail = error instanceof Error ? error.message : undefined;
  return new AppError('unknown', detail, { cause: error });
}

/**
 * The `code` of an OfficeExtension.Error. Duck-typed: the class exists only once office.js has
 * loaded, and the in-memory host throws look-alikes.
 */
function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && code !== '' ? code : undefined;
}
