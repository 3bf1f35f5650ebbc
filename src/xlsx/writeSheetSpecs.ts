import { PassThrough } from 'node:stream';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetSpec, SpecCell, SpecChart, SpecRow } from '../core/summary/sheetSpec';
import { keepWhatStreamingDrops } from './keepWhatStreamingDrops';
import { NUMBER_FORMATS, SHEET_FONT, headerRowOf, sheetRowOf } from '../core/summary/sheetSpec';

/** The author of every workbook da06 writes. */
export const DA06_WORKBOOK_CREATOR = 'da06-tasksheet';

/** What a workbook da06 writes holds: the meeting workbook, or normalised task tables. */
export type Da06WorkbookKind = 'meeting' | 'normalized';

/**
 * The keyword that marks a file as one da06 wrote, by what it holds: only such a file is ever
 * overwritten. Kept in the document properties, which Excel preserves when the user saves the
 * file again.
 */
export const DA06_WORKBOOK_KEYWORDS: Readonly<Record<Da06WorkbookKind, string>> = {
  meeting: 'da06-tasksheet:meeting-workbook',
  normalized: 'da06-tasksheet:normalized-workbook',
};

const DESCRIPTIONS: Readonly<Record<Da06WorkbookKind, string>> = {
  meeting: 'Bảng tổng hợp nhiệm vụ do da06 tạo; tạo lại sẽ ghi đè tệp này.',
  normalized: 'Bảng nhiệm vụ chuẩn hóa do da06 tạo; chuẩn hóa lại sẽ ghi đè tệp này.',
};

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9D9D9' },
};
const DATA_BAR_COLOR = { argb: 'FF638EC6' };
/** Excel's paper size code for A4. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- exceljs's PaperSize is an ambient const enum, unreadable under isolatedModules
const A4 = 9 as ExcelJS.PaperSize;
const EXCELJS_DEFAULT_WIDTH = 9;
/** A wrapped line's height as a multiple of its font size (Excel gives 12 pt text 15.75 pt). */
const LINE_HEIGHT = 1.3125;
/** Characters of the sheet font per unit of column width (the default font's digit width). */
const CHARS_PER_WIDTH = 1.2;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * The workbook `streamSheetSpecsXlsx` writes, as bytes in memory: for the pictures script and the
 * tests, which so read back exactly the file `da06 summarize` and `normalize` write.
 */
export async function sheetSpecsXlsxBuffer(
  specs: readonly SheetSpec[],
  kind: Da06WorkbookKind = 'meeting',
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((done) => sink.once('end', done));
  await streamSheetSpecsXlsx(specs, kind, sink);
  await ended;
  return Buffer.concat(chunks);
}

/** Rows written between two turns of the event loop, which let the zip take in what is written. */
const ROWS_PER_TURN = 100;

/**
 * The specs as an .xlsx workbook marked as da06's, one worksheet per spec in order, streamed into
 * `stream`: each row leaves memory once written, and each spec is let go once its sheet is (the
 * caller hands an iterable that drops them), so 50,000 tasks fit in well under 1 GB. Resolves once the whole file is written.
 */
export async function streamSheetSpecsXlsx(
  specs: Iterable<SheetSpec>,
  kind: Da06WorkbookKind,
  stream: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: true,
  });
  markAsDa06(workbook, kind);
  const styles: BodyStyles = new Map();
  for (const spec of specs) {
    const sheet = workbook.addWorksheet(spec.name, sheetOptions(spec));
    const writer = keepWhatStreamingDrops(sheet);
    let rows = 0;
    const written = writeSheet(sheet, spec, styles);
    while (!written.next().done) {
      if (++rows % ROWS_PER_TURN === 0) await nextTurn();
    }
    const zipped = new Promise<void>((done) => {
      writer.stream.once('zipped', () => {
        done();
      });
    });
    sheet.commit();
    await zipped;
  }
  await workbook.commit();
}

