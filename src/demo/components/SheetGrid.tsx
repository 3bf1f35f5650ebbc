import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { CellView, SheetView } from '../sheetView';

/** A cell of the sheet, 1-based. */
export type GridPoint = { row: number; column: number };

export type SheetGridProps = {
  view: SheetView;
  /**
   * The user picked cells: one (`end` null), or the rectangle from `active` to `end` (Shift+click,
   * Shift+arrows, a row number, Shift+Space), `active` staying the active cell.
   */
  onSelect: (selection: { active: GridPoint; end: GridPoint | null }) => void;
};

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    position: 'sticky',
    zIndex: 1,
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
    userSelect: 'none',
  },
  columnHeader: { top: 0, minWidth: '3rem' },
  rowHeader: { left: 0, minWidth: '2.5rem', cursor: 'pointer' },
  corner: { top: 0, left: 0, zIndex: 2 },
  cell: {
    maxWidth: '20rem',
    padding: `1px ${tokens.spacingHorizontalXS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'bottom',
    cursor: 'cell',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThicker} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThicker})`,
    },
  },
  wrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  merged: { maxWidth: 'none' },
  // A translucent wash keeps the cell's own fill visible under the selection, as Excel does.
  selected: { boxShadow: 'inset 0 0 0 100vmax rgba(0, 0, 0, 0.08)' },
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    boxShadow: 'none',
  },
  selectedHeader: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * The sheet as a grid: column letters, row numbers, each cell's text and fill, the selection
 * outlined. One cell (the active one) is in the tab order; the arrow keys move it, Shift extends
 * the selection, as in Excel.
 */
