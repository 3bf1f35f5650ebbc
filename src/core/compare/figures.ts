import { figureKey, findFigures } from '../parse/findFigures';

/**
 * A quantity a result states, as comparing needs it: `key` names the quantity (`figureKey`:
 * measure, noun phrase and polarity, so "còn 558 thủ tục … chưa" and "đã 551 thủ tục" are two
 * quantities), `noun` is shown to the reader, `start`/`end` are offsets in the cleaned text.
 */
export type FigureLike = { key: string; value: number; noun: string; start: number; end: number };

/**
 * The figures of a text that can be compared: those naming what they count. Bounds ("trên 52
 * triệu", "dưới 50%", "khoảng …") are left out: a bound that moves contradicts nothing.
 */
export function figuresOf(text: string): FigureLike[] {
  return findFigures(text).flatMap((figure) => {
    const key = figureKey(figure);
    if (key === null || figure.qualifier !== null) return [];
    return [{ key, value: figure.value, noun: figure.noun, start: figure.start, end: figure.end }];
  });
}
