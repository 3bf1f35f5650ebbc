import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';

/** The part of a scroll box on screen, px from the top of its content. */
export type ScrollView = { top: number; height: number };

/** The rows of a list that are rendered (`first` to `end`, exclusive), and the space of the rest. */
export type RowRange = { first: number; end: number; before: number; after: number };

/** Row heights measured once rendered, by row key; a row never rendered takes its estimate. */
export type RowHeights = Map<string, number>;

/** A row's height before it was ever rendered. */
export type RowEstimate = (key: string) => number;

/**
 * Rows laid one after another: `tops[i]` is where row `i` starts, `tops[keys.length]` where the
 * last ends, by the measured heights and the estimate for the rest.
 */
export function layRows(
  keys: readonly string[],
  heights: ReadonlyMap<string, number>,
  estimate: RowEstimate,
): number[] {
  const tops = [0];
  let y = 0;
  for (const key of keys) {
    y += heights.get(key) ?? estimate(key);
    tops.push(y);
  }
  return tops;
}

/** The rows (`first` to `end`, exclusive) that reach into `[low, high)` px. */
export function rowsWithin(
  tops: readonly number[],
  low: number,
  high: number,
): { first: number; end: number } {
  const count = tops.length - 1;
  // The first row ending past `low`, and the first starting at or past `high`.
  const first = Math.min(
    firstIndex(count, (i) => (tops[i + 1] ?? 0) > low),
    count,
  );
  const end = Math.max(
    firstIndex(count, (i) => (tops[i] ?? 0) >= high),
    first,
  );
  return { first, end };
}

/** A scroll box whose visible part is known, and can be moved to show a row. */
export type ScrollWindow = {
  /** The scroll box; give it `onScroll` as well. */
  ref: RefObject<HTMLDivElement>;
  onScroll: () => void;
  /** What is on screen, or null when windowing is off (everything is rendered). */
  view: ScrollView | null;
  /** Scrolls the least needed to bring `[offset, offset + size)` on screen. */
  reveal: (offset: number, size: number) => void;
};

/**
 * Follows a scroll box for a windowed list. `fallbackHeight` stands in for the box's height while
 * it has none (not laid out yet, or jsdom).
 */
export function useScrollWindow(enabled: boolean, fallbackHeight: number): ScrollWindow {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);

  const measure = useCallback(() => {
    const box = ref.current;
    if (!box) return;
    setTop(box.scrollTop);
    if (box.clientHeight > 0) setHeight(box.clientHeight);
  }, []);

  // The box appears when windowing starts: take its height before the first paint.
  useLayoutEffect(() => {
    if (enabled) measure();
  }, [enabled, measure]);

  const reveal = useCallback(
    (offset: number, size: number) => {
      const box = ref.current;
      if (!box) return;
      const shown = box.clientHeight > 0 ? box.clientHeight : height;
      const next =
        offset < box.scrollTop
          ? offset
          : offset + size > box.scrollTop + shown
            ? offset + size - shown
            : box.scrollTop;
      // Set here as well as by the scroll event it fires: the row must render in this update.
      box.scrollTop = next;
      setTop(next);
    },
    [height],
  );

  return { ref, onScroll: measure, view: enabled ? { top, height } : null, reveal };
}

/**
 * After each render of a windowed list, measures its rendered rows (the elements inside `box`
 * with a `data-row-key`) into `heights`. A row above the view that came out taller or shorter than
 * it was laid out moved everything below it: the box scrolls by the difference, before the paint,
 * so what the user looks at stays put.
 */
export function useMeasuredRows(
  box: RefObject<HTMLDivElement>,
  heights: RowHeights,
  estimate: RowEstimate,
  enabled: boolean,
): void {
  useLayoutEffect(() => {
    const root = box.current;
    if (!enabled || !root) return;
    const viewTop = root.getBoundingClientRect().top;
    let shift = 0;
    for (const row of root.querySelectorAll<HTMLElement>('[data-row-key]')) {
      const key = row.dataset.rowKey;
      const rect = row.getBoundingClientRect();
      // Nothing laid out (a folded group, or jsdom): keep what was assumed.
      if (key === undefined || rect.height === 0) continue;
      const laid = heights.get(key) ?? estimate(key);
      if (Math.abs(rect.height - laid) < 0.5) continue;
      heights.set(key, rect.height);
      if (rect.top < viewTop) shift += rect.height - laid;
    }
    if (shift !== 0) root.scrollTop += shift;
  });
}

export type VirtualListProps<T> = {
  items: readonly T[];
  /** The items to render and the space of the others; null renders every item. */
  range: RowRange | null;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  id?: string;
  className?: string;
  /** @default false */
  hidden?: boolean;
};

/**
 * A `<ul>` that renders only a range of its items, keeping the space of the others as padding so
 * the scroll bar stays true; each item tells screen readers its place in the whole list.
 */
export function VirtualList<T>({
  items,
  range,
  itemKey,
  renderItem,
  id,
  className,
  hidden = false,
}: VirtualListProps<T>) {
  const first = range?.first ?? 0;
  const slice = hidden ? [] : range ? items.slice(range.first, range.end) : items;
  return (
    <ul
      id={id}
      className={className}
      hidden={hidden}
      style={
        range && !hidden ? { paddingTop: range.before, paddingBottom: range.after } : undefined
      }
    >
      {slice.map((item, i) => {
        const key = itemKey(item);
        return (
          <li
            key={key}
            data-row-key={key}
            aria-setsize={items.length}
            aria-posinset={first + i + 1}
          >
            {renderItem(item)}
          </li>
        );
      })}
    </ul>
  );
}

/** The first index in `[0, count)` where `test` holds (it holds from there on); `count` if none. */
function firstIndex(count: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
