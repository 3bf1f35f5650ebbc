import type { EditPlan } from '../../src/core/edit/editPlan';
import type { RangeRef } from '../../src/core/table/address';
import { cellAddress, parseRangeAddress } from '../../src/core/table/address';
import type { CellSnapshot, InMemoryExcel, InMemorySheet } from '../../src/demo/host';
import {
  createInMemoryExcel,
  enterText,
  WEB_PAYLOAD_LIMIT,
  workbookFromGrids,
} from '../../src/demo/host';
import { BORDER_EDGES } from '../../src/demo/host/cellStyles';
import type { EditUndo } from '../../src/excel/applyEdits';
import { applyEditPlan, undoEdit } from '../../src/excel/applyEdits';
import { parseEditUndo } from '../../src/excel/editUndo';
import { AppError } from '../../src/excel/errors';
import type { WritableExcelRunner, WritableRequestContextApi } from '../../src/excel/excelApi';

const SHEET = 'Nhiệm vụ';

/** Types `text` into a cell as a person would (an apostrophe first makes it text). */
function type(sheet: InMemorySheet, address: string, text: string): void {
  const { row, column } = at(address);
  sheet.enter(row, column, enterText(text, sheet.numberFormat(row, column)));
}

function area(address: string): RangeRef {
  const rect = parseRangeAddress(address);
  if (!rect) throw new Error(address);
  return rect;
}

function at(address: string): { row: number; column: number } {
  const { top, left } = area(address);
  return { row: top, column: left };
}

/**
 * A task table as people keep it, A3:G7 under a merged title: fills (solid, tinted, patterned),
 * fonts, borders, alignment, wrapping, indent, orientation, number formats (dates, "@", "0.00%",
 * "0"), formulas, text that only stays text thanks to its apostrophe, a boolean, merged cells;
 * and things around it (row 8, column H) that must not move.
 */
function taskSheet(options: { excelApi?: string } = {}): InMemoryExcel {
  const workbook = workbookFromGrids([
    {
      sheet: SHEET,
      origin: { row: 1, column: 1 },
      values: [
        ['DANH SÁCH NHIỆM VỤ CHẬM MUỘN', null, null, null, null, null, null, 'ngoài'],
        [null, null, null, null, null, null, null, 'ngoài'],
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả', 'Ghi chú', 'Mã', 1],
        ['I', 'Nhóm nhiệm vụ về dữ liệu', null, null, null, null, null, 2],
        [1, '  Rà soát   dữ liệu dân cư ', 'Bộ Công an', 45_322, 'Đang thực hiện', null, null, 3],
        [2, 'Kết nối', null, 'Quý IV/2024', null, null, 0.5, 4],
        [3, 'Tích hợp <b>CSDL</b>', 'UBND tỉnh', 45_400, 'Hoàn thành', true, null, 5],
        ['Tổng', null, null, null, null, null, null, 'ngoài'],
      ],
      numberFormats: [
        [],
        [],
        [],
        [],
        ['0', 'General', 'General', 'dd/mm/yyyy'],
        ['0', 'General', 'General', 'General', 'General', '@', '0.00%'],
        ['0', 'General', 'General', 'dd/mm/yyyy'],
      ],
      merges: [area('A1:G1'), area('B4:G4'), area('C5:C6')],
    },
    { sheet: 'Khác', origin: { row: 1, column: 1 }, values: [['x']], merges: [] },
  ]);
  const sheet = workbook.sheet(SHEET);
  if (!sheet) throw new Error('no sheet');
  type(sheet, 'F5', '=D5+30');
  type(sheet, 'F6', '00123');
  type(sheet, 'G5', "'0123");
  type(sheet, 'G7', "'- Bộ Tài chính");
  type(sheet, 'B8', '=COUNT(A5:A7)');

  const table = area('A3:G7');
  const header = area('A3:G3');
  for (const edge of BORDER_EDGES) sheet.setBorder(table, edge, 'style', 'Continuous');
  sheet.setBorder(header, 'EdgeBottom', 'style', 'Double');
  sheet.setBorder(area('A8:B8'), 'EdgeTop', 'weight', 'Thick');
  sheet.setFont(table, 'name', 'Times New Roman');
  sheet.setFont(header, 'bold', true);
  sheet.setFont(header, 'size', 13);
  sheet.setFont(area('C5'), 'italic', true);
  sheet.setFont(area('C5'), 'color', '#1F4E79');
  sheet.setFont(area('C5'), 'underline', 'Single');
  sheet.setFont(area('E7'), 'strikethrough', true);
  sheet.setFont(area('G5'), 'name', 'Arial');
  sheet.setHorizontalAlignment(header, 'Center');
  sheet.setVerticalAlignment(header, 'Center');
  sheet.setWrapText(area('B3:B7'), true);
  sheet.setVerticalAlignment(area('B5:C7'), 'Top');
  sheet.setIndentLevel(area('B5'), 1);
  sheet.setTextOrientation(area('A4'), 90);
  for (const address of ['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3']) {
    sheet.setFillAt(address, { color: '#D9D9D9', pattern: 'Solid' });
  }
  sheet.setFillAt('E5', {
    color: '#FF0000',
    pattern: 'Gray50',
    patternColor: '#0000FF',
    tintAndShade: 0.2,
    patternTintAndShade: -0.25,
  });
  sheet.setFillAt('E6', { color: '#FFFF00', pattern: 'Solid', tintAndShade: 0.4 });
  sheet.setFillAt('D4', { color: '#92D050', pattern: 'Solid' });
  sheet.setFillAt('H5', { color: '#FFC000', pattern: 'Solid' });
  return createInMemoryExcel(workbook, options);
}

