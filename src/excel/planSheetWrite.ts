import { assignSheetNames } from '../core/summary/assignSheetNames';
import { foldCase } from '../core/summary/foldCase';
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
 * Every generated sheet is deleted and the specs are written afresh, so regenerating gives the
 * same names each time and leaves no stale copy. A wanted name a user's sheet already has
 * (compared case-insensitively, as Excel does) gets " (2)"…: a user's sheet is never touched.
 */
export function planSheetWrite(specs: readonly SheetSpec[], targets: SheetTargets): SheetWritePlan {
  const generated = targets.sheets.filter((sheet) => sheet.generated);
  const userNames = targets.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name);
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
