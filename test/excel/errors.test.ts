import { appErrorCodes } from '../../src/core/i18n';
import { HostError } from '../../src/demo/host';
import { AppError, toAppError } from '../../src/excel/errors';

/** An OfficeExtension.Error as office.js throws it. */
function officeError(code: string): Error {
  return Object.assign(new Error(`${code} happened`), { name: 'RichApi.Error', code });
}

describe('toAppError', () => {
  test.each([
    ['ItemNotFound', 'item_not_found'],
    ['InvalidArgument', 'invalid_argument'],
    ['InvalidReference', 'invalid_argument'],
    ['InvalidSelection', 'invalid_argument'],
    ['AccessDenied', 'access_denied'],
    ['ActivityLimitReached', 'busy'],
    ['InvalidOperationInCellEditMode', 'busy'],
    ['RequestPayloadSizeLimitExceeded', 'request_too_large'],
    ['ResponsePayloadSizeLimitExceeded', 'request_too_large'],
    ['PayloadTooLarge', 'request_too_large'],
    ['RangeExceedsLimit', 'request_too_large'],
    ['ApiNotFound', 'requirement_not_met'],
    ['GeneralException', 'unknown'],
    ['PropertyNotLoaded', 'unknown'],
    ['SomethingNew', 'unknown'],
  ])('%s → %s', (code, expected) => {
    const cause = officeError(code);
    const error = toAppError(cause);
    expect(error).toBeInstanceOf(AppError);
    expect([error.code, error.detail, error.cause]).toEqual([expected, code, cause]);
  });

  test('the in-memory host errors map the same way', () => {
    expect(toAppError(new HostError('ItemNotFound', 'gone')).code).toBe('item_not_found');
  });

  test('an AppError passes through', () => {
    const error = new AppError('sheet_empty');
    expect(toAppError(error)).toBe(error);
  });

  test('anything else is unknown, its message kept as detail', () => {
    expect(toAppError(new TypeError('x is undefined'))).toMatchObject({
      code: 'unknown',
      detail: 'x is undefined',
    });
    expect(toAppError('text')).toMatchObject({ code: 'unknown', detail: undefined });
    expect(toAppError({ code: 42 })).toMatchObject({ code: 'unknown' });
    expect(toAppError({ code: 'toString' })).toMatchObject({ code: 'unknown', detail: 'toString' });
  });

  test('codes only, no words: the message is the code and detail', () => {
    expect(new AppError('busy').message).toBe('busy');
    expect(new AppError('requirement_not_met', 'ExcelApi 1.7').message).toBe(
      'requirement_not_met: ExcelApi 1.7',
    );
    expect(new AppError('busy').name).toBe('AppError');
  });

  test('every code the UI knows can be raised', () => {
    for (const code of appErrorCodes) expect(new AppError(code).code).toBe(code);
  });
});