/** In place, as a normalisation writes: header renamed, cells cleaned, emptied, split. */
const NORMALIZE: EditPlan = {
  kind: 'normalize',
  sheet: SHEET,
  area: 'A3:G7',
  unmerge: ['B4:G4', 'C5:C6'],
  writes: [
    {
      address: 'A3:E7',
      values: [
        ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả'],
        ['I', 'Nhóm nhiệm vụ về dữ liệu', '', '', ''],
        [1, 'Rà soát dữ liệu dân cư', 'Bộ Công an', { date: '2024-02-01' }, 'Đang thực hiện'],
        [2, 'Kết nối', 'Bộ Công an', 'Quý IV/2024', ''],
        [3, 'Tích hợp CSDL', 'UBND tỉnh', { date: '2024-04-19' }, 'Hoàn thành'],
      ],
    },
    {
      address: 'F3:G7',
      values: [
        [null, 'Mã'],
        ['', ''],
        ['', '=HYPERLINK("x","y")'],
        ['Ghi chú mới', null],
        ['- Bộ Tài chính', 12],
      ],
      numberFormats: [
        ['General', 'General'],
        ['General', 'General'],
        ['General', '@'],
        ['@', '0.00%'],
        ['General', '0'],
      ],
    },
  ],
  cellCount: 20,
  taskCount: 3,
};

function sheetOf(excel: InMemoryExcel, name = SHEET): InMemorySheet {
  const sheet = excel.workbook.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every cell of `rect` as the host models it, by address; and the sheet's merged areas. */
function snapshot(sheet: InMemorySheet, rect: RangeRef) {
  const cells: Record<string, CellSnapshot> = {};
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      cells[cellAddress(row, column)] = sheet.cell(row, column);
    }
  }
  const merges = [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { cells, merges };
}

