import { AppError, toAppError } from './errors';
import type { ExcelRunner } from './excelApi';
import { parseAddressList } from './parseAddressList';
import type { ExcelRequirements } from './requirements';
import { checkRequirements, officeGlobal, READ_MINIMUM } from './requirements';

/** The rows the user selected on the active sheet: what a bulk edit works on. */
export type SelectedRows = {
  /** The active sheet's name. */
  sheet: string;
  /** Sheet rows (1-based, ascending, each once) of every selected area, within the used range. */
  rows: number[];
};

/**
 * Reads which rows are selected on the active sheet, in one `Excel.run` and one `sync`: the
 * selection's address (every area when ExcelApi 1.9 can give them) and the used range's rows.
 * Cut to the used range, so that selecting whole columns ("B:C") gives the table's rows and not
 * a million; rows outside the used range hold no task anyway. Rejects with an AppError
 * (sheet_empty when the selection holds no used row).
 */
export async function readSelectionRows(
  excel: ExcelRunner,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<SelectedRows> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.canRead) throw new AppError('requirement_not_met', `ExcelApi ${READ_MINIMUM}`);
  let loaded: { sheet: string; address: string; used: { top: number; bottom: number } | null };
  try {
    loaded = await excel.run(async (context) => {
      const { workbook } = context;
      const sheet = workbook.worksheets.getActiveWorksheet().load(['name']);
      const used = sheet.getUsedRangeOrNullObject(true).load(['rowIndex', 'rowCount']);
      // getSelectedRange fails outright on a multi-area selection; getSelectedRanges does not.
      const selection = requirements.supports.getSelectedRanges
        ? workbook.getSelectedRanges().load(['address'])
        : workbook.getSelectedRange().load(['address']);
      await context.sync();
      return {
        sheet: sheet.name,
        address: selection.address,
        used: used.isNullObject
          ? null
          : { top: used.rowIndex + 1, bottom: used.rowIndex + used.rowCount },
      };
    });
  } catch (error) {
    throw toAppError(error);
  }
  const areas = parseAddressList(loaded.address);
  if (!areas) throw new AppError('unknown', `address "${loaded.address}"`);
  const { used } = loaded;
  const rows = new Set<number>();
  if (used) {
    for (const area of areas) {
      for (
        let row = Math.max(area.top, used.top);
        row <= Math.min(area.bottom, used.bottom);
        row++
      ) {
        rows.add(row);
      }
    }
  }
  if (rows.size === 0) throw new AppError('sheet_empty', 'selection');
  return { sheet: loaded.sheet, rows: [...rows].sort((a, b) => a - b) };
}