function nextTurn(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

function markAsDa06(workbook: ExcelJS.Workbook, kind: Da06WorkbookKind): void {
  workbook.creator = DA06_WORKBOOK_CREATOR;
  workbook.keywords = DA06_WORKBOOK_KEYWORDS[kind];
  workbook.description = DESCRIPTIONS[kind];
}

/** What a workbook written by `streamSheetSpecsXlsx` holds; null for any other workbook. */
export function da06WorkbookKind(workbook: ExcelJS.Workbook): Da06WorkbookKind | null {
  // A loaded file without keywords leaves the property undefined, whatever the typings say.
  const keywords: unknown = workbook.keywords;
  if (typeof keywords !== 'string') return null;
  const words = keywords.split(/[\s,;]+/);
  const kinds = Object.keys(DA06_WORKBOOK_KEYWORDS) as Da06WorkbookKind[];
  return kinds.find((kind) => words.includes(DA06_WORKBOOK_KEYWORDS[kind])) ?? null;
}

/** Whether da06 wrote the workbook (and so may replace it), whatever it holds. */
export function isDa06Workbook(workbook: ExcelJS.Workbook): boolean {
  return da06WorkbookKind(workbook) !== null;
}

/** Whether the workbook is a meeting workbook `da06 summarize` wrote. */
export function isMeetingWorkbook(workbook: ExcelJS.Workbook): boolean {
  return da06WorkbookKind(workbook) === 'meeting';
}

function sheetOptions(spec: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  const headerRow = headerRowOf(spec);
  return {
    // exceljs leaves out a column as wide as its default (9): the sheet's default keeps it at 9.
    properties: { defaultColWidth: EXCELJS_DEFAULT_WIDTH },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      horizontalCentered: true,
    },
  };
}

/**
 * Writes the spec into the sheet, yielding after each row it commits: the streaming writer sends
 * a committed row to the file and forgets it; in memory, committing does nothing.
 */
function* writeSheet(
  sheet: ExcelJS.Worksheet,
  spec: SheetSpec,
  styles: BodyStyles,
): Generator<void, void, void> {
  const headerRow = headerRowOf(spec);
  const width = spec.columns.length;
  spec.columns.forEach((column, index) => {
    const target = sheet.getColumn(index + 1);
    target.width = column.width;
    if (column.hidden === true) target.hidden = true;
  });
  const tableWidth = spec.columns.reduce((sum, column) => sum + column.width, 0);

  spec.titles.forEach((title, index) => {
    const row = sheet.getRow(index + 1);
    const cell = row.getCell(1);
    cell.value = toXlsxText(title);
    const first = index === 0;
    const size = first ? SHEET_FONT.titleSize : SHEET_FONT.size;
    cell.font = { name: SHEET_FONT.name, size, bold: first, italic: !first };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (width > 1) sheet.mergeCells(index + 1, 1, index + 1, width);
    row.height = rowHeight([{ text: title, width: tableWidth }], size, first);
  });

  const header = sheet.getRow(headerRow);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = toXlsxText(column.header);
    cell.font = { name: SHEET_FONT.name, size: SHEET_FONT.size, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDERS;
    cell.fill = HEADER_FILL;
  });
  header.height = rowHeight(
    spec.columns.map((column) => ({ text: column.header, width: column.width })),
    SHEET_FONT.size,
    true,
  );

  // Data bars first: the streaming writer writes them with the sheet's last row.
  if (spec.chart) addDataBars(sheet, spec, spec.chart);
  for (const [index, row] of spec.rows.entries()) {
    writeRow(sheet, spec, row, sheetRowOf(spec, index), styles).commit();
    yield;
  }
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  spec: SheetSpec,
  row: SpecRow,
  rowNumber: number,
  styles: BodyStyles,
): ExcelJS.Row {
  const target = sheet.getRow(rowNumber);
  const bold = row.style !== 'task';
  const mergeFrom = row.style === 'group' ? row.mergeFrom : undefined;
  spec.columns.forEach((column, index) => {
    const cell = target.getCell(index + 1);
    const value = toCellValue(row.cells[index] ?? null);
    if (value !== null) cell.value = value;
    cell.style = bodyStyle(styles, bold, column.kind, index === mergeFrom ? 'left' : column.align);
  });
  const last = spec.columns.length - 1;
  const merged = mergeFrom !== undefined && mergeFrom < last;
  if (merged) sheet.mergeCells(rowNumber, mergeFrom + 1, rowNumber, last + 1);
  const texts = spec.columns.flatMap((column, index) => {
    const cell = row.cells[index];
    if (typeof cell !== 'string' || (merged && index > mergeFrom)) return [];
    const across = merged && index === mergeFrom ? spec.columns.slice(index) : [column];
    return [{ text: cell, width: across.reduce((sum, c) => sum + c.width, 0) }];
  });
  target.height = rowHeight(texts, SHEET_FONT.size, bold);
  return target;
}

