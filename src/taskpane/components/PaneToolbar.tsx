import { Button, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import {
  PaintBucket20Regular,
  TableAdd20Regular,
  TableSearch20Regular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslator } from '../i18n';

/** The tabs the toolbar opens: their action wants a look (colours planned, a preview) first. */
export type ToolbarTab = 'highlight' | 'summary';

export type PaneToolbarProps = {
  /** A check is under way: "Kiểm tra" waits. */
  busy: boolean;
  /** A table was read: the actions on it can open. */
  hasTable: boolean;
  onCheck: () => void;
  /** Opens the tab of an action and puts the focus on its button. */
  onOpen: (tab: ToolbarTab) => void;
};

/** The actions that open a tab, in toolbar order. */
const openers: readonly {
  tab: ToolbarTab;
  icon: ReactElement;
  label: 'toolbarHighlight' | 'toolbarSummary';
}[] = [
  { tab: 'highlight', icon: <PaintBucket20Regular />, label: 'toolbarHighlight' },
  { tab: 'summary', icon: <TableAdd20Regular />, label: 'toolbarSummary' },
];

const useStyles = makeStyles({
  // Icons and short words fit 350 px in both languages; narrower, the buttons wrap, never clip.
  root: {
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    paddingLeft: 0,
    paddingRight: 0,
  },
});

/**
 * The check view's main actions at the top of the pane: "Kiểm tra", "Tô màu hạn", "Tổng hợp".
 * One Tab stop, arrow keys between the buttons (Fluent's toolbar). Small buttons, not
 * `ToolbarButton`: that one is always medium (96 px at least), and three would not fit 350 px.
 */
export function PaneToolbar({ busy, hasTable, onCheck, onOpen }: PaneToolbarProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  return (
    <Toolbar aria-label={t('toolbarLabel')} size="small" className={styles.root}>
      <Button
        size="small"
        appearance="primary"
        icon={<TableSearch20Regular />}
        disabledFocusable={busy}
        onClick={onCheck}
      >
        {t('checkButton')}
      </Button>
      {openers.map(({ tab, icon, label }) => (
        <Button
          key={tab}
          size="small"
          appearance="subtle"
          icon={icon}
          disabledFocusable={!hasTable}
          onClick={() => {
            onOpen(tab);
          }}
        >
          {t(label)}
        </Button>
      ))}
    </Toolbar>
  );
}
