import {
  appErrorCodes,
  noticeCodes,
  createTranslator,
  getCatalog,
  locales,
  pickLocale,
  readIssueCodes,
} from '../../../src/core/i18n';
import type { Catalog, UiArgs, UiKey } from '../../../src/core/i18n';
import { severitySchema } from '../../../src/core/report/reportSchema';
import { ruleIdSchema } from '../../../src/core/rules/ruleTypes';
import { deadlineSchema } from '../../../src/core/parse/deadlineSchema';
import { statusSchema } from '../../../src/core/parse/statusSchema';
import { columnRoleSchema } from '../../../src/core/table/model';

const deadlineKinds = deadlineSchema.options.map((option) => option.shape.kind.value);

/** Letters only Vietnamese uses among the two locales (đ, ơ, ư and the tone marks). */
const vietnameseLetter = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** The UI keys whose message takes parameters. */
type ParamKey = { [K in UiKey]: UiArgs<K> extends [] ? never : K }[UiKey];

/**
 * Sample parameters for each UI message that takes some; the type makes a new message with
 * parameters fail to compile until it has a sample here.
 */
const sampleParams: { [K in ParamKey]: UiArgs<K>[0] } = {
  headerRowValue: { first: 4, last: 5 },
  pasteDone: { tasks: 1086, findings: 23 },
  checkingRows: { rows: 1086 },
  readingRows: { read: 20000, total: 50000 },
  pasteRowHeading: { cell: 'E12', row: 12 },
  pasteFindingShown: { cell: 'E12', row: 12, index: 3, total: 23 },
  pasteInserted: { sheet: 'T12-2023 (2)' },
  normalizePreviewHeading: { count: 23 },
  normalizeKindCount: { kind: 'X', count: 1086 },
  normalizeShowChangesOf: { kind: 'X' },
  normalizeShowMore: { count: 50, rest: 1086 },
  normalizeChangeRow: { row: 12 },
  normalizeToNewSheet: { name: 'T12-2023 (2)' },
  normalizeInPlaceHint: { cells: 1086 },
  normalizeWritten: { name: 'T12-2023 (2)' },
  bulkOtherSheet: { selected: 'T12-2023', sheet: 'T01-2024' },
  bulkPreviewHeading: { cells: 12, tasks: 6 },
  bulkSelectedRows: { edit: 'X', rows: '5–8, 10' },
  bulkWholeTable: { edit: 'X' },
  bulkSetsResult: { result: 'X' },
  bulkSetsResultAndStatus: { result: 'X', status: 'Y' },
  editApplied: { edit: 'X', cells: 12, tasks: 6 },
  editUndoNote: { edit: 'X', cells: 1086 },
  editUndone: { edit: 'X' },
  editUndoChanged: { count: 12 },
  columnOption: { letter: 'B', header: 'X' },
  missingColumns: { roles: 'X' },
  reportDateHint: { date: '31/01/2024' },
  reportDateInvalid: { date: '31/01/2024' },
  reportDateOffer: { date: '31/01/2024' },
  reportDateUse: { date: '31/01/2024' },
  checkDone: { tasks: 1086, findings: 23 },
  tabFindings: { count: 23 },
  findingsEmptyDetail: { tasks: 1086 },
  filteredCount: { shown: 3, total: 23 },
  navPosition: { index: 3, total: 23 },
  findingCell: { cell: 'E12' },
  findingSelected: { cell: 'E12', index: 3, total: 23 },
  highlightIntro: { date: '31/01/2024' },
  legendRows: { count: 23 },
  highlightOverdueRows: { count: 23 },
  highlightDueSoonRows: { count: 5 },
  highlightUnparsedRows: { count: 2 },
  highlightButton: { rows: 'X' },
  highlightDone: { rows: 30 },
  highlightStale: { date: '31/01/2024' },
  compareClean: { sheet: 'T12-2023' },
  compareDone: { sheet: 'T12-2023', count: 2 },
  compareHere: { cell: 'F24' },
  compareThere: { cell: 'F24', sheet: 'T12-2023' },
  compareNoTable: { sheet: 'T12-2023' },
  summaryIntro: { date: '31/01/2024' },
  summaryPreviewHeading: { count: 7 },
  summaryFactDueSoon: { days: 14 },
  summaryAgencySheets: { count: 1086 },
  summaryRenamed: { kept: 'T12-2023', name: 'T12-2023 (2)' },
  summaryRemoved: { names: 'T12-2023' },
  summaryProgress: { done: 3, total: 1086 },
  summaryDone: { count: 1086, sheets: 'T12-2023' },
  summaryRemovedDone: { names: 'T12-2023' },
  demoViewing: { file: 'bao-cao.xlsx' },
  demoLoading: { file: 'bao-cao.xlsx' },
  demoLoadFailed: { file: 'bao-cao.xlsx' },
  demoRowsShown: { first: 501, last: 1000, total: 1086 },
};

