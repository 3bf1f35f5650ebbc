import type { EditPlan } from '../../src/core/edit/editPlan';
import { countChangedSince, planAreaRestore, planAreaWrites } from '../../src/excel/areaEdits';
import { toSettableFormat } from '../../src/excel/cellFormat';
import { mayNotStayText, toCellRestore, toCellWrite, toKeptCell } from '../../src/excel/cellWrites';

describe('what a cell gets', () => {
  test.each([
    [
      'text, with an apostrophe',
      'Bộ Công an',
      'General',
      { send: "'Bộ Công an", reads: 'Bộ Công an' },
    ],
    ['formula-looking text', '=SUM(A1)', 'General', { send: "'=SUM(A1)", reads: '=SUM(A1)' }],
    ['text into a text cell, as it is', '0123', '@', { send: '0123', reads: '0123' }],
    ['"" empties', '', 'General', { send: '', reads: '' }],
    ['a number', 12.5, '@', { send: 12.5, reads: 12.5 }],
    ['a boolean', false, 'General', { send: false, reads: false }],
    [
      'a date, as its serial',
      { date: '2024-01-31' },
      'dd/mm/yyyy',
      { send: 45_322, reads: 45_322 },
    ],
    [
      'a date before 1900, as text',
      { date: '1899-12-30' },
      'General',
      {
        send: "'1899-12-30",
        reads: '1899-12-30',
      },
    ],
  ] as const)('%s', (_, value, format, expected) => {
    expect(toCellWrite(value, format)).toEqual(expected);
  });

  test('null leaves the cell', () => {
    expect(toCellWrite(null, 'General')).toBeNull();
  });
});

describe('what a cell held', () => {
  test.each([
    ['a formula', '#NAME?', '=SUM(A1:A3)', { formula: '=SUM(A1:A3)' }],
    ['a formula whose result is text', 'Bộ', '=B5', { formula: '=B5' }],
    ['text that reads like a formula', '=SUM(A1)', '=SUM(A1)', '=SUM(A1)'],
    ['text', 'Rà soát', 'Rà soát', 'Rà soát'],
    ['a number', 45_322, 45_322, 45_322],
    ['an empty cell', '', '', ''],
    ['a boolean', true, true, true],
  ] as const)('%s', (_, value, formula, expected) => {
    expect(toKeptCell(value, formula)).toEqual(expected);
  });
});

describe('text Excel may not keep as typed', () => {
  test.each([
    '=A1',
    '+84 912',
    '- Bộ Công an',
    '@SUM(A1)',
    "'quoted",
    '#N/A',
    'TRUE',
    'false',
    '0123',
    '1.',
    '1.086',
    '3,5%',
    '12/2023',
    '31-12-2024',
    '8:30',
    '(5)',
    '1e3',
  ])('%s', (text) => {
    expect(mayNotStayText(text)).toBe(true);
  });

  test.each(['Bộ Công an', 'Quý IV/2024', 'Năm 2025', 'I', 'II.1', 'x+1', 'Đã xong 100%', ''])(
    '%s stays text',
    (text) => {
      expect(mayNotStayText(text)).toBe(false);
    },
  );
});

describe('what the undo writes back', () => {
  test.each([
    ['a formula, into General', { formula: '=D5+30' }, 'dd/mm/yyyy', 'General', '=D5+30'],
    ['plain text, into a text cell for the moment', 'Kết nối', 'General', '@', 'Kết nối'],
    ['text only an apostrophe keeps', '0123', 'General', 'General', "'0123"],
    ['text of a text cell, as it is', '0123', '@', '@', '0123'],
    ['a number, into General', 45_322, 'dd/mm/yyyy', 'General', 45_322],
    ['a boolean', true, 'General', 'General', true],
    ['an empty cell, with no format change', '', '0', null, ''],
  ] as const)('%s', (_, kept, format, preFormat, send) => {
    expect(toCellRestore(kept, format)).toEqual({ preFormat, send });
  });
});

