import {
  GENERATED_SHEETS_SETTING,
  groupOf,
  readGeneratedRecord,
} from '../core/summary/generatedRecord';
import { toAppError } from './errors';
import type { ExcelRunner, RequestContextApi } from './excelApi';

/**
 * The workbook's sheets in tab order, each marked when the add-in generated it, with the group
 * that made it (null for the user's own sheets).
 */
export type SheetTargets = {
  sheets: { id: string; name: string; generated: boolean; group: string | null }[];
};

/**
 * Queues the loads of the sheets and of the record of generated sheets; the returned function
 * reads them once the caller has synced. A sheet is generated only when its id is recorded: ids
 * survive a rename, and recorded ids of sheets deleted since are ignored.
 */
export function queueSheetTargets(context: RequestContextApi): () => SheetTargets {
  const { workbook } = context;
  const sheets = workbook.worksheets.load(['items/id', 'items/name']);
  const setting = workbook.settings.getItemOrNullObject(GENERATED_SHEETS_SETTING).load(['value']);
  return () => {
    const record = readGeneratedRecord(setting.isNullObject ? null : setting.value);
    const groups = new Map(record.sheets.map((sheet) => [sheet.id, groupOf(sheet)]));
    return {
      sheets: sheets.items.map(({ id, name }) => {
        const group = groups.get(id) ?? null;
        return { id, name, generated: group !== null, group };
      }),
    };
  };
}

/** The workbook's sheets and which of them the add-in generated (one sync). */
export async function readSheetTargets(runner: ExcelRunner): Promise<SheetTargets> {
  try {
    return await runner.run(async (context) => {
      const read = queueSheetTargets(context);
      await context.sync();
      return read();
    });
  } catch (error) {
    throw toAppError(error);
  }
}