/** The area with one ring of cells around it. */
const WITH_RING = area('A2:H8');

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('applyEditPlan then undoEdit', () => {
  test('in-place normalise then undo leaves values and formats identical', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const before = snapshot(sheet, WITH_RING);

    const undo = await applyEditPlan(excel, NORMALIZE, { office: excel.office });
    expect(snapshot(sheet, WITH_RING)).not.toEqual(before);
    const result = await undoEdit(excel, undo, { office: excel.office });

    expect(result).toEqual({ changedSince: 0, restored: true });
    const after = snapshot(sheet, WITH_RING);
    for (const address of Object.keys(before.cells)) {
      expect([address, after.cells[address]]).toEqual([address, before.cells[address]]);
    }
    expect(after.merges).toEqual(before.merges);
  });

  test('the edit writes text as text, dates as dates, empties cells and splits merges', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    await applyEditPlan(excel, NORMALIZE, { office: excel.office });

    expect(sheet.cellAt('B5')).toMatchObject({ value: 'Rà soát dữ liệu dân cư', formula: null });
    expect(sheet.cellAt('D5')).toMatchObject({ value: 45_323, numberFormat: 'dd/mm/yyyy' });
    expect(sheet.cellAt('D7')).toMatchObject({ value: 45_401, numberFormat: 'dd/mm/yyyy' });
    expect(sheet.cellAt('F5')).toMatchObject({ value: '', formula: null });
    expect(sheet.cellAt('C6').value).toBe('Bộ Công an');
    expect(sheet.cellAt('F6')).toMatchObject({ value: 'Ghi chú mới', numberFormat: '@' });
    expect(sheet.cellAt('G7')).toMatchObject({ value: 12, numberFormat: '0' });
    expect(sheet.merges).toEqual([area('A1:G1')]);
    // Cells the plan leaves as they are keep everything, their hidden quote prefix included.
    expect(sheet.cellAt('A5')).toMatchObject({ value: 1, numberFormat: '0' });
    expect(sheet.cellAt('B6')).toMatchObject({ value: 'Kết nối', quotePrefix: false });
    // Formats other than number formats are never touched.
    expect(sheet.cellAt('E5').fill.pattern).toBe('Gray50');
    expect(sheet.cellAt('C5').font).toMatchObject({ italic: true, underline: 'Single' });
  });

  test('text that looks like a formula, a sign or a number is written as text', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const tricky = ['=SUM(A1:A3)', '+84 912 345 678', '-2+3', '@SUM(A1)', '1.086', '12/2023'];
    const plan: EditPlan = {
      kind: 'set-status',
      sheet: SHEET,
      area: 'E5:E7',
      unmerge: [],
      writes: [
        { address: 'E5:E7', values: tricky.slice(0, 3).map((text) => [text]) },
        { address: 'E5', values: [[tricky[3] ?? '']] },
      ],
      cellCount: 3,
      taskCount: 3,
    };
    await applyEditPlan(excel, plan, { office: excel.office });
    expect(['E5', 'E6', 'E7'].map((address) => sheet.cellAt(address))).toMatchObject([
      { value: '@SUM(A1)', formula: null, quotePrefix: true },
      { value: '+84 912 345 678', formula: null, quotePrefix: true },
      { value: '-2+3', formula: null, quotePrefix: true },
    ]);
    const more: EditPlan = {
      ...plan,
      area: 'F6:G6',
      writes: [{ address: 'F6:G6', values: [tricky.slice(4)] }],
    };
    await applyEditPlan(excel, more, { office: excel.office });
    // F6 is formatted as text ("@"): an apostrophe there would stay part of the text.
    expect(sheet.cellAt('F6')).toMatchObject({ value: '1.086', quotePrefix: false });
    expect(sheet.cellAt('G6')).toMatchObject({ value: '12/2023', quotePrefix: true });
  });

  test('a plan that changes nothing writes nothing, and its undo puts nothing back', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const before = snapshot(sheet, WITH_RING);
    const same: EditPlan = {
      kind: 'renumber',
      sheet: SHEET,
      area: 'A5:D7',
      unmerge: [],
      writes: [
        {
          address: 'A5:D7',
          values: [
            [1, '  Rà soát   dữ liệu dân cư ', 'Bộ Công an', { date: '2024-01-31' }],
            [2, 'Kết nối', null, 'Quý IV/2024'],
            [3, null, 'UBND tỉnh', null],
          ],
        },
      ],
      cellCount: 0,
      taskCount: 0,
    };
    excel.resetStats();
    const undo = await applyEditPlan(excel, same, { office: excel.office });
    expect(excel.stats.syncs).toBe(1);
    expect(undo.after.values.flat().every((value) => value === null)).toBe(true);
    expect(snapshot(sheet, WITH_RING)).toEqual(before);
    expect(await undoEdit(excel, undo, { office: excel.office })).toEqual({
      changedSince: 0,
      restored: true,
    });
    expect(snapshot(sheet, WITH_RING)).toEqual(before);
  });

  test('a renamed sheet still undoes: it is found by its id', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const before = snapshot(sheet, WITH_RING);
    const undo = await applyEditPlan(excel, NORMALIZE, { office: excel.office });
    expect(undo).toMatchObject({ sheet: SHEET, sheetId: sheet.id, area: 'A3:G7' });
    sheet.name = 'Nhiệm vụ (cũ)';
    excel.workbook.activate('Khác');
    expect(await undoEdit(excel, undo, { office: excel.office })).toMatchObject({
      restored: true,
    });
    expect(snapshot(sheet, WITH_RING)).toEqual(before);
  });

  test('the undo is plain data: it survives JSON, and works from it', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const before = snapshot(sheet, WITH_RING);
    const undo = await applyEditPlan(excel, NORMALIZE, { office: excel.office });
    const parsed = parseEditUndo(JSON.parse(JSON.stringify(undo)));
    expect(parsed).toEqual(undo);
    expect(parseEditUndo({ ...undo, version: 2 })).toBeNull();
    await undoEdit(excel, parsed as EditUndo, { office: excel.office });
    expect(snapshot(sheet, WITH_RING)).toEqual(before);
  });

  test('keeps the formats of the merged areas it splits, and sets them again once merged', async () => {
    const excel = taskSheet();
    const undo = await applyEditPlan(excel, NORMALIZE, { office: excel.office });
    expect(undo.before.merges).toEqual(['B4:G4', 'C5:C6']);
    const c5 = undo.before.mergeFormats.find(({ address }) => address === 'C5:C6')?.formats[0]?.[0];
    expect(c5).toMatchObject({
      font: { italic: true, color: '#1F4E79', underline: 'Single', name: 'Times New Roman' },
      verticalAlignment: 'Top',
      borders: { top: { style: 'Continuous', weight: 'Thin', color: '#000000' } },
    });
    const d4 = undo.before.mergeFormats[0]?.formats[0]?.[2];
    expect(d4?.fill).toEqual({
      color: '#92D050',
      pattern: 'Solid',
      patternColor: '#000000',
      tintAndShade: 0,
      patternTintAndShade: 0,
    });
    expect(undo.before.mergeFormats[0]?.formats[0]?.[0]?.fill).toEqual({ pattern: 'None' });
    // Excel may give a merged area's cells the format of its first: the undo sets them again.
    const sheet = sheetOf(excel);
    sheet.setFillAt('D4', {});
    sheet.setFont(area('C6'), 'bold', true);
    await undoEdit(excel, undo, { office: excel.office });
    expect(sheet.fillAt('D4')).toMatchObject({ color: '#92D050', pattern: 'Solid' });
    expect(sheet.cellAt('C6').font.bold).toBe(false);
  });
});

