import { Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useMemo } from 'react';
import { columnNumber, parseRangeAddress } from '../../core/table/address';
import { cellAt, cellText } from '../../core/table/grid';
import type { Grid } from '../../core/table/grid';
import type { TaskTable } from '../../core/table/model';
import { cleanText } from '../../core/text/normalizeText';
import { useTranslator } from '../i18n';
import { findTableColumns } from '../tableFacts';

export type PasteRowCardProps = {
  grid: Grid;
  table: TaskTable;
  /** The A1 cell a finding names, on the pasted grid ("E7"). */
  cell: string;
};

/** One column of the shown row: its header and the text of its cells. */
export type PastedCell = { letter: string; header: string; text: string };

const useStyles = makeStyles({
  // Stays at the foot of the pane while the findings scroll, as the sheet would beside the list.
  root: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxHeight: '40vh',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
  },
  heading: { margin: 0 },
  list: { margin: 0 },
  header: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  text: { margin: 0, marginBottom: tokens.spacingVerticalXS, whiteSpace: 'pre-line' },
});

/**
 * The pasted row a finding is about — the whole task when it spans several rows — column by
 * column: what selecting the cell would show in Excel, for a table that is not on a sheet.
 */
export function PasteRowCard({ grid, table, cell }: PasteRowCardProps) {
  const styles = useStyles();
  const headingId = useId('paste-row');
  const { t } = useTranslator();
  const row = rowOf(cell) ?? table.headerRow;
  const cells = useMemo(() => findPastedRow(grid, table, row), [grid, table, row]);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        <Subtitle2>{t('pasteRowHeading', { cell, row })}</Subtitle2>
      </h3>
      <dl className={styles.list}>
        {cells.map((column) => (
          <div key={column.letter}>
            <dt className={styles.header}>
              {t('columnOption', { letter: column.letter, header: column.header })}
            </dt>
            <dd className={styles.text}>{column.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The sheet row of an A1 cell ("E7" → 7); null when it is not one. */
export function rowOf(cell: string): number | null {
  return parseRangeAddress(cell)?.top ?? null;
}

/**
 * The filled cells of a row of the pasted table, by column; for a task's row, of all the rows the
 * task spans (its continuation rows), one line each.
 */
export function findPastedRow(grid: Grid, table: TaskTable, row: number): PastedCell[] {
  const task = table.tasks.find((candidate) => candidate.row <= row && row <= candidate.lastRow);
  const first = task?.row ?? row;
  const last = task?.lastRow ?? row;
  return findTableColumns(grid, table).flatMap((column) => {
    const index = (columnNumber(column.letter) ?? 0) - grid.origin.column;
    const lines: string[] = [];
    for (let r = first; r <= last; r++) {
      const text = cleanText(cellText(cellAt(grid, r - grid.origin.row, index)));
      if (text !== '') lines.push(text);
    }
    return lines.length === 0 ? [] : [{ ...column, text: lines.join('\n') }];
  });
}
