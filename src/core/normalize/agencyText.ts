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
  return ref.note.startsWith('(') ? `${ref.name} ${ref.note}` : `${ref.name} (${ref.note})`;
}