describe('changes made since the edit', () => {
  test('are counted; without overwrite nothing is undone', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const undo = await applyEditPlan(excel, NORMALIZE, { office: excel.office });
    type(sheet, 'B5', 'Sửa tay');
    type(sheet, 'D7', '20/4/2024');
    // Not cells the edit wrote (F3 is not in it, E5 already held its text): not counted.
    type(sheet, 'F3', 'Ghi chú (sửa)');
    type(sheet, 'E5', 'Đã xong');
    const edited = snapshot(sheet, WITH_RING);

    excel.resetStats();
    const result = await undoEdit(excel, undo, { office: excel.office });
    expect(result).toEqual({ changedSince: 2, restored: false });
    expect(excel.stats.syncs).toBe(1);
    expect(snapshot(sheet, WITH_RING)).toEqual(edited);

    const forced = await undoEdit(excel, undo, { office: excel.office, overwrite: true });
    expect(forced).toEqual({ changedSince: 2, restored: true });
    expect(sheet.cellAt('B5').value).toBe('  Rà soát   dữ liệu dân cư ');
    expect(sheet.cellAt('D7')).toMatchObject({ value: 45_400, numberFormat: 'dd/mm/yyyy' });
    expect(sheet.cellAt('F3').value).toBe('Ghi chú (sửa)');
    expect(sheet.cellAt('E5').value).toBe('Đã xong');
  });

  test('a merge made since is split again; one split since is merged again', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const before = snapshot(sheet, WITH_RING);
    const set: EditPlan = {
      kind: 'set-status',
      sheet: SHEET,
      area: 'C5:E7',
      unmerge: [],
      writes: [{ address: 'E5:E7', values: [['Xong'], [null], ['Xong']] }],
      cellCount: 2,
      taskCount: 2,
    };
    const done = await applyEditPlan(excel, set, { office: excel.office });
    expect(done.before.merges).toEqual(['C5:C6']);
    sheet.merge(area('E6:E7'), false);
    sheet.unmerge(area('C5'));
    const result = await undoEdit(excel, done, { office: excel.office, overwrite: true });
    expect(result.changedSince).toBe(1);
    expect(snapshot(sheet, WITH_RING)).toEqual(before);
  });
});

