import type { Task, TaskTable } from '../table/model';
import { foldForMatch } from '../text/normalizeText';
import { isAgencyList, isListOfBodies, readStatusMentions } from './readStatusMentions';
import type { StatusMention, StatusSide } from './readStatusMentions';
import type { RuleContext, Rule } from './ruleTypes';
import { analysisOf } from './tableAnalysis';
import { statusCell, taskCell } from './taskCell';

/**
 * Results that contradict each other.
 *
 * - Twins (the rows `duplicate-task` reports) whose statuses disagree: done or mostly done on one,
 *   not done or in progress on the other ("Còn 551 thủ tục hành chính chưa được thực thi" against
 *   "Đã hoàn thành"). Each side is reported once, against the first twin it contradicts.
 * - One result that states two statuses of the whole task: "Đã hoàn thành. … Chưa hoàn thành."
 *   Its first clause must state one, and a later clause the other.
 *
 * Left alone: unknown, unreported and recurring statuses, "thường xuyên" included (the work goes
 * on; nothing to contradict); partial progress ("Đã hoàn thành 25/25 DVC; còn 08/10 chưa triển
 * khai"); a status with a note of progress ("Chưa hoàn thành - Đã có tờ trình …"); the states of
 * several bodies ("Bộ A đã hoàn thành; Bộ B chưa hoàn thành", "Đã hoàn thành: Bộ A … Chưa hoàn
 * thành: Bộ B"); a phrase about a part ("Chưa hoàn thành việc …", "Hoàn thành trước 30/6"); in one
 * result, "Đã cơ bản hoàn thành" with "chưa hoàn thành" (mostly done is not entirely done).
 * Precision first: a contradiction is reported only when both statements are about the whole
 * task.
 */
export const statusConflict: Rule = {
  id: 'status-conflict',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    for (const group of analysisOf(input, table, ctx).twins()) checkTwins(table, group, ctx);
    for (const task of table.tasks) checkSelf(table, task, ctx);
  },
};

/**
 * Done against not done or in progress. "Thực hiện thường xuyên" on a dated task reads as in
 * progress, but says the work goes on: it does not contradict "Đã hoàn thành".
 */
function sideOf(task: Task): StatusSide | null {
  if (foldForMatch(task.status.phrase).includes('thuong xuyen')) return null;
  switch (task.status.status) {
    case 'DONE':
    case 'MOSTLY_DONE':
      return 'done';
    case 'NOT_DONE':
    case 'IN_PROGRESS':
      return 'not-done';
    case 'RECURRING':
    case 'UNKNOWN':
    case 'NOT_REPORTED':
      return null;
  }
}

function checkTwins(table: TaskTable, group: readonly number[], ctx: RuleContext): void {
  const tasks = group.flatMap((index) => table.tasks[index] ?? []);
  const firstOn = (side: StatusSide): Task | undefined =>
    tasks.find((task) => sideOf(task) === side);
  const firstDone = firstOn('done');
  const firstNotDone = firstOn('not-done');
  if (firstDone === undefined || firstNotDone === undefined) return;
  for (const task of tasks) {
    const side = sideOf(task);
    if (side === null) continue;
    const other = side === 'done' ? firstNotDone : firstDone;
    const cell = statusCell(table, task);
    const otherCell = statusCell(table, other);
    if (cell === null || otherCell === null) continue;
    ctx.report({
      code: 'status_conflict',
      cell,
      params: { status: task.status.status, otherStatus: other.status.status, otherCell },
    });
  }
}

function checkSelf(table: TaskTable, task: Task, ctx: RuleContext): void {
  const sources = [
    { text: task.result, cell: taskCell(table, task, 'result') },
    { text: task.statusText, cell: taskCell(table, task, 'status') },
  ];
  for (const { text, cell } of sources) {
    if (text === null || cell === null) continue;
    const conflict = findSelfConflict(text);
    if (conflict === null) continue;
    const [first, second] = conflict;
    ctx.report({
      code: 'status_self_conflict',
      cell,
      params: {
        first: first.status,
        second: second.status,
        firstPhrase: first.phrase,
        secondPhrase: second.phrase,
      },
    });
  }
}

/**
 * The lead clause states a status of the whole task, and a later clause states the opposite one,
 * neither heading a list of bodies.
 */
function findSelfConflict(text: string): [StatusMention, StatusMention] | null {
  // Most cells state one status: skip the clause reading unless both sides are worded.
  const folded = foldForMatch(text);
  if (!/hoan (thanh|tat)|xong/.test(folded) || !/(chua|khong) /.test(folded)) return null;
  const { clauses, mentions } = readStatusMentions(text);
  const [lead, ...rest] = mentions;
  if (lead?.clause !== 0 || !isWhole(lead, clauses)) return null;
  const second = rest.find((m) => m.side !== lead.side && isWhole(m, clauses));
  return second === undefined ? null : [lead, second];
}

/** A bare status that heads nothing: no list of bodies after its comma or in the next clause. */
function isWhole(mention: StatusMention, clauses: readonly string[]): boolean {
  if (!mention.bare) return false;
  if (mention.after.startsWith(',')) {
    const tail = mention.after.slice(1).trim();
    if (/^(gom|trong do|cu the|bao gom)( |:|$)/.test(foldForMatch(tail)) || isAgencyList(tail))
      return false;
  }
  const next = clauses[mention.clause + 1];
  return next === undefined || !isListOfBodies(next);
}