export function SheetGrid({ view, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const tableRef = useRef<HTMLTableElement>(null);
  const endRef = useRef<GridPoint | null>(null);
  const cells = view.rows.flatMap((row) => row.cells);
  const active = cells.find((cell) => cell.active) ?? null;
  // Without the active cell in view (it lies outside the used range), the first cell takes focus.
  const focusable = active ?? cells[0] ?? null;
  const selectedRows = new Set(cells.filter((cell) => cell.selected).map((cell) => cell.row));
  const selectedColumns = new Set(cells.filter((c) => c.selected).map((cell) => cell.column));

  const activeAddress = active?.address ?? null;
  useEffect(() => {
    endRef.current = null;
    const table = tableRef.current;
    if (!table || activeAddress === null) return;
    const element = table.querySelector<HTMLElement>(`[data-address="${activeAddress}"]`);
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (table.contains(document.activeElement) && element !== document.activeElement) {
      element?.focus();
    }
  }, [activeAddress, view.name]);

  const select = (point: GridPoint, extend: boolean) => {
    if (extend && active) {
      onSelect({ active: { row: active.row, column: active.column }, end: point });
    } else {
      onSelect({ active: point, end: null });
    }
  };

  const selectRow = (row: number, extend: boolean) => {
    const first = view.columns[0]?.column ?? 1;
    const last = view.columns.at(-1)?.column ?? first;
    const from = extend && active ? active.row : row;
    onSelect({
      active: { row: from, column: first },
      end: { row, column: last },
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (!focusable) return;
    if (event.key === ' ' && event.shiftKey) {
      event.preventDefault();
      selectRow(focusable.row, false);
      return;
    }
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    const from = event.shiftKey ? (endRef.current ?? focusable) : focusable;
    const target = neighbour(view, from, step);
    if (!target) return;
    if (event.shiftKey) {
      // The active cell stays; the rectangle's far end moves, and the next Shift+arrow starts there.
      endRef.current = target;
      onSelect({ active: { row: focusable.row, column: focusable.column }, end: target });
    } else {
      onSelect({ active: target, end: null });
    }
  };

  return (
    <div className={styles.scroller}>
      <table
        ref={tableRef}
        role="grid"
        aria-label={view.name}
        aria-multiselectable="true"
        className={styles.table}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr role="row">
            <th aria-hidden="true" className={mergeClasses(styles.header, styles.corner)} />
            {view.columns.map((column) => (
              <th
                key={column.column}
                role="columnheader"
                scope="col"
                className={mergeClasses(
                  styles.header,
                  styles.columnHeader,
                  selectedColumns.has(column.column) && styles.selectedHeader,
                )}
                style={column.width === null ? undefined : { width: column.width }}
              >
                {column.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map(({ row, cells: rowCells }) => (
            <tr key={row} role="row">
              <th
                role="rowheader"
                scope="row"
                className={mergeClasses(
                  styles.header,
                  styles.rowHeader,
                  selectedRows.has(row) && styles.selectedHeader,
                )}
                onClick={(event) => {
                  selectRow(row, event.shiftKey);
                }}
              >
                {row}
              </th>
              {rowCells.map((cell) => (
                <GridCell
                  key={cell.address}
                  cell={cell}
                  width={view.columns.find((c) => c.column === cell.column)?.width ?? null}
                  focusable={cell === focusable}
                  onPick={(extend) => {
                    select({ row: cell.row, column: cell.column }, extend);
                  }}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GridCell({
  cell,
  width,
  focusable,
  onPick,
}: {
  cell: CellView;
  width: number | null;
  focusable: boolean;
  onPick: (extend: boolean) => void;
}) {
  const styles = useStyles();
  const merged = cell.rowSpan > 1 || cell.colSpan > 1;
  return (
    <td
      role="gridcell"
      data-address={cell.address}
      data-fill={cell.fill ?? undefined}
      aria-selected={cell.selected}
      tabIndex={focusable ? 0 : -1}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      className={mergeClasses(
        styles.cell,
        cell.wrap && styles.wrap,
        merged && styles.merged,
        cell.selected && styles.selected,
        cell.active && styles.active,
      )}
      style={{
        backgroundColor: cell.background ?? undefined,
        color: cell.color ?? undefined,
        fontWeight: cell.bold ? 'bold' : undefined,
        fontStyle: cell.italic ? 'italic' : undefined,
        textAlign: cell.align ?? undefined,
        maxWidth: width !== null && !merged ? width : undefined,
      }}
      onClick={(event) => {
        onPick(event.shiftKey);
      }}
    >
      {cell.text}
    </td>
  );
}

const ARROWS: Readonly<Record<string, GridPoint | undefined>> = {
  ArrowUp: { row: -1, column: 0 },
  ArrowDown: { row: 1, column: 0 },
  ArrowLeft: { row: 0, column: -1 },
  ArrowRight: { row: 0, column: 1 },
};

/**
 * The cell one step away in the grid as drawn: past a merged area as a whole, skipping hidden
 * columns; null at the edge.
 */
function neighbour(view: SheetView, from: GridPoint, step: GridPoint): GridPoint | null {
  const columns = view.columns.map((c) => c.column);
  const here = covering(view, from) ?? { ...from, rowSpan: 1, colSpan: 1 };
  const index = columns.indexOf(here.column);
  let row = from.row;
  let column = from.column;
  if (step.row > 0) row = here.row + here.rowSpan;
  if (step.row < 0) row = here.row - 1;
  if (step.column > 0) column = columns[index + here.colSpan] ?? 0;
  if (step.column < 0) column = columns[index - 1] ?? 0;
  if (row < view.firstRow || row > view.lastRow || column === 0) return null;
  const target = covering(view, { row, column });
  return target ? { row: target.row, column: target.column } : null;
}

/** The drawn cell covering a point: itself, or the merged area's cell spanning it. */
function covering(view: SheetView, point: GridPoint): CellView | null {
  const columns = view.columns.map((c) => c.column);
  const at = columns.indexOf(point.column);
  for (const { cells } of view.rows) {
    for (const cell of cells) {
      const start = columns.indexOf(cell.column);
      if (
        point.row >= cell.row &&
        point.row < cell.row + cell.rowSpan &&
        at >= start &&
        at < start + cell.colSpan
      ) {
        return cell;
      }
    }
  }
  return null;
}
