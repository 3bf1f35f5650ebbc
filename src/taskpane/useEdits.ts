import { useCallback, useState } from 'react';
import type { EditKind, EditPlan } from '../core/edit/editPlan';
import type { AppErrorCode } from '../core/i18n';
import type { SheetSpec } from '../core/summary/sheetSpec';
import { toErrorCode } from './services';
import type { EditUndo, SheetWriteResult, WorkbookServices } from './services';

/** What the pane writes: a new sheet, an edit of the user's sheet, or the undo of one. */
export type EditAction = 'write' | 'apply' | 'undo';

/** An edit written into the user's sheet, which "Hoàn tác" can take back. */
export type AppliedEdit = { kind: EditKind; cells: number; tasks: number; undo: EditUndo };

export type EditStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; action: EditAction; done: number; total: number }
  | { kind: 'written'; result: SheetWriteResult }
  | { kind: 'applied'; edit: AppliedEdit }
  | { kind: 'undone'; edit: AppliedEdit }
  /** Cells were changed since the edit: undoing would overwrite them, so the pane asks first. */
  | { kind: 'confirm-undo'; edit: AppliedEdit; changedSince: number }
  | { kind: 'failed'; action: EditAction; error: AppErrorCode };

/** Where the table changed, for reading it again: a new sheet (now active) or the user's. */
export type ChangedWhere = 'new-sheet' | 'in-place';

export type Edits = {
  status: EditStatus;
  /** Counts the outcomes: each new one takes the focus once. */
  serial: number;
  /** The edits "Hoàn tác" can take back, the latest last; kept while the pane stays open. */
  applied: readonly AppliedEdit[];
  busy: boolean;
  /** Writes a sheet of `group` (replacing that group's sheet only); true when it was written. */
  writeSheet: (spec: SheetSpec, group: string) => Promise<boolean>;
  /** Writes a plan into the user's sheet, keeping its undo; true when it was written. */
  apply: (plan: EditPlan) => Promise<boolean>;
  /** Takes the latest edit back; `overwrite` once the user agreed to lose later changes. */
  undo: (options?: { overwrite: boolean }) => Promise<void>;
  /** The user chose not to undo over later changes. */
  keep: () => void;
};

/**
 * The pane's writes into the workbook and their undo. Held by the view, above the tabs: reading
 * the table again after a write remounts the tabs, and the undo must outlive that.
 */
export function useEdits(
  services: Pick<WorkbookServices, 'writeSheets' | 'applyEdits' | 'undoEdits'>,
  onChanged: (where: ChangedWhere) => void,
): Edits {
  const [status, setStatusOnly] = useState<EditStatus>({ kind: 'idle' });
  const [serial, setSerial] = useState(0);
  const [applied, setApplied] = useState<readonly AppliedEdit[]>([]);

  const setStatus = useCallback((next: EditStatus) => {
    setStatusOnly(next);
    if (next.kind !== 'busy') setSerial((count) => count + 1);
  }, []);

  const progress = (done: number, total: number) => {
    setStatusOnly((current) =>
      current.kind === 'busy' && current.action === 'write'
        ? { kind: 'busy', action: 'write', done, total }
        : current,
    );
  };

  const writeSheet = async (spec: SheetSpec, group: string): Promise<boolean> => {
    setStatus({ kind: 'busy', action: 'write', done: 0, total: 0 });
    try {
      const result = await services.writeSheets([spec], { group, onProgress: progress });
      setStatus({ kind: 'written', result });
    } catch (error) {
      setStatus({ kind: 'failed', action: 'write', error: toErrorCode(error) });
      return false;
    }
    onChanged('new-sheet');
    return true;
  };

  const apply = async (plan: EditPlan): Promise<boolean> => {
    setStatus({ kind: 'busy', action: 'apply', done: 0, total: 0 });
    let edit: AppliedEdit;
    try {
      const undo = await services.applyEdits(plan);
      edit = { kind: plan.kind, cells: plan.cellCount, tasks: plan.taskCount, undo };
    } catch (error) {
      setStatus({ kind: 'failed', action: 'apply', error: toErrorCode(error) });
      return false;
    }
    setApplied((current) => [...current, edit]);
    setStatus({ kind: 'applied', edit });
    onChanged('in-place');
    return true;
  };

  const undo = async (options?: { overwrite: boolean }): Promise<void> => {
    const edit = applied.at(-1);
    if (!edit) return;
    setStatus({ kind: 'busy', action: 'undo', done: 0, total: 0 });
    try {
      const { changedSince, restored } = await services.undoEdits(edit.undo, options);
      if (!restored) {
        setStatus({ kind: 'confirm-undo', edit, changedSince });
        return;
      }
    } catch (error) {
      setStatus({ kind: 'failed', action: 'undo', error: toErrorCode(error) });
      return;
    }
    setApplied((current) => current.filter((entry) => entry !== edit));
    setStatus({ kind: 'undone', edit });
    onChanged('in-place');
  };

  const keep = () => {
    setStatus({ kind: 'idle' });
  };

  return {
    status,
    serial,
    applied,
    busy: status.kind === 'busy',
    writeSheet,
    apply,
    undo,
    keep,
  };
}
