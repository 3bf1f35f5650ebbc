import type { ReadIssue } from '../table/readTaskTable';

/*
 * The codes the UI turns into words. Each list is kept as the keys of an object checked with
 * `satisfies Record<Code, true>`, so a code added to the union without being listed (or listed
 * without being in the union) does not compile.
 */

/** Why `readTaskTable` could not read a table. */
export type ReadIssueCode = ReadIssue['code'];

const readIssueCodeSet = {
  empty_grid: true,
  header_not_found: true,
  no_tasks: true,
} as const satisfies Record<ReadIssueCode, true>;

/** Every read-issue code. */
export const readIssueCodes = Object.keys(readIssueCodeSet) as ReadIssueCode[];

/** Why the Excel adapter failed (`AppError.code` in src/excel/errors.ts). */
export type AppErrorCode =
  | 'not_in_excel'
  | 'requirement_not_met'
  | 'sheet_empty'
  | 'item_not_found'
  | 'invalid_argument'
  | 'access_denied'
  | 'busy'
  | 'request_too_large'
  | 'unknown';

const appErrorCodeSet = {
  not_in_excel: true,
  requirement_not_met: true,
  sheet_empty: true,
  item_not_found: true,
  invalid_argument: true,
  access_denied: true,
  busy: true,
  request_too_large: true,
  unknown: true,
} as const satisfies Record<AppErrorCode, true>;

/** Every adapter error code. */
export const appErrorCodes = Object.keys(appErrorCodeSet) as AppErrorCode[];

/**
 * Why a check stopped with no result and nothing failed: the user pressed Hủy. Kept apart from
 * AppErrorCode, which the write paths switch over exhaustively and which no adapter ever gives.
 */
export type NoticeCode = 'cancelled';

const noticeCodeSet = { cancelled: true } as const satisfies Record<NoticeCode, true>;

/** Every notice code. */
export const noticeCodes = Object.keys(noticeCodeSet) as NoticeCode[];
