import { assignSheetNames } from '../core/summary/assignSheetNames';
import { foldCase } from '../core/summary/foldCase';
import { SUMMARY_GROUP } from '../core/summary/generatedRecord';
import type { SheetKind, SheetSpec } from '../core/summary/sheetSpec';
import type { SheetTargets } from './sheetTargets';

/** What writing the specs will do to the workbook's sheets. */
export type SheetWritePlan = {
  /** One per spec, in order: the name it gets, the name it wanted, whether it replaces ours. */
  sheets: { name: string; wanted: string; kind: SheetKind; replaces: boolean }[];
  /** Generated sheets whose names are not produced again: deleted all the same. */
  removed: string[];
};

/**
 * Every sheet generated before by the same group is deleted and the specs are written afresh, so
 * regenerating gives the same names each time and leaves no stale copy. A wanted name another
 * sheet already has — the user's, or one of another group (the meeting workbook beside a
 * normalised table) — gets " (2)"… (compared case-insensitively, as Excel does): those are never
 * touched.
 */
export function planSheetWrite(
  specs: readonly SheetSpec[],
  targets: SheetTargets,
  group: string = SUMMARY_GROUP,
): SheetWritePlan {
  const generated = targets.sheets.filter((sheet) => sheet.group === group);
  const userNames = targets.sheets
    .filter((sheet) => sheet.group !== group)
    .map((sheet) => sheet.name);
  const names = assignSheetNames(
    specs.map((spec) => spec.name),
    userNames,
  );
  const ours = new Set(generated.map((sheet) => foldCase(sheet.name)));
  const produced = new Set(names.map(foldCase));
  return {
    sheets: specs.map((spec, i) => {
      const name = names[i] ?? spec.name;
      return { name, wanted: spec.name, kind: spec.kind, replaces: ours.has(foldCase(name)) };
    }),
    removed: generated
      .filter((sheet) => !produced.has(foldCase(sheet.name)))
      .map((sheet) => sheet.name),
  };
}
