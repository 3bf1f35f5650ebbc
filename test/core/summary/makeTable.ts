import type { AgencyRef } from '../../../src/core/parse/agencySchema';
import type { Deadline, IsoDate } from '../../../src/core/parse/deadlineSchema';
import type { Status } from '../../../src/core/parse/statusSchema';
import type { Task, TaskTable } from '../../../src/core/table/model';
import { findAgencyById } from '../../../src/core/parse/agencyRegistry';
import { checkGrid } from '../../../src/core/check/checkGrid';
import { WORKBOOKS, loadWorkbook } from '../../helpers/fixtures';

/** A registry agency as the parser refers to it. */
export function agency(id: string): AgencyRef {
  const entry = findAgencyById(id);
  if (entry === undefined) throw new Error(`no agency ${id} in the registry`);
  return { id: entry.id, name: entry.name, written: entry.name, kind: entry.kind };
}

/** An agency the registry does not know, kept as written. */
export function writtenAgency(name: string): AgencyRef {
  return { id: null, name, written: name, kind: null };
}

/** A dated deadline; its text is the date as a report writes it unless told. */
export function dated(
  due: IsoDate,
  extra: Partial<Omit<Extract<Deadline, { kind: 'date' }>, 'kind' | 'due'>> = {},
): Deadline {
  return { kind: 'date', due, precision: 'day', text: due, recurring: false, flags: [], ...extra };
}

export type TaskFields = Partial<Omit<Task, 'status'>> & { status?: Status };

let nextRow = 10;

/**
 * A task written by hand, so the summary is tested apart from the parsers. Texts default to what
 * a reader would find; `deadlineText` follows the deadline unless given.
 */
export function taskOf(fields: TaskFields = {}): Task {
  const row = fields.row ?? nextRow++;
  const deadline = fields.deadline ?? { kind: 'none', text: '' };
  const { status = 'NOT_DONE', ...rest } = fields;
  return {
    row,
    lastRow: row,
    stt: null,
    section: null,
    group: null,
    task: `Nhiệm vụ dòng ${row}`,
    directive: null,
    leadText: (fields.lead ?? []).map((ref) => ref.written).join(', ') || null,
    partnersText: null,
    deadlineText: deadline.kind === 'none' ? null : deadline.text,
    result: null,
    statusText: null,
    note: null,
    lead: [],
    partners: [],
    deadline,
    status: { status, phrase: '', flags: [] },
    cells: {},
    extra: [],
    ...rest,
  };
}

/** A table holding these tasks, as readTaskTable would return it. */
export function tableOf(tasks: readonly Task[], sheet = 'Nhiệm vụ'): TaskTable {
  return {
    sheet,
    range: 'A1:F100',
    headerRow: 1,
    headerRows: 1,
    columns: { stt: 'A', task: 'B', directive: 'C', lead: 'D', deadline: 'E', result: 'F' },
    headers: {},
    sections: [],
    groups: [],
    tasks: [...tasks],
    titles: [],
  };
}

export type FixtureTable = (typeof WORKBOOKS)[number] & { table: TaskTable };

/** Each fixture workbook's first table, read as of its report date (what `da06 check` reads). */
export async function fixtureTables(): Promise<FixtureTable[]> {
  return await Promise.all(
    WORKBOOKS.map(async (workbook) => {
      const [grid] = await loadWorkbook(workbook.file);
      if (grid === undefined) throw new Error(`${workbook.file} has no sheet`);
      const { table } = checkGrid(grid, { asOf: workbook.reportDate });
      if (table === null) throw new Error(`no table in ${workbook.file}`);
      return { ...workbook, table };
    }),
  );
}
