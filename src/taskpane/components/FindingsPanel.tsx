import {
  Body1,
  Body1Strong,
  Button,
  Field,
  SearchBox,
  ToggleButton,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import {
  CheckmarkCircle32Filled,
  ChevronDown16Regular,
  ChevronLeft20Regular,
  ChevronRight16Regular,
  ChevronRight20Regular,
} from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Severity } from '../../core/report/reportSchema';
import type { Finding, RuleId } from '../../core/rules/ruleTypes';
import {
  countBySeverity,
  filterFindings,
  groupFindings,
  listFindings,
  severities,
  stepPosition,
} from '../findingList';
import type { FindingGroup, ListedFinding } from '../findingList';
import { useTranslator } from '../i18n';
import { visuallyHidden } from '../visuallyHidden';
import { SeverityBadge, SeverityIcon } from './SeverityBadge';

export type FindingsPanelProps = {
  findings: readonly Finding[];
  /** How many tasks were checked; null when no table could be read. */
  tasks: number | null;
  /** The user chose a finding (click, Enter, Trước/Tiếp): select its cell in the sheet. */
  onSelect: (finding: Finding, position: { index: number; total: number }) => void;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  visuallyHidden,
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  // Stays in view while a long list scrolls, so Trước / Tiếp are always at hand.
  nav: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  position: { color: tokens.colorNeutralForeground2, textAlign: 'center' },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalL,
    textAlign: 'center',
  },
  emptyIcon: { color: tokens.colorPaletteGreenForeground1 },
  emptyText: { textAlign: 'center' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  groupHeading: { margin: 0 },
  groupButton: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ...createFocusOutlineStyle(),
  },
  groupName: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  count: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'left',
    cursor: 'pointer',
    // Scrolled to below the sticky Trước / Tiếp bar, not under it.
    scrollMarginTop: '56px',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  cell: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: 'anywhere' },
});

/**
 * The findings grouped by rule: severity filters and a search box, collapsible groups, "Trước" /
 * "Tiếp" to walk the filtered findings; choosing one selects its cell.
 */
