import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ProblemBar } from '../components/ProblemBar';
import { ScopePicker } from '../components/ScopePicker';
import { TableReport } from '../components/TableReport';
import { useTranslator } from '../i18n';
import type { ReadScope, ReadTable, TableSource } from '../services';
import { useTableCheck } from '../useTableCheck';

export type CheckViewProps = {
  source: TableSource;
  readTable: ReadTable;
  /** The report date, yyyy-mm-dd. */
  reportDate: string;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** "Kiểm tra": pick a scope, read the table, see what was understood. */
export function CheckView({ source, readTable, reportDate }: CheckViewProps) {
  const styles = useStyles();
  const { t, appError } = useTranslator();
  const [scope, setScope] = useState<ReadScope>('auto');
  const { state, check, correctColumn } = useTableCheck(source, readTable, reportDate);
  const reading = state.phase === 'reading';
  const announcement =
    state.phase === 'reading'
      ? t('reading')
      : state.phase === 'read' && state.result.success
        ? t('readDone', { tasks: state.result.data.tasks.length })
        : '';

  return (
    <div className={styles.root}>
      <ScopePicker value={scope} onChange={setScope} disabled={reading} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={reading}
          onClick={() => {
            void check(scope);
          }}
        >
          {t('checkButton')}
        </Button>
        {reading && <Spinner size="tiny" label={t('reading')} />}
      </div>
      <div role="status" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {state.phase === 'failed' && (
        <ProblemBar intent="error" title={t('errorTitle')} text={appError(state.error)} />
      )}
      {state.phase === 'read' && (
        <TableReport
          sheetRead={state.sheetRead}
          result={state.result}
          firstTable={state.firstTable}
          overrides={state.overrides}
          onCorrectColumn={correctColumn}
        />
      )}
    </div>
  );
}
