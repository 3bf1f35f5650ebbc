import type { AgencyRef } from '../parse/agencySchema';

/**
 * The agencies of a cell by their canonical names, "; " apart (a registered name may hold
 * commas: "Các bộ, ngành, địa phương"). Unknown names stay as written; the words a cell adds
 * to a name stay with it in brackets ("Bộ Công an (C06)"), so two units of one body remain two.
 */
export function agencyListText(refs: readonly AgencyRef[]): string {
  return refs.map(agencyName).join('; ');
}

function agencyName(ref: AgencyRef): string {
  if (ref.note === undefined || ref.note === '') return ref.name;
  return isOneBracket(ref.note) ? `${ref.name} ${ref.note}` : `${ref.name} (${ref.note})`;
}

/**
 * "(C06)", "((05 nhiệm vụ) x)", "(" left open: a note that is its own bracket. A note
 * "(05 nhiệm vụ) x", its bracket closed before its end, written bare after the name reads back
 * without its " x" (parseAgencies keeps the bracket only), so it is bracketed whole.
 */
function isOneBracket(note: string): boolean {
  if (!note.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < note.length; i++) {
    if (note[i] === '(') depth++;
    else if (note[i] === ')') depth--;
    if (depth === 0) return i === note.length - 1;
  }
  return true;
}
