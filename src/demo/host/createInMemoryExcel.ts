import type {
  ExcelRunner,
  OfficeApi,
  WritableExcelRunner,
  WritableRequestContextApi,
} from '../../excel/excelApi';
import type { HostLimits, SyncStats } from './requestContext';
import { compareVersions, HostRequestContext } from './requestContext';
import type { InMemoryWorkbook } from './workbook';

/** Excel on the web refuses requests and responses over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The longest `getRanges` address the host takes (Excel's limit is undocumented). */
export const ADDRESS_CHARS_LIMIT = 8_192;

export type InMemoryExcelOptions = {
  /**
   * The highest ExcelApi requirement set to implement; older sets make newer APIs fail at sync
   * with ApiNotFound, as an older Excel does.
   * @default "1.17"
   */
  excelApi?: string;
  /** Payload limits per sync. @default 5 MB each, as Excel on the web; addresses 8,192 chars */
  limits?: Partial<HostLimits>;
  /**
   * Awaited by every `sync()` before it answers: a network's latency for a browser test that
   * needs a read to last (the demo page's test hook). @default none, a microtask as before
   */
  roundTrip?: () => Promise<void>;
};

/** The `Office` global as far as requirement checks go (the demo page installs it). */
export type HostOffice = {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
};

/** An in-memory Excel: `run` as `Excel.run`, plus what tests and the demo page need. */
export type InMemoryExcel = {
  run<T>(batch: (context: HostRequestContext) => Promise<T>): Promise<T>;
  /** The workbook the contexts read and write. */
  readonly workbook: InMemoryWorkbook;
  /** Syncs and payload sizes since creation or the last `resetStats()` (a live view). */
  readonly stats: Readonly<SyncStats>;
  resetStats(): void;
  /** An `Office` look-alike answering `context.requirements.isSetSupported`. */
  readonly office: HostOffice;
};

/** Hosts `workbook` behind Office.js's load/sync rules. */
export function createInMemoryExcel(
  workbook: InMemoryWorkbook,
  options: InMemoryExcelOptions = {},
): InMemoryExcel {
  const excelApi = options.excelApi ?? '1.17';
  const limits: HostLimits = {
    requestBytes: options.limits?.requestBytes ?? WEB_PAYLOAD_LIMIT,
    responseBytes: options.limits?.responseBytes ?? WEB_PAYLOAD_LIMIT,
    addressChars: options.limits?.addressChars ?? ADDRESS_CHARS_LIMIT,
  };
  const stats: SyncStats = { syncs: 0, requests: [] };
  const state = {
    workbook,
    excelApi,
    limits,
    stats,
    ...(options.roundTrip ? { roundTrip: options.roundTrip } : {}),
  };

  return {
    async run<T>(batch: (context: HostRequestContext) => Promise<T>): Promise<T> {
      const context = new HostRequestContext(state);
      try {
        const result = await batch(context);
        // Excel.run sends what the batch queued after its last sync.
        if (context.pendingActions > 0) await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
    workbook,
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.requests.length = 0;
    },
    office: {
      context: {
        requirements: {
          isSetSupported(name: string, minVersion?: string): boolean {
            if (name !== 'ExcelApi') return false;
            return minVersion === undefined || compareVersions(minVersion, excelApi) <= 0;
          },
        },
      },
    },
  };
}

// The host is a runner the adapter accepts (a compile error here means the host drifted).
type Assert<T extends true> = T;
export type InMemoryExcelIsARunner = Assert<InMemoryExcel extends ExcelRunner ? true : false>;
export type InMemoryExcelIsAWritableRunner = Assert<
  InMemoryExcel extends WritableExcelRunner ? true : false
>;
export type HostContextIsWritable = Assert<
  HostRequestContext extends WritableRequestContextApi ? true : false
>;
export type HostOfficeIsAnOffice = Assert<HostOffice extends OfficeApi ? true : false>;
