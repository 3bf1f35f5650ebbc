import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import { AppError } from '../../src/excel/errors';
import { createServices } from '../../src/taskpane/createServices';
import { gridOf } from '../helpers/fixtures';

function hostWith(excelApi?: string) {
  const workbook = workbookFromGrids(
    [
      gridOf(
        [
          ['STT', 'Nhiệm vụ'],
          [1, 'Rà soát'],
        ],
        { sheet: 'Nhiệm vụ' },
      ),
      gridOf([['x']], { sheet: 'Khác' }),
    ],
    { selection: 'B2' },
  );
  return createInMemoryExcel(workbook, excelApi === undefined ? {} : { excelApi });
}

describe('createServices over the in-memory host', () => {
  it('reads the active sheet, lists the sheets and answers the requirement checks', async () => {
    const host = hostWith();
    const services = createServices({ excel: host, writer: host, office: host.office });

    const read = await services.read('usedRange');
    expect(read.grid.sheet).toBe('Nhiệm vụ');
    expect(read.grid.values).toEqual([
      ['STT', 'Nhiệm vụ'],
      [1, 'Rà soát'],
    ]);
    expect(read.activeCell).toBe('B2');
    expect(await services.listSheets()).toEqual(['Nhiệm vụ', 'Khác']);
    expect((await services.readSheet('Khác')).values).toEqual([['x']]);
    expect(services.canWriteSheets()).toBe(true);
    expect(services.canEditInPlace()).toBe(true);
  });

  it('writes through the same host: the report date, a selected cell', async () => {
    const host = hostWith();
    const services = createServices({ excel: host, writer: host, office: host.office });

    await services.saveReportDate('2024-01-31');
    expect(await services.loadReportDate()).toBe('2024-01-31');
    await services.selectCell('Khác', 'A1');
    expect(host.workbook.activeSheet.name).toBe('Khác');
  });

  it('asks the office it is given, not the global one', async () => {
    const host = hostWith('1.12');
    const older = createServices({ excel: host, writer: host, office: host.office });
    expect(older.canEditInPlace()).toBe(false);
    expect(older.canWriteSheets()).toBe(true);

    const outside = createServices({ excel: host, writer: host, office: {} });
    await expect(outside.read('auto')).rejects.toEqual(new AppError('not_in_excel'));
    expect(outside.canWriteSheets()).toBe(false);
  });
});
