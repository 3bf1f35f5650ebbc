import { foldForMatch } from '../text/normalizeText';

/** The comparison form of a header cell: folded, punctuation as spaces, "&" kept. */
export function headerKey(text: string): string {
  return foldForMatch(text)
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}
