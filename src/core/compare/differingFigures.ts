import type { FigureLike } from './figures';
import { figuresOf } from './figures';

/** A quantity two texts state with different values: `figure` from the first, `other` the second. */
export type FigureDifference = { figure: FigureLike; other: FigureLike };

/** Values closer than this are the same value written twice (41,74 and 41.74 read alike). */
const SAME_VALUE = 1e-9;

/**
 * The quantities both texts state (same `key`: noun phrase and polarity) with different values.
 * A quantity a text states several times ("14 bộ, ngành …, trong đó 07 bộ, ngành …") is paired
 * in order when both texts state it as many times, and left alone otherwise: which one changed
 * cannot be told.
 */
export function differingFigures(
  text: string | null,
  otherText: string | null,
): FigureDifference[] {
  if (text === null || otherText === null) return [];
  return differingFigureLists(figuresOf(text), figuresOf(otherText));
}

/** `differingFigures` on figures already read (callers that compare one text many times). */
export function differingFigureLists(
  figuresA: readonly FigureLike[],
  figuresB: readonly FigureLike[],
): FigureDifference[] {
  const mine = byKey(figuresA);
  const theirs = byKey(figuresB);
  const differences: FigureDifference[] = [];
  for (const [key, figures] of mine) {
    const others = theirs.get(key);
    if (others?.length !== figures.length) continue;
    figures.forEach((figure, index) => {
      const other = others[index];
      if (other !== undefined && Math.abs(figure.value - other.value) > SAME_VALUE) {
        differences.push({ figure, other });
      }
    });
  }
  return differences.sort((x, y) => x.figure.start - y.figure.start);
}

function byKey(figures: readonly FigureLike[]): Map<string, FigureLike[]> {
  const out = new Map<string, FigureLike[]>();
  for (const figure of figures) {
    const list = out.get(figure.key);
    if (list === undefined) out.set(figure.key, [figure]);
    else list.push(figure);
  }
  return out;
}
