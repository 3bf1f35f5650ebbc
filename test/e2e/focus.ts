import type { Page } from 'playwright-core';

/**
 * One Tab stop: what the element says, and its focus indicators as the computed styles show them
 * while it has the focus and once the focus has moved on ("" when none is drawn).
 */
export type FocusStop = { label: string; tag: string; focused: string; unfocused: string };

/** The focus is visible at a stop when something is drawn there that goes away with the focus. */
export function isFocusShown(stop: FocusStop): boolean {
  return stop.focused !== '' && stop.focused !== stop.unfocused;
}

type Probe = { label: string; tag: string; drawn: string };

/** Marks the elements already visited, to look at them again once they lost the focus. */
const MARK = 'data-e2e-stop';
let marks = 0;

/**
 * Reads what is drawn around an element that could show focus: an outline or box-shadow on it, and
 * the bordered or painted ::before/::after on it and its two nearest ancestors. Fluent UI draws
 * its rings on ::after (createFocusOutlineStyle) and the underline of its inputs on the wrapper
 * around the native element, so the element's own outline is not enough. The element is the
 * focused one, then marked `mark`; or the one marked `find` earlier.
 */
async function probe(page: Page, target: { mark: string } | { find: string }): Promise<Probe> {
  const args = { attribute: MARK, mark: null, find: null, ...target };
  return await page.evaluate(({ attribute, mark, find }): Probe => {
    const element =
      find === null ? document.activeElement : document.querySelector(`[${attribute}="${find}"]`);
    if (!element) return { label: '(gone)', tag: '', drawn: '' };
    if (element === document.body) return { label: '(body)', tag: 'body', drawn: '' };
    if (mark !== null) element.setAttribute(attribute, mark);

    const isTransparent = (color: string) =>
      color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    // Scaled to nothing (Fluent's input underline before focus): not drawn.
    const isFlattened = (transform: string) => {
      const matrix = /^matrix\(([^,]+),[^,]+,[^,]+,([^,]+),/.exec(transform);
      return matrix !== null && (Number(matrix[1]) === 0 || Number(matrix[2]) === 0);
    };
    const own = (style: CSSStyleDeclaration): string[] => [
      ...(style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      !isTransparent(style.outlineColor)
        ? [`outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`]
        : []),
      ...(style.boxShadow !== 'none' && style.boxShadow !== ''
        ? [`box-shadow ${style.boxShadow}`]
        : []),
    ];
    const pseudo = (holder: Element, which: '::before' | '::after'): string[] => {
      const style = getComputedStyle(holder, which);
      if (style.content === 'none' || style.content === 'normal') return [];
      if (isFlattened(style.transform)) return [];
      const borders = ['top', 'right', 'bottom', 'left']
        .map((side) => ({
          side,
          width: parseFloat(style.getPropertyValue(`border-${side}-width`)),
          kind: style.getPropertyValue(`border-${side}-style`),
          color: style.getPropertyValue(`border-${side}-color`),
        }))
        .filter(({ width, kind, color }) => width > 0 && kind !== 'none' && !isTransparent(color))
        .map(
          ({ side, width, kind, color }) => `${which} border-${side} ${kind} ${width}px ${color}`,
        );
      // Fluent's Select and Input underline: a gradient on ::after.
      const paint =
        style.backgroundImage !== 'none'
          ? [`${which} background ${style.backgroundImage}`]
          : isTransparent(style.backgroundColor)
            ? []
            : [`${which} background ${style.backgroundColor}`];
      return [...borders, ...paint, ...own(style)];
    };

    const drawn = own(getComputedStyle(element));
    let holder: Element | null = element;
    for (let depth = 0; holder !== null && depth < 3; depth += 1) {
      const up = depth === 0 ? '' : ` (${String(depth)} up)`;
      drawn.push(
        ...[...pseudo(holder, '::before'), ...pseudo(holder, '::after')].map((d) => d + up),
      );
      holder = holder.parentElement;
    }
    // Form controls by their label (a select's text is all its options).
    const control =
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
        ? element
        : null;
    const text = element.getAttribute('aria-label') ?? control?.labels?.[0] ?? element;
    const label = (typeof text === 'string' ? text : text.textContent)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80);
    return { label, tag: element.tagName.toLowerCase(), drawn: drawn.join('; ') };
  }, args);
}

/** The focused element once its ring had time to appear (Fluent's underline grows in). */
async function probeFocused(page: Page, mark: string): Promise<Probe> {
  let seen = await probe(page, { mark });
  for (let tries = 0; seen.drawn === '' && tries < 5; tries += 1) {
    await page.waitForTimeout(100);
    seen = await probe(page, { mark });
  }
  return seen;
}

/** The element marked `mark` once its focus ring had time to go (the underline shrinks back). */
async function probeUnfocused(page: Page, mark: string, focused: string): Promise<string> {
  let drawn = (await probe(page, { find: mark })).drawn;
  for (let tries = 0; drawn !== '' && drawn === focused && tries < 5; tries += 1) {
    await page.waitForTimeout(100);
    drawn = (await probe(page, { find: mark })).drawn;
  }
  return drawn;
}

/** Whether the focused element carries `mark`: Tab moved inside it (a date field's parts). */
async function isStillOn(page: Page, mark: string): Promise<boolean> {
  return await page.evaluate(
    ({ attribute, value }) => document.activeElement?.getAttribute(attribute) === value,
    { attribute: MARK, value: mark },
  );
}

/**
 * Presses Tab until the focused element satisfies `wanted`, at most `limit` times, and returns
 * every stop on the way, the wanted one last, each seen with and without the focus. The wanted
 * element has the focus again when this returns.
 */
export async function tabTo(
  page: Page,
  wanted: (stop: { label: string; tag: string }) => boolean,
  limit = 80,
): Promise<FocusStop[]> {
  const stops: (FocusStop & { mark: string })[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const previous = stops.at(-1);
    if (previous && (await isStillOn(page, previous.mark))) continue;
    marks += 1;
    const mark = String(marks);
    const seen = await probeFocused(page, mark);
    if (previous) previous.unfocused = await probeUnfocused(page, previous.mark, previous.focused);
    const stop = { label: seen.label, tag: seen.tag, focused: seen.drawn, unfocused: '', mark };
    stops.push(stop);
    if (!wanted(seen)) continue;

    // The wanted one without the focus too: one stop on, then back.
    await page.keyboard.press('Tab');
    stop.unfocused = await probeUnfocused(page, mark, stop.focused);
    await page.keyboard.press('Shift+Tab');
    if (!(await isStillOn(page, mark)))
      throw new Error(`Shift+Tab did not return to “${stop.label}”`);
    return stops.map(({ mark: _, ...kept }) => kept);
  }
  throw new Error(
    `not reached with ${String(limit)} Tabs; the stops were:\n${stops.map((stop) => `  ${stop.tag} “${stop.label}”`).join('\n')}`,
  );
}
