import { checkGrid } from '../../src/core/check/checkGrid';
import { normalizeTable } from '../../src/core/normalize/normalizeTable';
import type { Grid } from '../../src/core/table/grid';
import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import { writeSheets } from '../../src/excel/writeSheets';

const AS_OF = '2024-01-31';

/** A messy table of `rows` tasks: HTML remnants, numbering "1.", agencies to canonicalise. */
function messyTable(rows: number): Grid {
  const values: Grid['values'] = [
    ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị thực hiện', 'Thời gian hoàn thành', 'Kết quả'],
  ];
  for (let i = 1; i <= rows; i++) {
    values.push([
      `${String(i)}.`,
      `<p>Nhiệm vụ  số ${String(i)}</p>`,
      'BCA chủ trì, phối hợp Bộ Tư pháp',
      i % 2 ? 'Tháng 12/2023' : 'Quý II/2024',
      i % 3 ? 'Chưa hoàn thành' : 'Đã hoàn thành',
    ]);
  }
  return { sheet: 'Nhiệm vụ', origin: { row: 1, column: 1 }, values, merges: [] };
}

async function syncsToWriteNormalized(rows: number): Promise<{ syncs: number; maxBytes: number }> {
  const grid = messyTable(rows);
  const { table } = checkGrid(grid, { asOf: AS_OF });
  if (!table) throw new Error('not read');
  const { spec } = normalizeTable(grid, table, { asOf: AS_OF });
  const excel = createInMemoryExcel(workbookFromGrids([grid]));
  excel.resetStats();
  await writeSheets(excel, [spec], { office: excel.office, group: 'normalized:Nhiệm vụ' });
  const written = excel.workbook.sheet(spec.name);
  if (!written) throw new Error('not written');
  return {
    syncs: excel.stats.syncs,
    maxBytes: Math.max(...excel.stats.requests.map((request) => request.bytes)),
  };
}

describe('writing a normalised table to a new sheet', () => {
  test('takes the same number of syncs for 100 and 5,000 tasks, each request under 4 MB', async () => {
    const small = await syncsToWriteNormalized(100);
    const large = await syncsToWriteNormalized(5_000);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(4);
    expect(large.maxBytes).toBeLessThan(4 * 1024 * 1024);
  });
});
