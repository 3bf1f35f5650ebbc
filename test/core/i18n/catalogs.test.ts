import {
  appErrorCodes,
  createTranslator,
  getCatalog,
  locales,
  pickLocale,
  readIssueCodes,
} from '../../../src/core/i18n';
import type { Catalog, UiMessages } from '../../../src/core/i18n';
import { deadlineSchema } from '../../../src/core/parse/deadlineSchema';
import { statusSchema } from '../../../src/core/parse/statusSchema';
import { columnRoleSchema } from '../../../src/core/table/model';

const deadlineKinds = deadlineSchema.options.map((option) => option.shape.kind.value);

/** Letters only Vietnamese uses among the two locales (đ, ơ, ư and the tone marks). */
const vietnameseLetter = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** Sample parameters for each UI message that takes some. */
const sampleParams = {
  readDone: { tasks: 1086 },
  headerRowValue: { first: 4, last: 5 },
  columnOption: { letter: 'B', header: 'X' },
  missingColumns: { roles: 'X' },
};

/** Every text of a catalog, with where it came from. */
function allTexts(catalog: Catalog): [string, string][] {
  const t = createTranslator(catalog.locale).t;
  const ui = Object.keys(catalog.ui).map((key): [string, string] => {
    const params = (sampleParams as Record<string, object | undefined>)[key];
    // A key with parameters must have sample ones above; a plain text takes none.
    const text = params
      ? (t as (key: keyof UiMessages, params: object) => string)(key as keyof UiMessages, params)
      : (t as (key: keyof UiMessages) => string)(key as keyof UiMessages);
    return [`ui.${key}`, text];
  });
  return [
    ...ui,
    ...columnRoleSchema.options.map((r): [string, string] => [`role.${r}`, catalog.role(r)]),
    ...statusSchema.options.map((s): [string, string] => [`status.${s}`, catalog.status(s)]),
    ...deadlineKinds.map((k): [string, string] => [`deadline.${k}`, catalog.deadlineKind(k)]),
    ...readIssueCodes.map((code): [string, string] => [
      `readIssue.${code}`,
      catalog.readIssue({ code, params: {} }),
    ]),
    ...appErrorCodes.map((code): [string, string] => [`appError.${code}`, catalog.appError(code)]),
  ];
}

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

  it('says what to do when the header is not found, Excel is empty or too old', () => {
    expect(vi.readIssue({ code: 'header_not_found', params: {} })).toBe(
      'Không tìm thấy dòng tiêu đề của bảng nhiệm vụ — chọn vùng bảng (gồm cả dòng tiêu đề) rồi bấm Kiểm tra.',
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
    expect(createTranslator('vi').t('readDone', { tasks: 1086 })).toBe(
      'Đã đọc bảng: 1.086 nhiệm vụ.',
    );
  });
});

describe('the English catalog', () => {
  it('has no Vietnamese words but the programme’s name', () => {
    const withMarks = allTexts(getCatalog('en')).filter(([, text]) => vietnameseLetter.test(text));
    expect(withMarks.map(([where]) => where)).toEqual(['ui.appName']);
  });
});

describe('createTranslator', () => {
  it('fills a message’s parameters', () => {
    const { t } = createTranslator('vi');
    expect(t('headerRowValue', { first: 4, last: 4 })).toBe('Dòng 4');
    expect(t('headerRowValue', { first: 4, last: 5 })).toBe('Dòng 4–5');
    expect(t('columnOption', { letter: 'D', header: '' })).toBe('Cột D (không có tiêu đề)');
    expect(createTranslator('en').t('readDone', { tasks: 1 })).toBe('Table read: 1 task.');
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