describe('refusals: nothing is written', () => {
  test('outside Excel, and below ExcelApi 1.13 (merged areas are needed to undo exactly)', async () => {
    const excel = taskSheet({ excelApi: '1.12' });
    const before = snapshot(sheetOf(excel), WITH_RING);
    expect((await rejection(applyEditPlan(excel, NORMALIZE, { office: {} }))).code).toBe(
      'not_in_excel',
    );
    const old = await rejection(applyEditPlan(excel, NORMALIZE, { office: excel.office }));
    expect([old.code, old.detail]).toEqual(['requirement_not_met', 'ExcelApi 1.13']);
    expect(excel.stats.syncs).toBe(0);
    expect(snapshot(sheetOf(excel), WITH_RING)).toEqual(before);
  });

  test('a protected sheet is refused before any write; so is its undo', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const undo = await applyEditPlan(excel, NORMALIZE, { office: excel.office });
    const edited = snapshot(sheet, WITH_RING);
    sheet.isProtected = true;
    excel.resetStats();
    const denied = await rejection(undoEdit(excel, undo, { office: excel.office }));
    expect(denied.code).toBe('access_denied');
    expect(excel.stats.syncs).toBe(1);
    expect(snapshot(sheet, WITH_RING)).toEqual(edited);

    const fresh = taskSheet();
    const protectedSheet = sheetOf(fresh);
    protectedSheet.isProtected = true;
    const before = snapshot(protectedSheet, WITH_RING);
    fresh.resetStats();
    const refused = await rejection(applyEditPlan(fresh, NORMALIZE, { office: fresh.office }));
    expect(refused.code).toBe('access_denied');
    expect(fresh.stats.syncs).toBe(1);
    expect(snapshot(protectedSheet, WITH_RING)).toEqual(before);
  });

  test('a missing sheet: item_not_found; a sheet deleted since the edit: the same, for its undo', async () => {
    const excel = taskSheet();
    const missing = await rejection(
      applyEditPlan(excel, { ...NORMALIZE, sheet: 'Không có' }, { office: excel.office }),
    );
    expect(missing.code).toBe('item_not_found');
    const undo = await applyEditPlan(excel, NORMALIZE, { office: excel.office });
    excel.workbook.removeSheet(sheetOf(excel));
    const deleted = await rejection(undoEdit(excel, undo, { office: excel.office }));
    expect([deleted.code, deleted.detail]).toEqual([
      'item_not_found',
      'sheet "Nhiệm vụ" was deleted',
    ]);
  });

  test('a plan writing into a merged area it does not split (merged since): invalid_argument', async () => {
    const excel = taskSheet();
    const before = snapshot(sheetOf(excel), WITH_RING);
    const plan: EditPlan = {
      ...NORMALIZE,
      area: 'B4:E4',
      unmerge: [],
      writes: [{ address: 'B4:E4', values: [['Nhóm I', null, 'x', null]] }],
    };
    const error = await rejection(applyEditPlan(excel, plan, { office: excel.office }));
    expect([error.code, error.detail]).toEqual([
      'invalid_argument',
      'write into merged area B4:G4',
    ]);
    expect(snapshot(sheetOf(excel), WITH_RING)).toEqual(before);
  });

  test.each([
    ['a write outside the area', { writes: [{ address: 'H3', values: [['x']] }] }],
    ['a write of the wrong shape', { writes: [{ address: 'A3:B3', values: [['x']] }] }],
    [
      'formats of the wrong shape',
      { writes: [{ address: 'A3', values: [['x']], numberFormats: [] }] },
    ],
    ['a split outside the area', { unmerge: ['A1:G1'] }],
    ['an address that is not one', { area: 'A3:?' }],
  ])('a plan with %s: invalid_argument', async (_, change) => {
    const excel = taskSheet();
    const before = snapshot(sheetOf(excel), WITH_RING);
    const plan: EditPlan = { ...NORMALIZE, ...change };
    const error = await rejection(applyEditPlan(excel, plan, { office: excel.office }));
    expect(error.code).toBe('invalid_argument');
    expect(snapshot(sheetOf(excel), WITH_RING)).toEqual(before);
  });
});

