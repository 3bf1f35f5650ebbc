import { findTableStart, openWorkbook } from '../../src/demo/openWorkbook';
import { gridOf, loadWorkbook, WORKBOOKS } from '../helpers/fixtures';
import { fixtureBytes } from './demoFixtures';

/** Where each fixture's table starts: the row below its header, in its first column. */
const STARTS: Record<(typeof WORKBOOKS)[number]['file'], string> = {
  'bao-cao-230-cham-muon-T01-2024.xlsx': 'A5',
  'thanh-hoa-phu-luc-I-06-2024.xlsx': 'A5',
  'chi-thi-05-2023-phu-luc.xlsx': 'A2',
  'thong-bao-4318-2024-nhiem-vu.xlsx': 'A2',
};

describe('findTableStart', () => {
  it.each(WORKBOOKS.map((w) => w.file))('finds the first data cell of %s', async (file) => {
    const grids = await loadWorkbook(file);
    expect(findTableStart(grids)).toEqual({ sheet: grids[0]!.sheet, cell: STARTS[file] });
  });

  it('looks past sheets without a table, and gives up on none', () => {
    const notes = gridOf([['Ghi chú']], { sheet: 'Ghi chú' });
    const table = gridOf(
      [
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
        [1, 'Rà soát dữ liệu dân cư', 'Bộ Công an', '31/12/2024'],
      ],
      { sheet: 'Nhiệm vụ', origin: { row: 3, column: 2 } },
    );
    expect(findTableStart([notes, table])).toEqual({ sheet: 'Nhiệm vụ', cell: 'B4' });
    expect(findTableStart([notes])).toBeNull();
  });
});

describe('openWorkbook', () => {
  it('opens a fixture with its table active and its first data cell selected', async () => {
    const workbook = await openWorkbook(fixtureBytes('thanh-hoa-phu-luc-I-06-2024.xlsx'));
    expect(workbook.sheetNames()).toEqual(['Phụ lục I']);
    expect(workbook.activeSheet.selection).toEqual({
      areas: [{ top: 5, left: 1, bottom: 5, right: 1 }],
      activeCell: { row: 5, column: 1 },
    });
  });

  it('rejects bytes that are not an .xlsx workbook', async () => {
    await expect(openWorkbook(new TextEncoder().encode('STT,Nhiệm vụ'))).rejects.toThrow();
  });
});
