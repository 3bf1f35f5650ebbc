import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { TableAdd20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppErrorCode } from '../../core/i18n';
import { normalizeTable } from '../../core/normalize/normalizeTable';
import { PASTED_SHEET } from '../../core/paste/parseHtmlTables';
import type { Grid } from '../../core/table/grid';
import type { TaskTable } from '../../core/table/model';
import { useTranslator } from '../i18n';
import { toErrorCode } from '../services';
import type { WorkbookServices } from '../services';
import { WriteProgress } from './WriteProgress';
import { ProblemBar } from './ProblemBar';

export type PasteInsertProps = {
  /** The pasted cells and the table read from them. */
  grid: Grid;
  table: TaskTable;
  /** The report date of the overdue column, yyyy-mm-dd. */
  asOf: string;
  services: Pick<WorkbookServices, 'canWriteSheets' | 'writeSheets'>;
  /** A group never used before: the insert is recorded under it, so it replaces no sheet. */
  newGroup: () => string;
  /** Says a finished action to screen readers. */
  announce: (message: string) => void;
};

type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'written'; sheet: string }
  | { kind: 'failed'; error: AppErrorCode };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  result: { outlineOffset: '2px' },
});

/**
 * "Chèn thành trang tính mới": the pasted table in the standard layout, written to a sheet of its
 * own. Every insert is a new group, so inserting twice gives "Bảng dán" and "Bảng dán (2)".
 */
export function PasteInsert({ grid, table, asOf, services, newGroup, announce }: PasteInsertProps) {
  const styles = useStyles();
  const hintId = useId('paste-insert-hint');
  const { t, appError } = useTranslator();
  const [status, setStatus] = useState<InsertStatus>({ kind: 'idle' });
  const canWrite = useMemo(() => services.canWriteSheets(), [services]);
  const resultRef = useRef<HTMLDivElement>(null);
  const writing = status.kind === 'writing';

  useEffect(() => {
    if (status.kind === 'written' || status.kind === 'failed') resultRef.current?.focus();
  }, [status]);

  const insert = async () => {
    setStatus({ kind: 'writing', done: 0, total: 0 });
    announce(t('pasteInserting'));
    try {
      // The writer names it "Bảng dán (2)"… when the workbook has the name already.
      const { spec } = normalizeTable(grid, table, { asOf, name: PASTED_SHEET });
      const result = await services.writeSheets([spec], {
        group: newGroup(),
        onProgress: (done, total) => {
          setStatus((current) =>
            current.kind === 'writing' ? { kind: 'writing', done, total } : current,
          );
        },
      });
      const sheet = result.sheets[0]?.name ?? spec.name;
      setStatus({ kind: 'written', sheet });
      announce(t('pasteInserted', { sheet }));
    } catch (error) {
      setStatus({ kind: 'failed', error: toErrorCode(error) });
      announce(t('pasteInsertFailed'));
    }
  };

  const failureText = (code: AppErrorCode): string => {
    switch (code) {
      case 'access_denied':
        return t('summaryErrorProtected');
      case 'busy':
        return t('summaryErrorBusy');
      case 'request_too_large':
        return t('pasteErrorTooLarge');
      case 'not_in_excel':
      case 'requirement_not_met':
        return appError(code);
      // The reading words ("… rồi bấm Kiểm tra") would send the user the wrong way here.
      case 'item_not_found':
      case 'invalid_argument':
      case 'sheet_empty':
      case 'unknown':
        return t('summaryErrorUnknown');
    }
  };

  return (
    <div className={styles.root}>
      <div>
        <Button
          appearance="primary"
          icon={<TableAdd20Regular />}
          disabledFocusable={writing || !canWrite}
          aria-describedby={hintId}
          onClick={() => {
            void insert();
          }}
        >
          {t('pasteInsertButton')}
        </Button>
      </div>
      <Caption1 id={hintId} className={styles.hint}>
        {canWrite ? t('pasteInsertHint') : t('pasteCannotWrite')}
      </Caption1>
      {status.kind === 'writing' && (
        <WriteProgress label={t('pasteInserting')} done={status.done} total={status.total} />
      )}
      {status.kind === 'written' && (
        <div ref={resultRef} tabIndex={-1} className={styles.result}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('pasteInserted', { sheet: status.sheet })}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {status.kind === 'failed' && (
        <div ref={resultRef} tabIndex={-1} className={styles.result}>
          <ProblemBar
            intent="error"
            title={t('pasteInsertFailed')}
            text={failureText(status.error)}
          />
        </div>
      )}
    </div>
  );
}
