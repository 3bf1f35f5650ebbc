import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { EditKind } from '../../core/edit/editPlan';
import type { AppErrorCode, UiKey } from '../../core/i18n';
import { useTranslator } from '../i18n';
import type { EditAction, Edits } from '../useEdits';
import { WriteProgress } from './WriteProgress';
import { ProblemBar } from './ProblemBar';

export type BulkEditStatusProps = {
  edits: Edits;
};

type Outcome = { intent: 'success' | 'warning' | 'error'; title?: string; text: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  message: { outlineOffset: '2px' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * Where the pane's writes into the workbook stand: the progress, what was done, and "Hoàn tác" for
 * the latest edit of the user's sheet. It sits above the result tabs, which are read again after
 * every write: the outcome and the undo stay in view through that.
 */
export function BulkEditStatus({ edits }: BulkEditStatusProps) {
  const styles = useStyles();
  const { t, appError, formatList } = useTranslator();
  const { status, serial, applied, busy } = edits;
  const messageRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLDivElement>(null);
  const focused = useRef(0);
  const latest = applied.at(-1);

  // Each outcome takes the focus once, so the keyboard lands on what happened; after "Giữ
  // nguyên" it goes back to the undo button.
  useEffect(() => {
    if (serial === focused.current) return;
    focused.current = serial;
    if (status.kind === 'idle') undoRef.current?.querySelector('button')?.focus();
    else messageRef.current?.focus();
  }, [serial, status.kind]);

  const kindWords: Record<EditKind, string> = {
    normalize: t('editKindNormalize'),
    'set-status': t('editKindSetStatus'),
    'fill-down': t('editKindFillDown'),
    renumber: t('editKindRenumber'),
  };
  const failedTitles: Record<EditAction, string> = {
    write: t('normalizeWriteFailed'),
    apply: t('editApplyFailed'),
    undo: t('editUndoFailed'),
  };

  const failureText = (action: EditAction, code: AppErrorCode): string => {
    const key = editErrorKey(action, code);
    return key === null ? appError(code) : t(key);
  };

  /** The outcome in words: what was done, what to decide, or what went wrong and what next. */
  const outcome = ((): Outcome | null => {
    switch (status.kind) {
      case 'idle':
      case 'busy':
        return null;
      case 'written': {
        const { sheets } = status.result;
        const name = formatList(sheets.map((sheet) => sheet.name));
        const replaced = sheets.some((sheet) => sheet.replaces);
        return {
          intent: 'success',
          text: `${t('normalizeWritten', { name })}${replaced ? ` ${t('normalizeReplacedDone')}` : ''}`,
        };
      }
      case 'applied': {
        const { kind, cells, tasks } = status.edit;
        return {
          intent: 'success',
          text: t('editApplied', { edit: kindWords[kind], cells, tasks }),
        };
      }
      case 'undone':
        return { intent: 'success', text: t('editUndone', { edit: kindWords[status.edit.kind] }) };
      case 'confirm-undo':
        return {
          intent: 'warning',
          title: t('editUndoChangedTitle'),
          text: t('editUndoChanged', { count: status.changedSince }),
        };
      case 'failed':
        return {
          intent: 'error',
          title: failedTitles[status.action],
          text: failureText(status.action, status.error),
        };
    }
  })();

  return (
    <div className={styles.root}>
      {status.kind === 'busy' && status.action === 'write' && (
        <WriteProgress label={t('normalizeWriting')} done={status.done} total={status.total} />
      )}
      {status.kind === 'busy' && status.action !== 'write' && (
        <Spinner
          size="tiny"
          label={status.action === 'apply' ? t('editApplying') : t('editUndoing')}
        />
      )}
      {outcome && (
        <div ref={messageRef} tabIndex={-1} className={styles.message}>
          <MessageBar intent={outcome.intent} layout="multiline">
            <MessageBarBody>
              {outcome.title !== undefined && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
              {outcome.text}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {status.kind === 'confirm-undo' && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            onClick={() => {
              void edits.undo({ overwrite: true });
            }}
          >
            {t('editUndoAnyway')}
          </Button>
          <Button onClick={edits.keep}>{t('editUndoKeep')}</Button>
        </div>
      )}
      {status.kind === 'failed' && (
        <div ref={messageRef} tabIndex={-1} className={styles.message}>
          <ProblemBar
            intent="error"
            title={failedTitles[status.action]}
            text={failureText(status.action, status.error)}
          />
        </div>
      )}
      {latest && status.kind !== 'confirm-undo' && (
        <div ref={undoRef} className={styles.actions}>
          <Button
            icon={<ArrowUndo20Regular />}
            disabledFocusable={busy}
            onClick={() => {
              void edits.undo();
            }}
          >
            {t('editUndo')}
          </Button>
          <Caption1 className={styles.hint}>
            {t('editUndoNote', { edit: kindWords[latest.kind], cells: latest.cells })}
          </Caption1>
        </div>
      )}
    </div>
  );
}

type EditErrorKey = Extract<
  UiKey,
  | 'editErrorProtected'
  | 'summaryErrorBusy'
  | 'editErrorChanged'
  | 'editErrorUndoGone'
  | 'editErrorTooLarge'
  | 'editErrorUnknown'
>;

/**
 * The words for an error while writing, where the reading words ("… rồi bấm Kiểm tra") would send
 * the user the wrong way; null keeps the shared words.
 */
function editErrorKey(action: EditAction, code: AppErrorCode): EditErrorKey | null {
  switch (code) {
    case 'access_denied':
      return 'editErrorProtected';
    case 'busy':
      return 'summaryErrorBusy';
    case 'item_not_found':
      // An undo finds its sheet by id, whatever its name: not found means deleted.
      return action === 'undo' ? 'editErrorUndoGone' : 'editErrorChanged';
    case 'request_too_large':
      return 'editErrorTooLarge';
    case 'invalid_argument':
    case 'sheet_empty':
    case 'unknown':
      return 'editErrorUnknown';
    case 'not_in_excel':
    case 'requirement_not_met':
      return null;
  }
}
