import type { Catalog } from '../core/i18n';
import { getCatalog } from '../core/i18n';
import { DEFAULT_DUE_SOON_DAYS } from '../core/check/checkGrid';
import { normalizeTable } from '../core/normalize/normalizeTable';
import type { ChangeKind, NormalizeResult } from '../core/normalize/normalizeSchema';
import { ALL_CHANGE_KINDS } from '../core/normalize/normalizeSchema';
import { assignSheetNames } from '../core/summary/assignSheetNames';
import type { CliIo } from './main';
import type { NormalizeOptions } from './parseArgs';
import type { TablesReading } from './writeTablesWorkbook';
import { takeEach, writeTablesWorkbook } from './writeTablesWorkbook';

/**
 * `da06 normalize FILE -o OUT.xlsx`: each task table of FILE, read as `da06 check` reads it,
 * written in the standard layout, one sheet per table. FILE is never written; OUT is replaced
 * only when da06 made it. Exit 0 once written.
 */
export async function normalize(options: NormalizeOptions, io: CliIo): Promise<number> {
  const asOf = options.asOf ?? io.today();
  const catalog = getCatalog(options.lang);
  // The tables read are the same whatever counts as due soon.
  const request = { ...options, asOf, dueSoonDays: DEFAULT_DUE_SOON_DAYS };
  const lines = await writeTablesWorkbook(request, catalog, (tables) => {
    const normalized = normalizeTables(tables, asOf);
    return {
      kind: 'normalized',
      specs: takeEach(normalized.map(({ result }) => result.spec)),
      result: normalized.map((table) => tableLine(table, catalog)),
    };
  });
  io.stdout([...lines, WROTE[catalog.locale](options.output)].map((l) => `${l}\n`).join(''));
  return 0;
}

type NormalizedTable = { sheet: string; tasks: number; result: NormalizeResult };

/** Each table normalised from its sheet's grid; the sheets named apart from one another. */
function normalizeTables({ reading, grids }: TablesReading, asOf: string): NormalizedTable[] {
  const normalized = reading.tables.map(({ table }) => {
    const grid = grids.find((g) => g.sheet === table.sheet);
    // checkGrids reads each table from one of these grids: a miss is a fault, not a user error.
    if (!grid) throw new Error(`no grid for sheet "${table.sheet}"`);
    const result = normalizeTable(grid, table, { asOf });
    return { sheet: table.sheet, tasks: table.tasks.length, result };
  });
  // Two long sheet names may shorten to the same name.
  const names = assignSheetNames(
    normalized.map(({ result }) => result.spec.name),
    [],
  );
  return normalized.map((table, i) => ({
    ...table,
    result: { ...table.result, spec: { ...table.result.spec, name: names[i] ?? '' } },
  }));
}

type Words = {
  tasks: (n: string) => string;
  kinds: Record<ChangeKind, (n: string) => string>;
  nothing: string;
};

const WORDS: Record<Catalog['locale'], Words> = {
  vi: {
    tasks: (n) => `${n} nhiệm vụ`,
    kinds: {
      'merge-rows': (n) => `gộp ${n} dòng tiếp nối`,
      'clean-text': (n) => `làm sạch ${n} ô`,
      renumber: (n) => `đánh lại ${n} STT`,
      agencies: (n) => `chuẩn hóa ${n} ô đơn vị`,
      'deadline-date': (n) => `${n} thời hạn thành ngày`,
      status: (n) => `${n} tình trạng đọc từ kết quả`,
      overdue: (n) => `số ngày quá hạn cho ${n} nhiệm vụ`,
    },
    nothing: 'không có gì cần sửa',
  },
  en: {
    tasks: (n) => `${n} tasks`,
    kinds: {
      'merge-rows': (n) => `${n} continuation rows merged`,
      'clean-text': (n) => `${n} cells cleaned`,
      renumber: (n) => `${n} STT renumbered`,
      agencies: (n) => `${n} agency cells standardised`,
      'deadline-date': (n) => `${n} deadlines as dates`,
      status: (n) => `${n} statuses read from the result`,
      overdue: (n) => `days late for ${n} tasks`,
    },
    nothing: 'nothing to change',
  },
};

const WROTE: Record<Catalog['locale'], (file: string) => string> = {
  vi: (file) => `Đã ghi ${file}.`,
  en: (file) => `Wrote ${file}.`,
};

/** "Nhiệm vụ → Nhiệm vụ (chuẩn hóa): 27 nhiệm vụ; gộp 3 dòng tiếp nối, làm sạch 12 ô, …." */
function tableLine({ sheet, tasks, result }: NormalizedTable, catalog: Catalog): string {
  const words = WORDS[catalog.locale];
  const n = catalog.formatNumber;
  const changes = ALL_CHANGE_KINDS.filter((kind) => result.counts[kind] > 0).map((kind) =>
    words.kinds[kind](n(result.counts[kind])),
  );
  const done = changes.length > 0 ? changes.join(', ') : words.nothing;
  return `${sheet} → ${result.spec.name}: ${words.tasks(n(tasks))}; ${done}.`;
}
