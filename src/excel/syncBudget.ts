import type { RequestContextApi } from './excelApi';

/**
 * What one request or response may carry. Excel on the web refuses either over 5 MB; the
 * adapter stays under 3.5 MB of its own estimates, which overcount (see the estimators below).
 */
export const PAYLOAD_BUDGET = 3.5 * 1024 * 1024;

/** The longest address list sent to `getRanges` (Excel's own limit is undocumented). */
export const ADDRESS_CHARS = 7_900;

/**
 * Counts what the queued operations will send and bring back, and syncs before an operation
 * that would take either past the budget. Work stays in as few round trips as the payload
 * allows: one, unless the payload is larger than the budget.
 */
export class SyncBudget {
  private requestBytes = 0;
  private responseBytes = 0;
  /** Syncs done through this budget. */
  syncs = 0;

  constructor(
    private readonly context: Pick<RequestContextApi, 'sync'>,
    private readonly limit = PAYLOAD_BUDGET,
  ) {}

  /** Makes room for an operation of these estimated sizes, syncing first when it would not fit. */
  async reserve(requestBytes: number, responseBytes = 0): Promise<void> {
    const pending = this.requestBytes > 0 || this.responseBytes > 0;
    const overflow =
      this.requestBytes + requestBytes > this.limit ||
      this.responseBytes + responseBytes > this.limit;
    if (pending && overflow) await this.sync();
    this.requestBytes += requestBytes;
    this.responseBytes += responseBytes;
  }

  /** Sends what is queued. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.requestBytes = 0;
    this.responseBytes = 0;
  }

  /** Whether anything is queued since the last sync. */
  get pending(): boolean {
    return this.requestBytes > 0 || this.responseBytes > 0;
  }
}

/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * What one request of the sheet writer may carry. Its estimates are close to what is sent (the
 * JSON of the values themselves, plus a generous envelope per operation), so it can go nearer
 * to Excel's 5 MB than PAYLOAD_BUDGET does.
 */
export const WRITE_BUDGET = 4 * 1024 * 1024;

/**
 * What one block of the table reader may bring back (src/excel/readBlocks.ts): as WRITE_BUDGET,
 * its estimates are measured JSON bytes of the rows themselves, so it too can go near 5 MB.
 */
export const READ_BUDGET = WRITE_BUDGET;

/** Consecutive items `[start, end)`. */
export type IndexSpan = { start: number; end: number };

/**
 * Cuts a sequence of sizes into consecutive spans each totalling at most `limit` (an item larger
 * than the limit is a span of its own): the rule `SyncBudget.reserve` applies as work comes,
 * for work that must be cut before it starts (rows into chunks, operations into syncs counted
 * in advance for progress).
 */
export function packBySize(sizes: readonly number[], limit: number): IndexSpan[] {
  const spans: IndexSpan[] = [];
  let start = 0;
  let total = 0;
  sizes.forEach((size, index) => {
    if (index > start && total + size > limit) {
      spans.push({ start, end: index });
      start = index;
      total = 0;
    }
    total += size;
  });
  if (sizes.length > start) spans.push({ start, end: sizes.length });
  return spans;
}
