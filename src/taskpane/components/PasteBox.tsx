import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardPaste20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ClipboardEvent } from 'react';
import type { ClipboardData } from '../../core/paste/readClipboard';
import { useTranslator } from '../i18n';

export type PasteBoxProps = {
  /** A paste arrived, or the user asked to read the text typed in the box. */
  onData: (data: ClipboardData) => void;
  /** @default false */
  disabled?: boolean;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * The paste target: a labelled text box. A paste is read at once from the clipboard's HTML (the
 * table Word, a browser or a PDF viewer puts there) or its plain text; the browser's own paste is
 * cancelled, so pasted markup never reaches the page — the box shows only the plain text, which
 * the user may edit and read again with "Đọc bảng".
 */
export function PasteBox({ onData, disabled = false }: PasteBoxProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const [draft, setDraft] = useState('');

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    setDraft(text);
    onData({ html: html === '' ? null : html, text: text === '' ? null : text });
  };

  return (
    <div className={styles.root}>
      <Field label={t('pasteBoxLabel')} hint={t('pasteBoxHint')}>
        <Textarea
          value={draft}
          resize="vertical"
          rows={4}
          placeholder={t('pasteBoxPlaceholder')}
          disabled={disabled}
          onPaste={paste}
          onChange={(_, data) => {
            setDraft(data.value);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          icon={<ClipboardPaste20Regular />}
          disabledFocusable={disabled || draft.trim() === ''}
          onClick={() => {
            onData({ html: null, text: draft });
          }}
        >
          {t('pasteReadButton')}
        </Button>
      </div>
    </div>
  );
}