function hasParams(key: UiKey): key is ParamKey {
  return Object.hasOwn(sampleParams, key);
}

/** Every UI text of a catalog, keyed by message, parameters filled with the samples. */
function uiTexts(catalog: Catalog): [string, string][] {
  const t = createTranslator(catalog.locale).t as (key: UiKey, params?: object) => string;
  return (Object.keys(catalog.ui) as UiKey[]).map((key): [string, string] => [
    `ui.${key}`,
    hasParams(key) ? t(key, sampleParams[key]) : t(key),
  ]);
}

/** Every text of a catalog, with where it came from. */
function allTexts(catalog: Catalog): [string, string][] {
  return [
    ...uiTexts(catalog),
    ...ruleIdSchema.options.map((r): [string, string] => [`rule.${r}`, catalog.rule(r)]),
    ...severitySchema.options.map((s): [string, string] => [`severity.${s}`, catalog.severity(s)]),
    ...columnRoleSchema.options.map((r): [string, string] => [`role.${r}`, catalog.role(r)]),
    ...statusSchema.options.map((s): [string, string] => [`status.${s}`, catalog.status(s)]),
    ...deadlineKinds.map((k): [string, string] => [`deadline.${k}`, catalog.deadlineKind(k)]),
    ...readIssueCodes.map((code): [string, string] => [
      `readIssue.${code}`,
      catalog.readIssue({ code, params: {} }),
    ]),
    ...appErrorCodes.map((code): [string, string] => [`appError.${code}`, catalog.appError(code)]),
    ...noticeCodes.map((code): [string, string] => [`appError.${code}`, catalog.appError(code)]),
  ];
}

describe('the UI messages', () => {
  it('are the same keys in every catalog', () => {
    const keys = (locale: (typeof locales)[number]) => Object.keys(getCatalog(locale).ui).sort();
    expect(keys('en')).toEqual(keys('vi'));
  });

  it('take their parameters: every sample is used, every number is written', () => {
    for (const locale of locales) {
      for (const [where, text] of uiTexts(getCatalog(locale))) {
        const key = where.slice('ui.'.length) as UiKey;
        if (!hasParams(key)) continue;
        const values = Object.values(sampleParams[key] as Record<string, string | number>);
        // Each parameter shows up in the text, numbers the local way (1.086 / 1,086).
        for (const value of values) {
          const shown = typeof value === 'number' ? getCatalog(locale).formatNumber(value) : value;
          expect([where, text.includes(shown)]).toEqual([where, true]);
        }
      }
    }
  });
});

describe.each(locales)('the %s catalog', (locale) => {
  const catalog = getCatalog(locale);

  it('has a non-empty text for every key and code', () => {
    const texts = allTexts(catalog);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter(([, text]) => text.trim() === '').map(([where]) => where)).toEqual([]);
    expect(texts.filter(([, text]) => /undefined|NaN|\[object/.test(text))).toEqual([]);
  });

  it('gives every error a next step after the dash', () => {
    const errors = [
      ...readIssueCodes.map((code) => catalog.readIssue({ code, params: {} })),
      ...appErrorCodes.map((code) => catalog.appError(code)),
      ...noticeCodes.map((code) => catalog.appError(code)),
    ];
    for (const text of errors) expect(text).toMatch(/ — \S.+[.]$/);
  });

  it('names every status, deadline kind and role differently', () => {
    const distinct = (names: string[]) => new Set(names).size === names.length;
    expect(distinct(statusSchema.options.map(catalog.status))).toBe(true);
    expect(distinct(deadlineKinds.map(catalog.deadlineKind))).toBe(true);
    expect(distinct(columnRoleSchema.options.map(catalog.role))).toBe(true);
  });
});

