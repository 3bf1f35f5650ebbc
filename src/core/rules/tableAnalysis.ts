import { assessTask, type DeadlineAssessment } from '../deadlines/assessDeadline';
import { findDatesInText, type DateToken } from '../parse/deadlineDates';
import type { IsoDate } from '../parse/deadlineSchema';
import { figureCells, type FigureCell } from '../parse/figureCells';
import { readFigures, type FigureText } from '../parse/findFigures';
import type { Task, TaskTable } from '../table/model';
import { roleText, type TextRole } from '../table/roleText';
import { findTwins } from './findTwins';
import { findListClaims, type ListClaim } from './listClaims';
import type { RuleInput, RuleOptions } from './ruleTypes';

/**
 * What several rules read from one table, each computed at most once per check and only when a
 * rule asks: the twins (duplicate-task, figure-conflict, status-conflict), each task's deadline
 * assessment (deadline-overdue, deadline-due-soon), the lists of bodies of each text cell
 * (count-list-mismatch, list-duplicate-item) and the date tokens of each task's cells
 * (invalid-date, deadline-text-mismatch, deadline-before-directive), and the figures of each text
 * cell (ratio-mismatch, total-mismatch, part-exceeds-whole). Memos are keyed by task and
 * cell, never by text: equal texts in two rows are still read twice, so a table that repeats rows
 * costs what its size says. It lives as long as the check that made it.
 */
export type TableAnalysis = {
  readonly table: TaskTable;
  readonly asOf: IsoDate;
  /** `findTwins` of the table's tasks. */
  twins(): readonly (readonly number[])[];
  /** `assessTask` of one of the table's tasks, as of `asOf`. */
  assessment(task: Task): DeadlineAssessment;
  /** `findListClaims` of the text in one of the table's cells. */
  listClaims(cell: string, text: string): readonly ListClaim[];
  /** `findDatesInText` of a task's text in `role` ([] when empty). */
  datesIn(task: Task, role: TextRole): readonly DateToken[];
  /** The cells that may state figures (`figureCells`), each with its `readFigures`. */
  figureCells(): readonly FiguredCell[];
};

/** A text cell that may state figures, read. */
export type FiguredCell = FigureCell & { figures: FigureText };

/** A fresh analysis of `table` as of `asOf`: nothing is computed until asked for. */
export function createTableAnalysis(table: TaskTable, asOf: IsoDate): TableAnalysis {
  let twins: readonly (readonly number[])[] | undefined;
  let figured: readonly FiguredCell[] | undefined;
  const assessments = new Map<Task, DeadlineAssessment>();
  const claims = new Map<string, readonly ListClaim[]>();
  const dates = new Map<Task, Map<TextRole, readonly DateToken[]>>();
  return {
    table,
    asOf,
    twins() {
      twins ??= findTwins(table.tasks);
      return twins;
    },
    assessment(task) {
      let assessment = assessments.get(task);
      if (assessment === undefined) {
        assessment = assessTask(task, asOf);
        assessments.set(task, assessment);
      }
      return assessment;
    },
    listClaims(cell, text) {
      let found = claims.get(cell);
      if (found === undefined) {
        found = findListClaims(text);
        claims.set(cell, found);
      }
      return found;
    },
    datesIn(task, role) {
      let byRole = dates.get(task);
      if (byRole === undefined) {
        byRole = new Map();
        dates.set(task, byRole);
      }
      let tokens = byRole.get(role);
      if (tokens === undefined) {
        const text = roleText(task, role);
        tokens = text === null || text === '' ? [] : findDatesInText(text);
        byRole.set(role, tokens);
      }
      return tokens;
    },
    figureCells() {
      figured ??= figureCells(table).map((cell) => ({ ...cell, figures: readFigures(cell.text) }));
      return figured;
    },
  };
}

/**
 * The analysis a rule reads: the one the check shares when it is of this table and report date,
 * else a new one (a rule run on its own, as in its tests).
 */
export function analysisOf(
  input: RuleInput,
  table: TaskTable,
  options: RuleOptions,
): TableAnalysis {
  const shared = input.analysis;
  return shared?.table === table && shared.asOf === options.asOf
    ? shared
    : createTableAnalysis(table, options.asOf);
}
