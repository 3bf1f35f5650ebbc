import { AppError, toAppError } from './errors';
import type { ExcelRunner } from './excelApi';
import type { ExcelRequirements } from './requirements';
import { apiSetOf, checkRequirements, officeGlobal } from './requirements';

/** The workbook setting holding the report date (yyyy-mm-dd). */
export const REPORT_DATE_KEY = 'da06.reportDate';

/** A real calendar day written yyyy-mm-dd ("2024-02-30" is not one). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The report date saved in this workbook (one sync), or null when none is saved, when what is
 * saved is not a yyyy-mm-dd day, or when Excel is older than ExcelApi 1.4 (no settings: the pane
 * falls back to its default).
 */
export async function loadReportDate(
  excel: ExcelRunner,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<string | null> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.supports.settings) return null;
  try {
    return await excel.run(async (context) => {
      const setting = context.workbook.settings
        .getItemOrNullObject(REPORT_DATE_KEY)
        .load(['value']);
      await context.sync();
      if (setting.isNullObject) return null;
      const value = setting.value;
      return typeof value === 'string' && isIsoDate(value) ? value : null;
    });
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * Saves the report date in this workbook (one sync). Rejects with invalid_argument for anything
 * but a yyyy-mm-dd day, requirement_not_met below ExcelApi 1.4.
 */
export async function saveReportDate(
  excel: ExcelRunner,
  iso: string,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<void> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.supports.settings) {
    throw new AppError('requirement_not_met', `ExcelApi ${apiSetOf.settings}`);
  }
  if (!isIsoDate(iso)) throw new AppError('invalid_argument', `report date "${iso}"`);
  try {
    await excel.run(async (context) => {
      context.workbook.settings.add(REPORT_DATE_KEY, iso);
      await context.sync();
    });
  } catch (error) {
    throw toAppError(error);
  }
}