describe('the Vietnamese catalog', () => {
  const vi = getCatalog('vi');

  it('writes with full diacritics', () => {
    const unmarked = allTexts(vi).filter(([, text]) => !vietnameseLetter.test(text));
    // STT is an abbreviation; "B – X" is a column letter and its header as written.
    expect(unmarked.map(([where]) => where)).toEqual(['ui.columnOption', 'role.stt']);
  });

  it('uses the domain’s words', () => {
    expect(vi.status('DONE')).toBe('Hoàn thành');
    expect(vi.status('MOSTLY_DONE')).toBe('Cơ bản hoàn thành');
    expect(vi.status('IN_PROGRESS')).toBe('Đang thực hiện');
    expect(vi.status('NOT_DONE')).toBe('Chưa hoàn thành');
    expect(vi.status('RECURRING')).toBe('Thường xuyên');
    expect(vi.status('UNKNOWN')).toBe('Chưa rõ');
    expect(vi.status('NOT_REPORTED')).toBe('Chưa báo cáo');
    expect(vi.deadlineKind('date')).toBe('Có thời hạn');
    expect(vi.deadlineKind('recurring')).toBe('Thường xuyên');
    expect(vi.deadlineKind('conditional')).toBe('Theo điều kiện/lộ trình');
    expect(vi.deadlineKind('none')).toBe('Không có thời hạn');
    expect(vi.deadlineKind('unparsed')).toBe('Không đọc được');
    expect(vi.role('lead')).toBe('Đơn vị chủ trì');
    expect(vi.role('partners')).toBe('Đơn vị phối hợp');
    expect(vi.role('directive')).toBe('Văn bản chỉ đạo');
    expect(vi.role('stt')).toBe('STT');
    expect(createTranslator('vi').t('checkButton')).toBe('Kiểm tra');
  });

  it('names the pane’s controls as the brief and the reports do', () => {
    const { t, severity } = createTranslator('vi');
    expect(t('reportDateLabel')).toBe('Ngày báo cáo');
    expect(t('navPrevious')).toBe('Trước');
    expect(t('navNext')).toBe('Tiếp');
    expect(t('highlightHeading')).toBe('Tô màu hạn');
    expect(t('clearButton')).toBe('Xóa tô màu');
    expect([t('legendOverdue'), t('legendDueSoon'), t('legendUnparsed')]).toEqual([
      'Quá hạn',
      'Sắp đến hạn',
      'Không đọc được thời hạn',
    ]);
    expect([severity('error'), severity('warning'), severity('info')]).toEqual([
      'Lỗi',
      'Cảnh báo',
      'Thông tin',
    ]);
    expect(t('findingsEmpty')).toBe('Không phát hiện vấn đề nào trong bảng.');
    expect(t('reportDateOffer', { date: '31/01/2024' })).toBe(
      'Tiêu đề bảng ghi ngày báo cáo 31/01/2024 — dùng ngày này?',
    );
    expect(
      t('highlightButton', {
        rows: getCatalog('vi').formatList([
          t('highlightOverdueRows', { count: 23 }),
          t('highlightDueSoonRows', { count: 5 }),
        ]),
      }),
    ).toBe('Tô màu 23 dòng quá hạn và 5 dòng sắp đến hạn');
    expect(t('checkDone', { tasks: 1086, findings: 0 })).toBe(
      'Đã kiểm tra 1.086 nhiệm vụ: không có vấn đề nào.',
    );
  });

  it('says what to do when the header is not found, Excel is empty or too old', () => {
    expect(vi.readIssue({ code: 'header_not_found', params: {} })).toBe(
      'Không tìm thấy dòng tiêu đề — chọn vùng bảng rồi bấm Kiểm tra.',
    );
    expect(vi.appError('sheet_empty')).toMatch(/^Trang tính đang trống — /);
    expect(vi.appError('requirement_not_met')).toMatch(
      /^Phiên bản Excel này chưa hỗ trợ .* cập nhật Office hoặc dùng Excel trên web\.$/,
    );
  });

  it('is stored in NFC, as Vietnamese text is compared everywhere else', () => {
    for (const [, text] of allTexts(vi)) expect(text).toBe(text.normalize('NFC'));
  });

  it('writes numbers and lists the Vietnamese way', () => {
    expect(vi.formatNumber(1086)).toBe('1.086');
    expect(vi.formatList(['Thời hạn', 'Kết quả'])).toBe('Thời hạn và Kết quả');
    expect(createTranslator('vi').t('checkDone', { tasks: 1086, findings: 23 })).toBe(
      'Đã kiểm tra 1.086 nhiệm vụ: 23 vấn đề.',
    );
  });
});

describe('the English catalog', () => {
  it('has no Vietnamese words but the programme’s name', () => {
    const withMarks = allTexts(getCatalog('en')).filter(([, text]) => vietnameseLetter.test(text));
    // The programme's name, in the app's name and the demo page's title.
    expect(withMarks.map(([where]) => where)).toEqual(['ui.appName', 'ui.demoPageTitle']);
  });
});

describe('createTranslator', () => {
  it('fills a message’s parameters', () => {
    const { t } = createTranslator('vi');
    expect(t('headerRowValue', { first: 4, last: 4 })).toBe('Dòng 4');
    expect(t('headerRowValue', { first: 4, last: 5 })).toBe('Dòng 4–5');
    expect(t('columnOption', { letter: 'D', header: '' })).toBe('Cột D (không có tiêu đề)');
    expect(createTranslator('en').t('checkDone', { tasks: 1, findings: 1 })).toBe(
      '1 task checked: 1 problem.',
    );
  });
});

describe('pickLocale', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['en_US', 'en'],
    ['fr-FR', 'vi'],
    ['eng', 'vi'],
    ['', 'vi'],
  ])('%j → %s', (displayLanguage, locale) => {
    expect(pickLocale(displayLanguage)).toBe(locale);
  });
});
