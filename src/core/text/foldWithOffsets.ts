/** A text folded for matching, with the way back to the source. */
export type FoldedText = {
  readonly source: string;
  /** Lower case, accents dropped, đ → d, dashes and odd spaces plain; about one unit per character. */
  readonly folded: string;
  /** `offsets[i]` is where folded unit i comes from in `source`; one extra entry holds its length. */
  readonly offsets: readonly number[];
};

/**
 * The folded form of one character, as `foldForMatch` folds whole texts: lower case, accents
 * dropped, đ → d, typographic dashes → "-", spaces other than line breaks → " ".
 */
export function foldChar(char: string): string {
  // Plain ASCII is most of every text: fold it without regexes or Unicode decomposition.
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 0x80) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    return code === 32 || (code >= 9 && code <= 13 && code !== 10) ? ' ' : char;
  }
  // The other characters a register uses are few (Vietnamese letters, dashes): fold each once.
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    folded = foldSlowly(char);
    FOLDED.set(char, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();

function foldSlowly(char: string): string {
  if (char === '\n') return char;
  if (/\s/u.test(char)) return ' ';
  if (char === 'đ' || char === 'Đ' || char === 'ð') return 'd';
  if (/[\u2010-\u2015\u2212]/u.test(char)) return '-';
  return char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Folds a text character by character, keeping the source offset of every folded unit. */
export function foldWithOffsets(source: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of source) {
    const piece = foldChar(char);
    for (let k = 0; k < piece.length; k += 1) offsets.push(index);
    folded += piece;
    index += char.length;
  }
  offsets.push(source.length);
  return { source, folded, offsets };
}