describe('formats made ready to be set back', () => {
  test('no fill and no line are "None" alone; a gradient is left out; nulls dropped', () => {
    expect(
      toSettableFormat({
        fill: { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0 },
        borders: {
          top: { style: 'None', weight: 'Thin', color: '#000000' },
          left: { style: 'Dash', weight: 'Medium', color: '#FF0000' },
        },
        font: { name: 'Times New Roman', bold: null as unknown as boolean },
        wrapText: true,
      }),
    ).toEqual({
      fill: { pattern: 'None' },
      borders: {
        top: { style: 'None' },
        left: { style: 'Dash', weight: 'Medium', color: '#FF0000' },
      },
      font: { name: 'Times New Roman' },
      wrapText: true,
    });
    expect(toSettableFormat({ fill: { pattern: 'LinearGradient', color: '#FF0000' } })).toEqual({});
  });

  test('a fill: colour first, then the pattern, the tints last', () => {
    const fill = {
      patternTintAndShade: 0,
      tintAndShade: 0.4,
      patternColor: '#000000',
      pattern: 'Gray50',
      color: '#FFFF00',
    } as const;
    expect(Object.keys(toSettableFormat({ fill }).fill ?? {})).toEqual([
      'color',
      'pattern',
      'patternColor',
      'tintAndShade',
      'patternTintAndShade',
    ]);
  });
});

describe('the grids of an edit and of its undo', () => {
  const before = {
    cells: [
      ['STT', 'Nội dung', ''],
      [1, 'Rà soát', { formula: '=B2' }],
    ],
    numberFormats: [
      ['General', '@', 'General'],
      ['0', 'General', 'dd/mm/yyyy'],
    ],
  };
  const area = { top: 1, left: 1, bottom: 2, right: 3 };

  function plan(writes: EditPlan['writes']): EditPlan {
    return {
      kind: 'normalize',
      sheet: 'S',
      area: 'A1:C2',
      unmerge: [],
      writes,
      cellCount: 0,
      taskCount: 0,
    };
  }

  test('cells left as they are are not written; dates get dd/mm/yyyy; later writes win', () => {
    const writes = planAreaWrites(
      plan([
        {
          address: 'A1:C2',
          values: [
            ['STT', 'Nội dung mới', null],
            [1, 'Rà soát', { date: '2024-01-31' }],
          ],
        },
        { address: 'B2', values: [['Kiểm tra']], numberFormats: [['@']] },
      ]),
      area,
      before,
    );
    expect(writes).toEqual({
      values: [
        [null, 'Nội dung mới', null],
        [null, 'Kiểm tra', 45_322],
      ],
      after: {
        values: [
          [null, 'Nội dung mới', null],
          [null, 'Kiểm tra', 45_322],
        ],
        numberFormats: [
          [null, null, null],
          [null, '@', null],
        ],
      },
    });
  });

  test('a later write leaving a cell (null) does not undo an earlier one', () => {
    const writes = planAreaWrites(
      plan([
        { address: 'C1', values: [['Ghi chú']] },
        { address: 'A1:C1', values: [[null, null, null]] },
      ]),
      area,
      before,
    );
    expect(writes.values[0]).toEqual([null, null, "'Ghi chú"]);
  });

  test('the undo writes back only what the edit wrote, with the formats it changed', () => {
    const restore = planAreaRestore(
      {
        before: { ...before, merges: [], mergeFormats: [] },
        after: {
          values: [
            [null, 'Nội dung mới', null],
            [null, null, 45_322],
          ],
          numberFormats: [
            ['@', null, null],
            [null, null, null],
          ],
        },
      },
      area,
      [],
    );
    expect(restore).toEqual({
      preFormats: [
        [null, '@', null],
        [null, null, 'General'],
      ],
      values: [
        [null, 'Nội dung', null],
        [null, null, '=B2'],
      ],
      numberFormats: [
        ['General', '@', null],
        [null, null, 'dd/mm/yyyy'],
      ],
    });
  });

  test('cells of an area merged again get their number formats back', () => {
    const restore = planAreaRestore(
      {
        before: { ...before, merges: ['B1:C1'], mergeFormats: [] },
        after: {
          values: [
            [null, null, null],
            [null, null, null],
          ],
          numberFormats: [
            [null, null, null],
            [null, null, null],
          ],
        },
      },
      area,
      [{ top: 1, left: 2, bottom: 1, right: 3 }],
    );
    expect(restore.numberFormats).toEqual([
      [null, '@', 'General'],
      [null, null, null],
    ]);
    expect(restore.values.flat().every((value) => value === null)).toBe(true);
  });

  test('changed since: cells whose value is not what the edit wrote', () => {
    const after = {
      values: [
        [null, 'Nội dung mới', null],
        [null, 'Kiểm tra', 45_322],
      ],
      numberFormats: [],
    };
    expect(
      countChangedSince(after, [
        ['Sửa', 'Nội dung mới', 'x'],
        [2, 'Kiểm tra', 45_322],
      ]),
    ).toBe(0);
    expect(
      countChangedSince(after, [
        ['STT', 'Nội dung', ''],
        [1, 'Kiểm tra', '45322'],
      ]),
    ).toBe(2);
  });
});
