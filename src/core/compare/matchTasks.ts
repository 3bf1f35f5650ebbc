import type { AgencyRef } from '../parse/agencySchema';
import type { Task, TaskTable } from '../table/model';
import { foldForMatch } from '../text/normalizeText';
import { taskKey } from '../rules/taskKey';

/**
 * Two task texts this alike (Dice coefficient over their words, counted with repeats) are the
 * same task edited a little: one word changed in a ten-word text is 0.9, in a five-word text 0.8.
 */
export const MIN_TASK_SIMILARITY = 0.85;

/** One task found in both tables: indexes into `a.tasks` and `b.tasks`; 1 for the same key. */
export type TaskPair = { a: number; b: number; similarity: number };

/** The pairs (in `b` order), and the tasks of each side left without a partner (in order). */
export type TaskMatching = { pairs: TaskPair[]; onlyA: number[]; onlyB: number[] };

type Words = { key: string; words: string[]; numbers: string };

/**
 * The same tasks in two tables, one to one: first the rows with the same `taskKey` (the key of
 * `duplicate-task`), then rows whose words are at least `MIN_TASK_SIMILARITY` alike and name the
 * same numbers ("Nghị quyết 50" is not "Nghị quyết 175"). Among equal candidates, rows whose
 * leads share an agency, then rows in the same order, pair first. Texts too short for a key
 * (fewer than five words) are never paired.
 *
 * Candidates are found through the words they share (an index of words to rows), so two tables
 * of many short distinct tasks are not compared row by row.
 */
export function matchTasks(a: TaskTable, b: TaskTable): TaskMatching {
  const wordsA = a.tasks.map((task) => toWords(task.task));
  const wordsB = b.tasks.map((task) => toWords(task.task));
  const candidates: TaskPair[] = [];

  const byWord = new Map<string, number[]>();
  wordsA.forEach((entry, index) => {
    if (entry === null) return;
    for (const word of new Set(entry.words)) {
      const rows = byWord.get(word);
      if (rows === undefined) byWord.set(word, [index]);
      else rows.push(index);
    }
  });

  wordsB.forEach((entry, indexB) => {
    if (entry === null) return;
    const shared = new Map<number, number>();
    for (const word of new Set(entry.words)) {
      for (const indexA of byWord.get(word) ?? []) {
        shared.set(indexA, (shared.get(indexA) ?? 0) + 1);
      }
    }
    for (const [indexA, distinctShared] of shared) {
      const other = wordsA[indexA];
      if (other === undefined || other === null) continue;
      // Cheap bound before counting repeats: the distinct words shared cannot reach the threshold.
      const bound =
        (2 * Math.min(other.words.length, entry.words.length)) /
        (other.words.length + entry.words.length);
      if (bound < MIN_TASK_SIMILARITY || distinctShared === 0) continue;
      const similarity = other.key === entry.key ? 1 : dice(other.words, entry.words);
      if (similarity < MIN_TASK_SIMILARITY) continue;
      if (similarity < 1 && other.numbers !== entry.numbers) continue;
      candidates.push({ a: indexA, b: indexB, similarity });
    }
  });

  candidates.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      leadBonus(b.tasks[y.b], a.tasks[y.a]) - leadBonus(b.tasks[x.b], a.tasks[x.a]) ||
      Math.abs(x.a - x.b) - Math.abs(y.a - y.b) ||
      x.b - y.b ||
      x.a - y.a,
  );
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const pairs: TaskPair[] = [];
  for (const candidate of candidates) {
    if (takenA.has(candidate.a) || takenB.has(candidate.b)) continue;
    takenA.add(candidate.a);
    takenB.add(candidate.b);
    pairs.push(candidate);
  }
  pairs.sort((x, y) => x.b - y.b);
  return {
    pairs,
    onlyA: a.tasks.flatMap((_, index) => (takenA.has(index) ? [] : [index])),
    onlyB: b.tasks.flatMap((_, index) => (takenB.has(index) ? [] : [index])),
  };
}

function toWords(text: string): Words | null {
  const key = taskKey(text);
  if (key === null) return null;
  const words = key.split(' ');
  const numbers = words
    .filter((word) => /^\d+$/.test(word))
    .sort()
    .join(' ');
  return { key, words, numbers };
}

/** 2·|A ∩ B| / (|A| + |B|) over the words, repeats counted. */
function dice(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

function agencyKey(ref: AgencyRef): string {
  return ref.id ?? `?${foldForMatch(ref.name)}`;
}

/** 1 when both rows name their leads and share one, so the same words for two owners pair right. */
function leadBonus(x: Task | undefined, y: Task | undefined): number {
  if (x === undefined || y === undefined) return 0;
  const keys = new Set(x.lead.map(agencyKey));
  return y.lead.some((ref) => keys.has(agencyKey(ref))) ? 1 : 0;
}
