import { Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ColumnMap, ColumnRole, TaskTable } from '../../core/table/model';
import { useTranslator } from '../i18n';
import type { SheetRead } from '../services';
import { countByDeadlineKind, countByStatus, findTableColumns } from '../tableFacts';
import { visuallyHidden } from '../visuallyHidden';
import { ColumnMapping } from './ColumnMapping';
import { FactTable } from './FactTable';
import type { Fact } from './FactTable';

export type TableReportProps = {
  sheetRead: SheetRead;
  /** The table as read with the corrections; null when they leave no table. */
  table: TaskTable | null;
  /** The table as first read: its columns feed the pickers even when a correction fails. */
  firstTable: TaskTable | null;
  overrides: ColumnMap;
  onCorrectColumn: (role: ColumnRole, letter: string) => void;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  visuallyHidden,
});

/**
 * What the check understood: where the table is, its columns (with pickers to correct them), and
 * its tasks counted. Problems reading it are shown by the view, above the tabs.
 */
export function TableReport({
  sheetRead,
  table,
  firstTable,
  overrides,
  onCorrectColumn,
}: TableReportProps) {
  const styles = useStyles();
  const headingId = useId('table-report');
  const { t } = useTranslator();
  const columns = useMemo(
    () => (firstTable ? findTableColumns(sheetRead.grid, firstTable) : []),
    [sheetRead.grid, firstTable],
  );
  const mapping: ColumnMap = table ? table.columns : { ...firstTable?.columns, ...overrides };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      {/* The tab shows the name; the heading is for screen readers' heading navigation. */}
      <h2 id={headingId} className={styles.visuallyHidden}>
        {t('resultHeading')}
      </h2>
      {table && <TableOverview table={table} labelledBy={headingId} />}
      <ColumnMapping columns={columns} mapping={mapping} onCorrect={onCorrectColumn} />
      {table && <TableCounts table={table} />}
    </section>
  );
}

function TableOverview({ table, labelledBy }: { table: TaskTable; labelledBy: string }) {
  const { t, formatNumber } = useTranslator();
  const rows: Fact[] = [
    { key: 'sheet', label: t('sheetLabel'), value: table.sheet },
    { key: 'range', label: t('rangeLabel'), value: table.range },
    {
      key: 'header',
      label: t('headerRowLabel'),
      value: t('headerRowValue', {
        first: table.headerRow,
        last: table.headerRow + table.headerRows - 1,
      }),
    },
    { key: 'tasks', label: t('tasksLabel'), value: formatNumber(table.tasks.length) },
    { key: 'sections', label: t('sectionsLabel'), value: formatNumber(table.sections.length) },
    { key: 'groups', label: t('groupsLabel'), value: formatNumber(table.groups.length) },
  ];
  return <FactTable labelledBy={labelledBy} rows={rows} />;
}

function TableCounts({ table }: { table: TaskTable }) {
  const styles = useStyles();
  const statusId = useId('status-counts');
  const deadlineId = useId('deadline-counts');
  const { t, status, deadlineKind, formatNumber } = useTranslator();
  const byStatus: Fact[] = countByStatus(table).map((entry) => ({
    key: entry.status,
    label: status(entry.status),
    value: formatNumber(entry.count),
  }));
  const byDeadline: Fact[] = countByDeadlineKind(table).map((entry) => ({
    key: entry.kind,
    label: deadlineKind(entry.kind),
    value: formatNumber(entry.count),
  }));
  return (
    <>
      <section className={styles.section} aria-labelledby={statusId}>
        <Subtitle2 as="h3" id={statusId}>
          {t('statusHeading')}
        </Subtitle2>
        <FactTable
          labelledBy={statusId}
          rows={byStatus}
          columnHeaders={[t('statusColumn'), t('countColumn')]}
        />
      </section>
      <section className={styles.section} aria-labelledby={deadlineId}>
        <Subtitle2 as="h3" id={deadlineId}>
          {t('deadlineHeading')}
        </Subtitle2>
        <FactTable
          labelledBy={deadlineId}
          rows={byDeadline}
          columnHeaders={[t('deadlineColumn'), t('countColumn')]}
        />
      </section>
    </>
  );
}