export function FindingsPanel({ findings, tasks, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const headingId = useId('findings');
  const {
    t,
    finding: describe,
    rule: ruleName,
    severity: severityName,
    formatNumber,
  } = useTranslator();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(severities));
  const [text, setText] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<RuleId>>(() => new Set());
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const itemRefs = useRef(new Map<string, HTMLButtonElement>());

  const listed = useMemo(
    () => listFindings(findings, describe, ruleName),
    [findings, describe, ruleName],
  );
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const groups = useMemo(
    () => groupFindings(filterFindings(listed, { shown, text })),
    [listed, shown, text],
  );
  // The walk follows the list as shown: group by group.
  const walk = useMemo(() => groups.flatMap((group) => group.items), [groups]);
  const position = walk.findIndex((item) => item.key === currentKey);

  useEffect(() => {
    if (currentKey !== null) itemRefs.current.get(currentKey)?.scrollIntoView({ block: 'nearest' });
  }, [currentKey]);

  if (findings.length === 0) {
    return tasks === null ? null : (
      <section className={styles.root} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.visuallyHidden}>
          {t('findingsHeading')}
        </h2>
        <div className={styles.empty}>
          <CheckmarkCircle32Filled className={styles.emptyIcon} />
          <Body1Strong className={styles.emptyText}>{t('findingsEmpty')}</Body1Strong>
          <Body1>{t('findingsEmptyDetail', { tasks })}</Body1>
        </div>
      </section>
    );
  }

  const choose = (item: ListedFinding) => {
    setCurrentKey(item.key);
    setCollapsed((current) => without(current, item.finding.rule));
    onSelect(item.finding, { index: walk.indexOf(item) + 1, total: walk.length });
  };
  const step = (direction: 1 | -1) => {
    const item = walk[stepPosition(position, walk.length, direction)];
    if (item) choose(item);
  };
  const toggleSeverity = (severity: Severity) => {
    setShown((current) =>
      current.has(severity) ? without(current, severity) : new Set([...current, severity]),
    );
  };
  const toggleGroup = (rule: RuleId) => {
    setCollapsed((current) =>
      current.has(rule) ? without(current, rule) : new Set([...current, rule]),
    );
  };
  const anyOpen = groups.some((group) => !collapsed.has(group.rule));

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.visuallyHidden}>
        {t('findingsHeading')}
      </h2>
      <div role="group" aria-label={t('filterSeverityLabel')} className={styles.chips}>
        {severities.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            shape="circular"
            checked={shown.has(severity)}
            disabled={counts[severity] === 0}
            icon={<SeverityIcon severity={severity} />}
            onClick={() => {
              toggleSeverity(severity);
            }}
          >
            {`${severityName(severity)} (${formatNumber(counts[severity])})`}
          </ToggleButton>
        ))}
      </div>
      <Field label={t('filterTextLabel')}>
        <SearchBox
          value={text}
          placeholder={t('filterTextPlaceholder')}
          onChange={(_, data) => {
            setText(data.value);
          }}
        />
      </Field>
      <div className={styles.bar}>
        <Body1>{t('filteredCount', { shown: walk.length, total: findings.length })}</Body1>
        {groups.length > 0 && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => {
              setCollapsed(anyOpen ? new Set(groups.map((group) => group.rule)) : new Set());
            }}
          >
            {anyOpen ? t('collapseAll') : t('expandAll')}
          </Button>
        )}
      </div>
      <div role="group" aria-label={t('navLabel')} className={styles.nav}>
        <Button
          icon={<ChevronLeft20Regular />}
          disabled={walk.length === 0}
          onClick={() => {
            step(-1);
          }}
        >
          {t('navPrevious')}
        </Button>
        <Body1 className={styles.position}>
          {position >= 0 ? t('navPosition', { index: position + 1, total: walk.length }) : ''}
        </Body1>
        <Button
          icon={<ChevronRight20Regular />}
          iconPosition="after"
          disabled={walk.length === 0}
          onClick={() => {
            step(1);
          }}
        >
          {t('navNext')}
        </Button>
      </div>
      {groups.length === 0 && <Body1>{t('filteredNone')}</Body1>}
      {groups.map((group) => (
        <Group
          key={group.rule}
          group={group}
          open={!collapsed.has(group.rule)}
          currentKey={currentKey}
          itemRefs={itemRefs.current}
          onToggle={() => {
            toggleGroup(group.rule);
          }}
          onChoose={choose}
        />
      ))}
    </section>
  );
}

type GroupProps = {
  group: FindingGroup;
  open: boolean;
  currentKey: string | null;
  itemRefs: Map<string, HTMLButtonElement>;
  onToggle: () => void;
  onChoose: (item: ListedFinding) => void;
};

/** One rule's findings under a heading that folds them away. */
function Group({ group, open, currentKey, itemRefs, onToggle, onChoose }: GroupProps) {
  const styles = useStyles();
  const listId = useId('finding-group');
  const { t, rule: ruleName, formatNumber } = useTranslator();
  return (
    <section className={styles.group}>
      <h3 className={styles.groupHeading}>
        <button
          type="button"
          className={styles.groupButton}
          aria-expanded={open}
          aria-controls={listId}
          onClick={onToggle}
        >
          {open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          {/* Spaces between the parts keep the spoken name "Quá hạn 23 Lỗi" apart. */}
          <span className={styles.groupName}>{ruleName(group.rule)}</span>{' '}
          <span className={styles.count}>{formatNumber(group.items.length)}</span>{' '}
          <SeverityBadge severity={group.severity} />
        </button>
      </h3>
      <ul id={listId} className={styles.list} hidden={!open}>
        {group.items.map((item) => {
          const current = item.key === currentKey;
          return (
            <li key={item.key}>
              <button
                type="button"
                ref={(element) => {
                  if (element) itemRefs.set(item.key, element);
                  else itemRefs.delete(item.key);
                }}
                className={mergeClasses(styles.item, current && styles.current)}
                aria-current={current ? 'true' : undefined}
                onClick={() => {
                  onChoose(item);
                }}
              >
                <span className={styles.cell}>{t('findingCell', { cell: item.finding.cell })}</span>{' '}
                {item.finding.severity !== group.severity && (
                  <>
                    <SeverityBadge severity={item.finding.severity} />{' '}
                  </>
                )}
                <span className={styles.message}>{item.message}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function without<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  if (!set.has(value)) return set;
  const next = new Set(set);
  next.delete(value);
  return next;
}
