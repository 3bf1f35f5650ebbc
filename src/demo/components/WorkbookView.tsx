import { makeStyles, tokens } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { cellAddress, rangeAddress } from '../../core/table/address';
import { useTranslator } from '../../taskpane/i18n';
import type { DemoSession } from '../demoSession';
import { displayText } from '../displayText';
import { sheetView } from '../sheetView';
import type { GridPoint } from './SheetGrid';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  formulaBar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minHeight: '1.5em',
    fontSize: tokens.fontSizeBase200,
  },
  nameBox: {
    flexShrink: 0,
    minWidth: '4rem',
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
  },
  formula: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  note: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The open workbook as Excel would show it: the active cell's text above, the active sheet's
 * grid, the sheet tabs below. It redraws after every change the session reports: each batch the
 * pane runs, each click here.
 */
export function WorkbookView({ session }: { session: DemoSession }) {
  const styles = useStyles();
  const { t } = useTranslator();
  useSyncExternalStore(session.subscribe, session.version);
  const { workbook } = session;
  const sheet = workbook.activeSheet;
  const view = sheetView(sheet);
  const { activeCell } = sheet.selection;
  const activeText = displayText(
    sheet.value(activeCell.row, activeCell.column),
    sheet.numberFormat(activeCell.row, activeCell.column),
  );

  const select = ({ active, end }: { active: GridPoint; end: GridPoint | null }) => {
    const far = end ?? active;
    workbook.select(
      rangeAddress(
        Math.min(active.row, far.row),
        Math.min(active.column, far.column),
        Math.max(active.row, far.row),
        Math.max(active.column, far.column),
      ),
      cellAddress(active.row, active.column),
    );
    session.changed();
  };

  const shownRows = view.lastRow - view.firstRow + 1;
  return (
    <div className={styles.root}>
      <div className={styles.formulaBar}>
        <span className={styles.nameBox}>{cellAddress(activeCell.row, activeCell.column)}</span>
        <span className={styles.formula}>{activeText}</span>
      </div>
      {view.empty && <p className={styles.note}>{t('demoEmptySheet')}</p>}
      <SheetGrid view={view} onSelect={select} />
      {shownRows < view.totalRows && (
        <p className={styles.note}>
          {t('demoRowsShown', {
            first: view.firstRow,
            last: view.lastRow,
            total: view.totalRows,
          })}
        </p>
      )}
      <SheetTabs
        sheets={workbook.sheetNames()}
        active={sheet.name}
        label={t('demoSheetsLabel')}
        onActivate={(name) => {
          workbook.activate(name);
          session.changed();
        }}
      />
    </div>
  );
}
