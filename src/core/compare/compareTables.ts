import type { IsoDate } from '../parse/deadlineSchema';
import type { Finding } from '../rules/ruleTypes';
import { taskCell } from '../rules/taskCell';
import type { TaskTable } from '../table/model';
import { findReportDate } from '../table/findReportDate';
import { differingFigures } from './differingFigures';
import { matchTasks } from './matchTasks';

/** Where the two tables come from; dates default to the report date each table's title names. */
export type CompareOptions = {
  oldDate?: IsoDate | null;
  newDate?: IsoDate | null;
  /** The file names shown in findings (null: not known). */
  oldFile?: string | null;
  newFile?: string | null;
  /** @default the table's sheet */
  oldSheet?: string;
  /** @default the table's sheet */
  newSheet?: string;
};

/** Whether two tables report on one date (figures must agree) or on two (figures may change). */
export type Periods = 'same' | 'different';

/**
 * Two report dates decide: equal dates are one period, different dates two. When either date is
 * unknown, two files are taken as two editions (two periods: a register and a later report) and
 * two sheets of one file as one report (one period).
 */
export function periodsOf(
  options: CompareOptions,
  oldTable: TaskTable,
  newTable: TaskTable,
): Periods {
  const oldDate = options.oldDate ?? findReportDate(oldTable.titles);
  const newDate = options.newDate ?? findReportDate(newTable.titles);
  if (oldDate !== null && newDate !== null) return oldDate === newDate ? 'same' : 'different';
  return (options.oldFile ?? null) === (options.newFile ?? null) ? 'same' : 'different';
}

/**
 * The figures of the same task that differ between an older and a newer table, as findings on the
 * newer table's result cells (rule `figure-conflict`). In two periods a difference is a change
 * (`figure_change`, a warning, with both dates and new − old); in one period it is a
 * contradiction (`figure_conflict`, an error). Tasks are paired by `matchTasks`; quantities by
 * noun phrase and polarity (`differingFigures`).
 */
export function compareTables(
  oldTable: TaskTable,
  newTable: TaskTable,
  options: CompareOptions = {},
): Finding[] {
  const oldDate = options.oldDate ?? findReportDate(oldTable.titles);
  const newDate = options.newDate ?? findReportDate(newTable.titles);
  const periods = periodsOf(options, oldTable, newTable);
  const oldSheet = options.oldSheet ?? oldTable.sheet;
  const newSheet = options.newSheet ?? newTable.sheet;
  const otherFile = options.oldFile ?? null;
  const findings: Finding[] = [];
  for (const pair of matchTasks(oldTable, newTable).pairs) {
    const oldTask = oldTable.tasks[pair.a];
    const newTask = newTable.tasks[pair.b];
    if (oldTask === undefined || newTask === undefined) continue;
    const cell = taskCell(newTable, newTask, 'result');
    const otherCell = taskCell(oldTable, oldTask, 'result');
    if (cell === null || otherCell === null) continue;
    for (const { figure, other } of differingFigures(newTask.result, oldTask.result)) {
      const where = { otherCell, otherSheet: oldSheet, otherFile };
      findings.push(
        periods === 'same'
          ? {
              rule: 'figure-conflict',
              severity: 'error',
              sheet: newSheet,
              code: 'figure_conflict',
              cell,
              params: { noun: figure.noun, value: figure.value, otherValue: other.value, ...where },
            }
          : {
              rule: 'figure-conflict',
              severity: 'warning',
              sheet: newSheet,
              code: 'figure_change',
              cell,
              params: {
                noun: figure.noun,
                value: figure.value,
                date: newDate,
                otherValue: other.value,
                otherDate: oldDate,
                difference: roundDifference(figure.value - other.value),
                ...where,
              },
            },
      );
    }
  }
  return findings;
}

/** 41,74 − 41,7 is 0,04, not 0,040000000000006253. */
function roundDifference(difference: number): number {
  return Math.round(difference * 1e6) / 1e6;
}
