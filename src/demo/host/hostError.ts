/** The error codes the in-memory host raises, spelled as Office.js spells them. */
export type HostErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'AccessDenied'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidSelection'
  | 'InvalidRequestContext'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

/** An OfficeExtension.Error look-alike: name "RichApi.Error", `code`, `debugInfo`. */
export class HostError
  extends Error
  implements
    Pick<OfficeExtension.Error, 'name' | 'message' | 'code' | 'debugInfo' | 'traceMessages'>
{
  override readonly name = 'RichApi.Error';
  readonly code: HostErrorCode;
  readonly debugInfo: OfficeExtension.DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Excel's answer to a property set to a value it does not take. */
export function invalidValue(api: string, value: unknown): HostError {
  const json = JSON.stringify(value) as string | undefined;
  return new HostError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format: ${json ?? String(value)}.`,
    api,
  );
}

/** The value when it is one of `allowed`, else null. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return allowed.find((item) => item === value) ?? null;
}
