/** The error codes the in-memory host raises, spelled as Office.js spells them. */
export type HostErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'AccessDenied'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
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
