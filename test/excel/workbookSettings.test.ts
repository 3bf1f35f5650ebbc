import { createInMemoryExcel, InMemoryWorkbook } from '../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions } from '../../src/demo/host';
import { AppError } from '../../src/excel/errors';
import { checkRequirements } from '../../src/excel/requirements';
import {
  isIsoDate,
  loadReportDate,
  REPORT_DATE_KEY,
  saveReportDate,
} from '../../src/excel/workbookSettings';

function host(book = new InMemoryWorkbook(), options: InMemoryExcelOptions = {}): InMemoryExcel {
  if (book.sheets.length === 0) book.addSheet('Nhiệm vụ');
  return createInMemoryExcel(book, options);
}

const load = (excel: InMemoryExcel) => loadReportDate(excel, checkRequirements(excel.office));
const save = (excel: InMemoryExcel, iso: string) =>
  saveReportDate(excel, iso, checkRequirements(excel.office));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

test('nothing saved: null', async () => {
  const excel = host();
  expect(await load(excel)).toBeNull();
  expect(excel.stats.syncs).toBe(1);
});

test('save then load, one sync each; the date stays with the workbook', async () => {
  const book = new InMemoryWorkbook();
  const excel = host(book);
  await save(excel, '2024-12-05');
  expect(excel.stats.syncs).toBe(1);
  expect(book.setting(REPORT_DATE_KEY)).toBe('2024-12-05');
  // Another session over the same workbook.
  const reopened = host(book);
  expect(await load(reopened)).toBe('2024-12-05');
  expect(reopened.stats.syncs).toBe(1);
  await save(reopened, '2025-01-31');
  expect(await load(excel)).toBe('2025-01-31');
});

test.each([
  ['a day that does not exist', '2024-02-30'],
  ['another format', '05/12/2024'],
  ['a number', 45_000],
  ['an object', { date: '2024-12-05' }],
])('what is saved is %s: null', async (_, value) => {
  const book = new InMemoryWorkbook();
  book.settings.set(REPORT_DATE_KEY, JSON.stringify(value));
  expect(await load(host(book))).toBeNull();
});

test('saving anything but a yyyy-mm-dd day: invalid_argument, nothing saved', async () => {
  const book = new InMemoryWorkbook();
  const excel = host(book);
  for (const bad of ['2024-2-5', '2023-02-29', '', '2024-12-05T00:00']) {
    expect((await rejection(save(excel, bad))).code).toBe('invalid_argument');
  }
  expect(book.settings.size).toBe(0);
  expect(excel.stats.syncs).toBe(0);
});

test('below ExcelApi 1.4 (no settings): load gives null, save is refused', async () => {
  const excel = host(new InMemoryWorkbook(), { excelApi: '1.3' });
  expect(await load(excel)).toBeNull();
  const error = await rejection(save(excel, '2024-12-05'));
  expect(error).toMatchObject({ code: 'requirement_not_met', detail: 'ExcelApi 1.4' });
  expect(excel.stats.syncs).toBe(0);
});

test('outside Office: not_in_excel', async () => {
  const requirements = checkRequirements(undefined);
  expect((await rejection(loadReportDate(host(), requirements))).code).toBe('not_in_excel');
  expect((await rejection(saveReportDate(host(), '2024-12-05', requirements))).code).toBe(
    'not_in_excel',
  );
});

test('isIsoDate: real days only', () => {
  expect(['2024-02-29', '2023-12-31', '2025-01-01'].map(isIsoDate)).toEqual([true, true, true]);
  expect(['2023-02-29', '2024-13-01', '2024-00-10', '24-01-01'].map(isIsoDate)).toEqual([
    false,
    false,
    false,
    false,
  ]);
});
