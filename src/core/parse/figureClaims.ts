/**
 * What the rules check among a cell's figures: a fraction and its percentage ("535/1.086 (đạt
 * 49,26%)", "đạt 42,2% (724/1.714)"), a share without its whole ("551 … (chiếm 41,74%)"), and a
 * total followed by its parts ("72 nhiệm vụ, trong đó 54 …, 18 …").
 */
import { foldPhrase } from '../text/fuzzy';
import type { Figure, FigureText } from './findFigures';
import { isPercent } from './findFigures';

/** A fraction and the percentage stated for it. */
export type RatioClaim = { fraction: Figure; percent: Figure };

/** "N … (chiếm P%)": a count and the share stated for it, whose whole is elsewhere. */
export type ShareClaim = { count: Figure; percent: Figure };

/** A stated total and its stated parts. */
export type TotalClaim = { total: Figure; parts: Figure[] };

/** At most this many characters between a fraction and its percentage. */
const RATIO_GAP = 80;

/** The fraction–percentage and count–share pairs of a cell. */
export function findRatioClaims(text: FigureText): { ratios: RatioClaim[]; shares: ShareClaim[] } {
  const ratios: RatioClaim[] = [];
  const shares: ShareClaim[] = [];
  const { figures, source } = text;
  figures.forEach((percent, index) => {
    if (!isPercent(percent) || percent.qualifier !== null) return;
    const previous = figures[index - 1];
    const next = figures[index + 1];
    // "đạt 42,2% (724/1.714)"
    if (next?.kind === 'fraction' && /^\s*\(\s*$/.test(source.slice(percent.end, next.start))) {
      ratios.push({ fraction: next, percent });
      return;
    }
    if (previous === undefined || previous.qualifier !== null) return;
    const gap = source.slice(previous.end, percent.start);
    if (gap.length > RATIO_GAP || /\. |[\n;]/.test(gap)) return;
    if (previous.kind === 'fraction') ratios.push({ fraction: previous, percent });
    else if (percent.kind === 'share' && !isPercent(previous))
      shares.push({ count: previous, percent });
  });
  return { ratios, shares };
}

/**
 * Whether `stated` % (written with `decimals` digits after the comma) is `part` / `whole`:
 * rounded or truncated to those digits ("98,73%" and "98,74%" for 98,7350; "50%" for 50,4).
 */
export function ratioAgrees(
  part: number,
  whole: number,
  stated: number,
  decimals: number,
): boolean {
  if (whole <= 0) return true;
  const scale = 10 ** decimals;
  const exact = (part * 100 * scale) / whole;
  const target = Math.round(stated * scale);
  const epsilon = 1e-9 * Math.max(1, exact);
  return Math.floor(exact + epsilon) === target || Math.round(exact) === target;
}

/** part / whole in percent, to four decimals. */
export function percentOf(part: number, whole: number): number {
  return Math.round((part / whole) * 100 * 10000) / 10000;
}

const MARKER =
  /^[\s,:]*(?:\([^()]*\)[\s,:]*)?(\()?\s*(trong đó|trong do|bao gồm|bao gom|gồm|gom|chia ra|cụ thể|cu the)(?![\p{L}\p{N}])/iu;

/**
 * Totals followed by their parts: a count, then "trong đó", "gồm", "bao gồm", "chia ra" or "cụ
 * thể", then two or more counts of the same noun before the sentence (or the parenthesis the
 * marker opens) ends. Counts in nested parentheses and counts of other nouns ("tại 3 huyện") are
 * not parts; one sub-count is not a partition.
 */
export function findTotalClaims(text: FigureText): TotalClaim[] {
  const { figures, source } = text;
  const claims: TotalClaim[] = [];
  for (const total of figures) {
    if (!isCount(total) || total.qualifier !== null || total.noun === '') continue;
    const nounEnd = total.start + total.text.length;
    const marker = MARKER.exec(source.slice(nounEnd));
    if (marker === null) continue;
    const from = nounEnd + marker[0].length;
    const to = scopeEnd(source, from, marker[1] !== undefined);
    const parts = figures.filter(
      (part) =>
        part.start >= from &&
        part.end <= to &&
        isCount(part) &&
        depth(source, from, part.start) === 0 &&
        sameNoun(part.noun, total.noun),
    );
    if (parts.length < 2 || parts.some((part) => part.qualifier !== null)) continue;
    claims.push({ total, parts });
  }
  return claims;
}

/** The sum of a claim's parts, free of floating-point dust ("5,736 tỷ" + "120 triệu"). */
export function sumOf(parts: readonly Figure[]): number {
  return Math.round(parts.reduce((sum, part) => sum + part.value, 0) * 1e6) / 1e6;
}

function isCount(figure: Figure): boolean {
  return !isPercent(figure) && figure.kind !== 'fraction';
}

function sameNoun(a: string, b: string): boolean {
  const x = foldPhrase(a);
  const y = foldPhrase(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** Where the parts end: the closing parenthesis the marker opened, else the end of the sentence. */
function scopeEnd(source: string, from: number, inParenthesis: boolean): number {
  let level = 0;
  for (let index = from; index < source.length; index += 1) {
    const char = source[index];
    if (char === '(') level += 1;
    if (char === ')') {
      if (level === 0 && inParenthesis) return index;
      level = Math.max(0, level - 1);
    }
    if (!inParenthesis && level === 0 && char === '.' && (source[index + 1] ?? ' ') === ' ')
      return index;
  }
  return source.length;
}

function depth(source: string, from: number, to: number): number {
  let level = 0;
  for (let index = from; index < to; index += 1) {
    if (source[index] === '(') level += 1;
    else if (source[index] === ')') level = Math.max(0, level - 1);
  }
  return level;
}
