/** What an STT says: a row number, a sub-item mark under one, or something else. */
export type SttKind = { kind: 'number'; value: number } | { kind: 'sub-item' } | { kind: 'other' };

/** "1.2", "1a", "a", "ii", "-", "+": a sub-item of the numbered task above it. */
const SUB_ITEM = /^(?:\d+(?:\.\d+)+|\d+[a-zđ]|[a-zđ]|[ivx]{2,4}|[-–—+•*·]+)[.)]?$/u;

/**
 * Reads a task's STT as the reader kept it ("1." is already "1"): "1", "01", "(1)" are row
 * numbers; sub-item marks sit under a row number and are not part of the sequence.
 */
export function sttKind(stt: string): SttKind {
  const text = stt.trim();
  const number = /^\(?(\d{1,6})\)?$/.exec(text);
  if (number?.[1] !== undefined && text.startsWith('(') === text.endsWith(')')) {
    return { kind: 'number', value: Number(number[1]) };
  }
  if (SUB_ITEM.test(text.toLowerCase())) return { kind: 'sub-item' };
  return { kind: 'other' };
}
