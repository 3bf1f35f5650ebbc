import {
  EXCEL_ERRORS,
  excelErrorOf,
  findCellErrors,
  withoutExcelError,
} from '../../../src/core/table/cellError';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import { gridOf } from '../../helpers/fixtures';

describe('excelErrorOf', () => {
  it('knows every error value Excel shows', () => {
    expect(EXCEL_ERRORS).toHaveLength(16);
    for (const error of EXCEL_ERRORS) expect(excelErrorOf(error)).toBe(error);
  });

  it.each([
    ['#n/a', '#N/A'],
    ['  #REF!\n', '#REF!'],
    ['#Div/0!', '#DIV/0!'],
    ['#getting_data', '#GETTING_DATA'],
    ['\t#name?', '#NAME?'],
  ])('reads %j as %s (any case, trimmed)', (text, error) => {
    expect(excelErrorOf(text)).toBe(error);
  });

  it.each([
    '#REFX',
    '#REF',
    '#REF!!',
    'Lỗi #REF! ở ô D3',
    '#REF! #N/A',
    '#1',
    '#',
    '',
    'N/A',
    '#N/A kết quả',
    '#NULL',
  ])('leaves %j alone', (text) => {
    expect(excelErrorOf(text)).toBeNull();
  });
});

describe('withoutExcelError', () => {
  it('hides an error value from the parsers and passes everything else on', () => {
    expect(withoutExcelError('#N/A')).toBeNull();
    expect(withoutExcelError(null)).toBeNull();
    expect(withoutExcelError('Công an tỉnh')).toBe('Công an tỉnh');
    expect(withoutExcelError('')).toBe('');
  });
});

describe('error cells in a task table', () => {
  const table = readTaskTable(
    gridOf([
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['1', 'Rà soát văn bản quy phạm pháp luật', '#N/A', '#REF!', '#DIV/0!'],
    ]),
  );

  it('keeps the text, and reads no value from it', () => {
    expect(table.success).toBe(true);
    if (!table.success) return;
    const [task] = table.data.tasks;
    expect(task).toMatchObject({
      leadText: '#N/A',
      deadlineText: '#REF!',
      result: '#DIV/0!',
      lead: [],
      partners: [],
      deadline: { kind: 'none' },
      status: { status: 'UNKNOWN' },
    });
    expect(task === undefined ? [] : findCellErrors(task)).toEqual([
      { role: 'lead', error: '#N/A' },
      { role: 'deadline', error: '#REF!' },
      { role: 'result', error: '#DIV/0!' },
    ]);
  });
});