/**
 * One style object per look, shared by the cells of one workbook that have it: exceljs finds a
 * style object it has seen in a WeakMap, where a fresh object per cell was rendered to XML to be
 * told apart (a tenth of the writing time). Per workbook, so that a caller changing a cell's font
 * in place changes no other workbook.
 */
type BodyStyles = Map<string, Partial<ExcelJS.Style>>;

function bodyStyle(
  styles: BodyStyles,
  bold: boolean,
  kind: SheetSpec['columns'][number]['kind'],
  horizontal: ExcelJS.Alignment['horizontal'],
): Partial<ExcelJS.Style> {
  const key = `${String(bold)} ${kind} ${horizontal}`;
  let style = styles.get(key);
  if (!style) {
    style = {
      font: { name: SHEET_FONT.name, size: SHEET_FONT.size, bold },
      numFmt: NUMBER_FORMATS[kind],
      alignment: { horizontal, vertical: 'top', wrapText: true },
      border: BORDERS,
    };
    styles.set(key, style);
  }
  return style;
}

/**
 * Text is handed to exceljs as a plain string, which it stores as a shared string: never a
 * formula, whatever the text starts with ("=HYPERLINK(…)", "+1+1", "@SUM(A1)").
 */
function toCellValue(cell: SpecCell): string | number | Date | null {
  if (typeof cell === 'string') return toXlsxText(cell);
  if (cell === null || typeof cell === 'number') return cell;
  // UTC midnight: exceljs turns the instant into a whole date serial in every time zone.
  const [year = 0, month = 1, day = 1] = cell.date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * What XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets) and OOXML's "_xHHHH_" escape
 * (ECMA-376 Part 1, §22.9.2.19 ST_Xstring) that Excel and exceljs decode on reading.
 */
const XLSX_UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f]|[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A text as exceljs must be given it to be read back as the same text: a literal "_x000D_" has
 * its "_" escaped ("_x005F_x000D_", else it reads back as a carriage return), control characters
 * and the carriage return are written as Excel writes them ("_x0001_", "_x000D_": raw, exceljs
 * drops them or XML turns CR into LF). U+FFFE, U+FFFF and lone surrogates have no escape XML or
 * Excel accepts (U+FFFE left raw made the workbook unopenable): they become U+FFFD, the
 * replacement character, the only change to what the cell said.
 */
export function toXlsxText(text: string): string {
  return text.replace(XLSX_UNSAFE, (char) => {
    if (char === '_') return '_x005F_';
    const code = char.charCodeAt(0);
    return code < 0x20 ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_` : '\ufffd';
  });
}

/** exceljs cannot write charts: a data bar on each series column shows the same comparison. */
function addDataBars(sheet: ExcelJS.Worksheet, spec: SheetSpec, chart: SpecChart): void {
  const top = sheetRowOf(spec, chart.rows.from);
  const bottom = sheetRowOf(spec, chart.rows.to);
  chart.seriesColumns.forEach((column, index) => {
    const letter = sheet.getColumn(column + 1).letter;
    // exceljs needs the bar colour and both ends, which its typings leave out (exceljs#3015).
    const rule: ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> } = {
      type: 'dataBar',
      priority: index + 1,
      // Solid bars, written as Excel writes them: the 2007 rule plus its x14 extension.
      gradient: false,
      cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
      color: DATA_BAR_COLOR,
    };
    sheet.addConditionalFormatting({ ref: `${letter}${top}:${letter}${bottom}`, rules: [rule] });
  });
}

/**
 * A row's height in points, from the wrapped lines of its tallest text. Neither Excel nor
 * LibreOffice fits a row to wrapped text on opening a file (nor ever a merged cell), so the
 * writer does, erring towards a line too many rather than a line cut off.
 */
function rowHeight(
  texts: readonly { text: string; width: number }[],
  size: number,
  bold: boolean,
): number {
  const lines = texts.map(({ text, width }) => {
    const perLine = (width - 1) * CHARS_PER_WIDTH * (SHEET_FONT.size / size) * (bold ? 0.9 : 1);
    return lineCount(text, Math.max(1, Math.floor(perLine)));
  });
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, ...lines) * size * LINE_HEIGHT);
}

/** Lines a text takes when wrapped word by word at `perLine` characters. */
function lineCount(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const length = Array.from(word).length;
      if (used > 0 && used + 1 + length <= perLine) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a line breaks across lines of its own.
      lines += Math.max(0, Math.ceil(length / perLine) - 1);
      used = length % perLine || (length === 0 ? 0 : perLine);
    }
  }
  return lines;
}
