import type { GeneratedRecord } from '../core/summary/generatedRecord';
import { GENERATED_SHEETS_SETTING, SUMMARY_GROUP } from '../core/summary/generatedRecord';
import { assignSheetNames, SHEET_NAME_MAX } from '../core/summary/assignSheetNames';
import type { SheetSpec } from '../core/summary/sheetSpec';
import { AppError, toAppError } from './errors';
import type {
  OfficeApi,
  WritableExcelRunner,
  WritableWorksheetApi,
  WritableWorksheetCollectionApi,
} from './excelApi';
import type { SheetWritePlan } from './planSheetWrite';
import { planSheetWrite } from './planSheetWrite';
import { checkRequirements, officeGlobal, SUMMARY_MINIMUM } from './requirements';
import type { SheetTargets } from './sheetTargets';
import { queueSheetTargets } from './sheetTargets';
import { packBySize, WRITE_BUDGET } from './syncBudget';
import type { SheetOperation } from './writeSheetSpec';
import { ACTION_BYTES, sheetOperations } from './writeSheetSpec';

export type { SheetWritePlan } from './planSheetWrite';
export { planSheetWrite } from './planSheetWrite';
export type { SheetTargets } from './sheetTargets';
export { readSheetTargets } from './sheetTargets';

/** What writing did: the plan carried out, and the syncs it took. */
export type SheetWriteResult = SheetWritePlan & { syncs: number };

export type WriteSheetsOptions = {
  /** The `Office` global to ask for requirement sets. @default the loaded office.js */
  office?: OfficeApi;
  /** Called after each sync with the syncs done and the syncs the whole write takes. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Which generated sheets this write replaces: those recorded under the same group. Sheets of
   * other groups are left alone like the user's. @default "summary" (the meeting workbook)
   */
  group?: string;
};

/*
 * Round trips, whatever the row count while the output stays under WRITE_BUDGET (about 10,000
 * task rows of ordinary text):
 * 1. read the sheets and the record of generated sheets;
 * 2. delete the generated sheets, add the new ones, load their ids;
 * 3. save the record (ids, now known), write every sheet, activate the overview.
 * The record is saved before the contents: should a write fail, the new sheets are already
 * known as ours, and generating again replaces them. Past WRITE_BUDGET the contents go on in
 * one more sync per budget's worth (row chunks of large blocks).
 */

/** What one sync carries: the record of generated sheets, or an operation on a sheet. */
type Step = { kind: 'record'; bytes: number } | ({ kind: 'sheet'; sheet: number } & SheetOperation);

/** The record's estimated bytes: ids and names (3 bytes a character at most) per sheet. */
function recordBytes(sheets: number): number {
  return ACTION_BYTES + sheets * (60 + 3 * SHEET_NAME_MAX + 30);
}

/**
 * Writes the specs as sheets: the sheets generated before are deleted, a user's sheet is never
 * touched (a wanted name it has gets " (2)"), and the new sheets are recorded as generated.
 * Rejects with an AppError: not_in_excel, requirement_not_met below ExcelApi 1.7,
 * invalid_argument for no specs or a spec that does not fit its columns, or Excel's error mapped.
 */
export async function writeSheets(
  runner: WritableExcelRunner,
  specs: readonly SheetSpec[],
  options: WriteSheetsOptions = {},
): Promise<SheetWriteResult> {
  const requirements = checkRequirements(options.office ?? officeGlobal());
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.canSummarize) {
    throw new AppError('requirement_not_met', `ExcelApi ${SUMMARY_MINIMUM}`);
  }
  if (specs.length === 0) throw new AppError('invalid_argument', 'no sheets to write');

  const group = options.group ?? SUMMARY_GROUP;
  const features = { pageLayout: requirements.supports.pageLayout };
  const perSheet = specs.map((spec) => sheetOperations(spec, features));
  const overview = Math.max(
    0,
    specs.findIndex((spec) => spec.kind === 'overview'),
  );
  // The record first, then the contents in spec order; the overview activated last.
  const steps: Step[] = [
    { kind: 'record', bytes: recordBytes(specs.length) },
    ...perSheet.flatMap((operations, sheet) =>
      operations.map((operation): Step => ({ kind: 'sheet', sheet, ...operation })),
    ),
    {
      kind: 'sheet',
      sheet: overview,
      bytes: ACTION_BYTES,
      queue: (sheet) => {
        sheet.activate();
      },
    },
  ];
  const batches = packBySize(
    steps.map((step) => step.bytes),
    WRITE_BUDGET,
  );
  const total = 2 + batches.length;
  let syncs = 0;

  try {
    return await runner.run(async (context) => {
      const sync = async (): Promise<void> => {
        await context.sync();
        syncs++;
        options.onProgress?.(syncs, total);
      };
      const worksheets = context.workbook.worksheets;

      const readTargets = queueSheetTargets(context);
      await sync();
      const targets = readTargets();
      const plan = planSheetWrite(specs, targets, group);

      const added = replaceSheets(worksheets, targets, plan, group);
      for (const sheet of added) sheet.load(['id']);
      await sync();
      const ids = added.map((sheet) => sheet.id);

      for (const { start, end } of batches) {
        // Proxies by id, per batch: the id is what stays true whatever else happens.
        const sheets = new Map<number, WritableWorksheetApi>();
        const sheetAt = (index: number): WritableWorksheetApi => {
          let sheet = sheets.get(index);
          if (!sheet) {
            sheet = worksheets.getItem(ids[index] ?? '');
            sheets.set(index, sheet);
          }
          return sheet;
        };
        for (const step of steps.slice(start, end)) {
          if (step.kind === 'sheet') {
            step.queue(sheetAt(step.sheet));
            continue;
          }
          const record: GeneratedRecord = {
            version: 1,
            sheets: [
              ...targets.sheets.flatMap(({ id, name, group: other }) =>
                other !== null && other !== group ? [{ id, name, group: other }] : [],
              ),
              ...plan.sheets.map(({ name }, i) => ({ id: ids[i] ?? '', name, group })),
            ],
          };
          context.workbook.settings.add(GENERATED_SHEETS_SETTING, record);
        }
        await sync();
      }
      return { ...plan, syncs };
    });
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * Queues deleting every generated sheet and adding the plan's sheets (at the end, in order).
 * Excel refuses to delete the last sheet: when every sheet is ours, the first new one is added
 * under a free name before the deletions, and named after them.
 */
function replaceSheets(
  worksheets: WritableWorksheetCollectionApi,
  targets: SheetTargets,
  plan: SheetWritePlan,
  group: string,
): WritableWorksheetApi[] {
  const added: WritableWorksheetApi[] = [];
  const [first, ...rest] = plan.sheets;
  const everySheetIsOurs = targets.sheets.every((sheet) => sheet.group === group);
  let placeholder: WritableWorksheetApi | null = null;
  if (first && everySheetIsOurs) {
    const taken = [...targets.sheets.map((sheet) => sheet.name), ...plan.sheets.map((s) => s.name)];
    const [free = 'da06'] = assignSheetNames(['da06'], taken);
    placeholder = worksheets.add(free);
    added.push(placeholder);
  }
  for (const sheet of targets.sheets) {
    if (sheet.group === group) worksheets.getItem(sheet.id).delete();
  }
  if (placeholder && first) placeholder.name = first.name;
  for (const sheet of placeholder ? rest : plan.sheets) added.push(worksheets.add(sheet.name));
  return added;
}