describe('a write that fails half-way', () => {
  test('is put back before the error is passed on', async () => {
    const excel = taskSheet();
    const sheet = sheetOf(excel);
    const before = snapshot(sheet, WITH_RING);
    let syncs = 0;
    // The second sync (the write) is carried out, then the connection drops.
    const flaky: WritableExcelRunner = {
      run: (batch) =>
        excel.run((context) => {
          const wrapped: WritableRequestContextApi = {
            workbook: context.workbook,
            sync: async () => {
              await context.sync();
              syncs++;
              if (syncs === 2) throw Object.assign(new Error('lost'), { code: 'GeneralException' });
            },
          } as WritableRequestContextApi;
          return batch(wrapped);
        }),
    };
    const error = await rejection(applyEditPlan(flaky, NORMALIZE, { office: excel.office }));
    expect([error.code, error.detail]).toEqual(['unknown', 'GeneralException']);
    expect(syncs).toBe(3);
    expect(snapshot(sheet, WITH_RING)).toEqual(before);
  });
});

describe('round trips', () => {
  /** A sheet of `rows` tasks (A1 header), group rows merged every 100 rows. */
  function bigSheet(rows: number): InMemoryExcel {
    const values = [['STT', 'Nội dung', 'Thời hạn', 'Kết quả']] as (string | number | null)[][];
    const merges: RangeRef[] = [];
    for (let i = 1; i <= rows; i++) {
      if (i % 100 === 0) {
        values.push([null, `Nhóm ${i / 100}`, null, null]);
        merges.push({ top: i + 1, left: 2, bottom: i + 1, right: 4 });
      } else values.push([i, `Nhiệm vụ số ${i}`, 45_000 + i, i % 3 === 0 ? 'Xong' : null]);
    }
    return createInMemoryExcel(
      workbookFromGrids([{ sheet: SHEET, origin: { row: 1, column: 1 }, values, merges }]),
    );
  }

  /** Rewrites every row (text cleaned, dates as dates, results emptied), splitting the groups. */
  function rewrite(rows: number): EditPlan {
    const values = Array.from({ length: rows }, (_, index) => {
      const i = index + 1;
      return i % 100 === 0
        ? [null, `Nhóm ${i / 100}.`, '', '']
        : [i, `Nhiệm vụ ${i}`, { date: '2024-06-30' }, i % 3 === 0 ? '' : 'Đang làm'];
    });
    return {
      kind: 'normalize',
      sheet: SHEET,
      area: `A2:D${rows + 1}`,
      unmerge: Array.from({ length: Math.floor(rows / 100) }, (_, g) => {
        const row = (g + 1) * 100 + 1;
        return `B${row}:D${row}`;
      }),
      writes: [{ address: `A2:D${rows + 1}`, values }],
      cellCount: rows * 4,
      taskCount: rows,
    };
  }

  /** Values, formulas and number formats (the formats are compared cell by cell above). */
  function contents(sheet: InMemorySheet, rows: number) {
    const cells: unknown[] = [];
    for (let row = 1; row <= rows + 2; row++) {
      for (let column = 1; column <= 5; column++) {
        cells.push([
          sheet.value(row, column),
          sheet.formula(row, column),
          sheet.numberFormat(row, column),
        ]);
      }
    }
    return { cells, merges: [...sheet.merges].sort((a, b) => a.top - b.top) };
  }

  test('past the budget, in more syncs, each under 5 MB; still undone exactly', async () => {
    const rows = 3_000;
    const excel = bigSheet(rows);
    const sheet = sheetOf(excel);
    const before = contents(sheet, rows);
    // About 5.5 MB of text: 3,000 cells of some 1,800 bytes.
    const long = (i: number) => `${'Nội dung rất dài của nhiệm vụ. '.repeat(45)}${i}`;
    const plan: EditPlan = {
      kind: 'normalize',
      sheet: SHEET,
      area: `B2:B${rows + 1}`,
      unmerge: [],
      writes: [
        { address: `B2:B${rows + 1}`, values: Array.from({ length: rows }, (_, i) => [long(i)]) },
      ],
      cellCount: rows,
      taskCount: rows,
    };
    excel.resetStats();
    const undo = await applyEditPlan(excel, plan, { office: excel.office });
    const applied = { ...excel.stats, requests: [...excel.stats.requests] };
    expect(sheet.cellAt('B3').value).toBe(long(1));
    excel.resetStats();
    await undoEdit(excel, undo, { office: excel.office });

    expect(applied.syncs).toBeGreaterThan(2);
    expect(excel.stats.syncs).toBeGreaterThan(2);
    for (const { bytes, responseBytes } of [...applied.requests, ...excel.stats.requests]) {
      expect(Math.max(bytes, responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    }
    expect(contents(sheet, rows)).toEqual(before);
  });

  test.each([100, 10_000])(
    '%i rows: 2 syncs to apply, 2 to undo, each payload under 5 MB',
    async (rows) => {
      const excel = bigSheet(rows);
      const sheet = sheetOf(excel);
      const before = contents(sheet, rows);
      const group = snapshot(sheet, area('A100:E102'));

      excel.resetStats();
      const undo = await applyEditPlan(excel, rewrite(rows), { office: excel.office });
      const applied = { ...excel.stats, requests: [...excel.stats.requests] };
      excel.resetStats();
      await undoEdit(excel, undo, { office: excel.office });
      const undone = excel.stats;

      expect([applied.syncs, undone.syncs]).toEqual([2, 2]);
      for (const { bytes, responseBytes } of [...applied.requests, ...undone.requests]) {
        expect(Math.max(bytes, responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
      }
      expect(contents(sheet, rows)).toEqual(before);
      expect(snapshot(sheet, area('A100:E102')).cells).toEqual(group.cells);
    },
  );
});
