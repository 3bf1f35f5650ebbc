import { GENERATED_SHEETS_SETTING, readGeneratedRecord } from '../core/summary/generatedRecord';
import { toAppError } from './errors';
import type { ExcelRunner, RequestContextApi } from './excelApi';

/** The workbook's sheets in tab order, each marked when the add-in generated it. */
export type SheetTargets = { sheets: { id: string; name: string; generated: boolean }[] };

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
    const ours = new Set(record.sheets.map((sheet) => sheet.id));
    return {
      sheets: sheets.items.map(({ id, name }) => ({ id, name, generated: ours.has(id) })),
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
