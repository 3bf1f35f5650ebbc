import { AppError, toAppError } from './errors';
import type { ExcelRunner } from './excelApi';
import { localAddress, parseAddressList } from './parseAddressList';
import type { ExcelRequirements } from './requirements';
import { checkRequirements, officeGlobal } from './requirements';

/**
 * Shows a cell: activates its sheet and selects it (one sync; ExcelApi 1.1). `address` is local
 * ("B7", "B7:F7"); a sheet prefix is ignored, `sheet` decides. Rejects with an AppError
 * (item_not_found when the sheet is gone, invalid_argument for a malformed address).
 */
export async function selectCell(
  excel: ExcelRunner,
  sheet: string,
  address: string,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<void> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  const local = localAddress(address);
  if (parseAddressList(local)?.length !== 1) {
    throw new AppError('invalid_argument', `cell address "${address}"`);
  }
  try {
    await excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(local).select();
      await context.sync();
    });
  } catch (error) {
    throw toAppError(error);
  }
}
