import type { Rule, RuleId } from './ruleTypes';
import { headerNotFound } from './header-not-found';
import { missingValue } from './missing-value';
import { sttSequence } from './stt-sequence';
import { duplicateTask } from './duplicate-task';
import { statusConflict } from './status-conflict';
import { statusUnknown } from './status-unknown';
import { deadlineMissing } from './deadline-missing';
import { deadlineUnparsed } from './deadline-unparsed';
import { deadlineOverdue } from './deadline-overdue';
import { deadlineDueSoon } from './deadline-due-soon';
import { invalidDate } from './invalid-date';
import { deadlineTextMismatch } from './deadline-text-mismatch';
import { deadlineBeforeDirective } from './deadline-before-directive';
import { agencyUnknown } from './agency-unknown';
import { countListMismatch } from './count-list-mismatch';
import { listDuplicateItem } from './list-duplicate-item';
import { ratioMismatch } from './ratio-mismatch';
import { partExceedsWhole } from './part-exceeds-whole';
import { groupCountMismatch } from './group-count-mismatch';
import { totalMismatch } from './total-mismatch';
import { figureConflict } from './figure-conflict';

/**
 * The registry: every rule, by id, in the order findings are listed. The compiler checks it
 * covers every id of `ruleIdSchema`; meta-tests check each rule has its file, a test and
 * messages in every locale.
 */
export const rules = {
  'header-not-found': headerNotFound,
  'deadline-overdue': deadlineOverdue,
  'deadline-due-soon': deadlineDueSoon,
  'invalid-date': invalidDate,
  'deadline-text-mismatch': deadlineTextMismatch,
  'deadline-before-directive': deadlineBeforeDirective,
  'deadline-missing': deadlineMissing,
  'deadline-unparsed': deadlineUnparsed,
  'count-list-mismatch': countListMismatch,
  'group-count-mismatch': groupCountMismatch,
  'ratio-mismatch': ratioMismatch,
  'part-exceeds-whole': partExceedsWhole,
  'figure-conflict': figureConflict,
  'total-mismatch': totalMismatch,
  'list-duplicate-item': listDuplicateItem,
  'status-conflict': statusConflict,
  'duplicate-task': duplicateTask,
  'status-unknown': statusUnknown,
  'missing-value': missingValue,
  'stt-sequence': sttSequence,
  'agency-unknown': agencyUnknown,
} satisfies Record<RuleId, Rule>;

/** The rules in registry order. */
export const allRules: readonly Rule[] = Object.values(rules);
