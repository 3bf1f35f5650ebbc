import type { EditPlan } from '../../src/core/edit/editPlan';
import { parseAddressList } from '../../src/excel/parseAddressList';
import { planSheetWrite } from '../../src/excel/writeSheets';
import type {
  EditUndo,
  SelectedRows,
  SheetRead,
  SheetTargets,
  WorkbookServices,
} from '../../src/taskpane/services';
import { sampleRead } from './sampleTable';

/** Each method of the services as a jest mock. */
export type FakeServices = {
  [K in keyof WorkbookServices]: jest.Mock<
    ReturnType<WorkbookServices[K]>,
    Parameters<WorkbookServices[K]>
  >;
};

/** A workbook holding only the sheet that was read, which the user made. */
export function userSheetOnly(read: SheetRead = sampleRead): SheetTargets {
  return {
    sheets: [{ id: '{00000000-0001}', name: read.grid.sheet, generated: false, group: null }],
  };
}

/** The rows of the selection the sheet was read with. */
export function selectedRows(read: SheetRead = sampleRead): SelectedRows {
  const rows = new Set<number>();
  for (const area of parseAddressList(read.selection) ?? []) {
    for (let row = area.top; row <= area.bottom; row++) rows.add(row);
  }
  return { sheet: read.grid.sheet, rows: [...rows].sort((a, b) => a - b) };
}

/** An undo record standing for what the adapter would keep: tests compare it by identity. */
export function fakeUndo(plan: EditPlan): EditUndo {
  return {
    version: 1,
    kind: plan.kind,
    sheetId: '{00000000-0001}',
    sheet: plan.sheet,
    area: plan.area,
    before: { cells: [], numberFormats: [], merges: [], mergeFormats: [] },
    after: { values: [], numberFormats: [] },
  };
}

/**
 * Services that answer at once — the sample sheet, no saved report date, every write done, an
 * Excel that can write sheets — unless a method is given; each is a jest mock to assert on.
 */
export function fakeServices(
  methods: Partial<WorkbookServices> = {},
  read: SheetRead = sampleRead,
): FakeServices {
  return {
    read: jest.fn(methods.read ?? (() => Promise.resolve(read))),
    selectCell: jest.fn(methods.selectCell ?? (() => Promise.resolve())),
    applyHighlights: jest.fn(methods.applyHighlights ?? (() => Promise.resolve(undefined))),
    clearHighlights: jest.fn(methods.clearHighlights ?? (() => Promise.resolve(undefined))),
    loadReportDate: jest.fn(methods.loadReportDate ?? (() => Promise.resolve(null))),
    saveReportDate: jest.fn(methods.saveReportDate ?? (() => Promise.resolve())),
    listSheets: jest.fn(methods.listSheets ?? (() => Promise.resolve([read.grid.sheet]))),
    readSheet: jest.fn(methods.readSheet ?? (() => Promise.resolve(read.grid))),
    canWriteSheets: jest.fn(methods.canWriteSheets ?? (() => true)),
    readSheetTargets: jest.fn(
      methods.readSheetTargets ?? (() => Promise.resolve(userSheetOnly(read))),
    ),
    writeSummary: jest.fn(
      methods.writeSummary ??
        ((specs) => Promise.resolve({ ...planSheetWrite(specs, userSheetOnly(read)), syncs: 3 })),
    ),
    writeSheets: jest.fn(
      methods.writeSheets ??
        ((specs, { group }) =>
          Promise.resolve({ ...planSheetWrite(specs, userSheetOnly(read), group), syncs: 3 })),
    ),
    canEditInPlace: jest.fn(methods.canEditInPlace ?? (() => true)),
    readSelectionRows: jest.fn(
      methods.readSelectionRows ?? (() => Promise.resolve(selectedRows(read))),
    ),
    applyEdits: jest.fn(methods.applyEdits ?? ((plan) => Promise.resolve(fakeUndo(plan)))),
    undoEdits: jest.fn(
      methods.undoEdits ?? (() => Promise.resolve({ changedSince: 0, restored: true })),
    ),
  };
}
