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
import type { KeyboardEvent } from 'react';
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
import { VirtualList, layRows, rowsWithin, useMeasuredRows, useScrollWindow } from './VirtualList';
import type { RowRange, RowHeights } from './VirtualList';

export type FindingsPanelProps = {
  findings: readonly Finding[];
  /** How many tasks were checked; null when no table could be read. */
  tasks: number | null;
  /** The user chose a finding (click, Enter, Trước/Tiếp): select its cell in the sheet. */
  onSelect: (finding: Finding, position: { index: number; total: number }) => void;
};

/**
 * Past this many findings shown, only those near the view are rendered: a large sheet can have
 * thousands, and the pane must stay quick to scroll and to filter.
 */
const WINDOW_FROM = 200;
/**
 * Estimates at 350 px until a row is rendered and measured: a finding is its cell and two or three
 * lines of message; a group's heading one line and the space above it.
 */
const ITEM_HEIGHT = 88;
const HEADING_HEIGHT = 40;
/** Rendered beyond the view each way, so a quick scroll does not show blank space. */
const OVERSCAN = 6 * ITEM_HEIGHT;
/** Heading rows' keys: no finding key starts so (they start with a rule id). */
const HEADING_KEY = '#group:';
/** The list box's height until it is laid out (and in jsdom, which lays nothing out). */
const FALLBACK_HEIGHT = 600;
/** How many findings PageUp / PageDown move. */
const PAGE = 10;

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
  // The space between groups and under a heading is padding of the heading, not gaps: a windowed
  // list measures its rows, and the heading row must carry its share.
  group: { display: 'flex', flexDirection: 'column' },
  groupHeading: { margin: 0, paddingBottom: tokens.spacingVerticalXXS },
  laterHeading: { paddingTop: tokens.spacingVerticalS },
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
  groups: { display: 'flex', flexDirection: 'column' },
  // Only a windowed list scrolls in its own box: its rows are placed against the box's scroll.
  scroller: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '70vh',
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    // The list keeps its rows in place itself (useMeasuredRows); the browser's anchoring would
    // correct a second time.
    overflowAnchor: 'none',
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
 * "Tiếp" to walk the filtered findings, arrow keys (Home, End, PageUp, PageDown) to move between
 * them; choosing one selects its cell. Past a few hundred, only the findings near the view render.
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
  // A new object per request: moving to the finding already focused focuses it again.
  const [focusRequest, setFocusRequest] = useState<{ key: string } | null>(null);
  const itemRefs = useRef(new Map<string, HTMLButtonElement>());
  const heights = useRef<RowHeights>(new Map()).current;

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
  // The arrow keys move through what is listed: the findings of the open groups.
  const openWalk = useMemo(
    () => groups.filter((group) => !collapsed.has(group.rule)).flatMap((group) => group.items),
    [groups, collapsed],
  );
  const windowed = walk.length > WINDOW_FROM;
  const scroll = useScrollWindow(windowed, FALLBACK_HEIGHT);
  useMeasuredRows(scroll.ref, heights, estimateRow, windowed);
  // Laid out at each render: the measured heights change between renders.
  const layout = windowed ? layOut(groups, collapsed, heights) : null;
  const view = scroll.view;
  const shownRows =
    layout && view
      ? rowsWithin(layout.tops, view.top - OVERSCAN, view.top + view.height + OVERSCAN)
      : null;

  useEffect(() => {
    if (currentKey !== null) itemRefs.current.get(currentKey)?.scrollIntoView({ block: 'nearest' });
  }, [currentKey]);

  useEffect(() => {
    if (focusRequest) itemRefs.current.get(focusRequest.key)?.focus();
  }, [focusRequest]);

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

  /** Moves the windowed list so the item renders, with the groups folded as given. */
  const reveal = (item: ListedFinding, closed: ReadonlySet<RuleId>) => {
    if (!windowed) return;
    const { keys, tops } = layOut(groups, closed, heights);
    const row = keys.indexOf(item.key);
    const top = tops[row];
    const bottom = tops[row + 1];
    if (row >= 0 && top !== undefined && bottom !== undefined) scroll.reveal(top, bottom - top);
  };
  const choose = (item: ListedFinding) => {
    const closed = without(collapsed, item.finding.rule);
    setCurrentKey(item.key);
    setCollapsed(closed);
    reveal(item, closed);
    onSelect(item.finding, { index: walk.indexOf(item) + 1, total: walk.length });
  };
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = openWalk.findIndex((item) => itemRefs.current.get(item.key) === event.target);
    const to = from < 0 ? null : keyTarget(event.key, from, openWalk.length);
    const item = to === null ? undefined : openWalk[to];
    if (!item) return;
    event.preventDefault();
    reveal(item, collapsed);
    setFocusRequest({ key: item.key });
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
      {/* The arrow keys of the findings bubble here; the box scrolls only when windowed. */}
      <div
        ref={scroll.ref}
        className={windowed ? styles.scroller : styles.groups}
        onScroll={scroll.onScroll}
        onKeyDown={moveFocus}
      >
        {groups.map((group, index) => (
          <Group
            key={group.rule}
            group={group}
            first={index === 0}
            open={!collapsed.has(group.rule)}
            range={layout && shownRows ? groupRange(layout, index, shownRows) : null}
            currentKey={currentKey}
            itemRefs={itemRefs.current}
            onToggle={() => {
              toggleGroup(group.rule);
            }}
            onChoose={choose}
          />
        ))}
      </div>
    </section>
  );
}

type GroupProps = {
  group: FindingGroup;
  /** The first group: no space above its heading. */
  first: boolean;
  open: boolean;
  /** The group's findings to render; null for all of them. */
  range: RowRange | null;
  currentKey: string | null;
  itemRefs: Map<string, HTMLButtonElement>;
  onToggle: () => void;
  onChoose: (item: ListedFinding) => void;
};

/** One rule's findings under a heading that folds them away. */
function Group({
  group,
  first,
  open,
  range,
  currentKey,
  itemRefs,
  onToggle,
  onChoose,
}: GroupProps) {
  const styles = useStyles();
  const listId = useId('finding-group');
  const { t, rule: ruleName, formatNumber } = useTranslator();
  return (
    <section className={styles.group}>
      <h3
        className={mergeClasses(styles.groupHeading, !first && styles.laterHeading)}
        data-row-key={headingKey(group.rule)}
      >
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
      <VirtualList
        id={listId}
        className={styles.list}
        hidden={!open}
        items={group.items}
        range={range}
        itemKey={(item) => item.key}
        renderItem={(item) => {
          const current = item.key === currentKey;
          return (
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
          );
        }}
      />
    </section>
  );
}

/** The rows of a windowed list, their tops, and where each group's findings are among them. */
type ListLayout = {
  keys: string[];
  tops: number[];
  /** Per group, its findings' rows (`first` to `end`, exclusive; empty when folded). */
  spans: { first: number; end: number }[];
};

/** The windowed list's rows in order: each group's heading, then its findings if open. */
function layOut(
  groups: readonly FindingGroup[],
  closed: ReadonlySet<RuleId>,
  heights: ReadonlyMap<string, number>,
): ListLayout {
  const keys: string[] = [];
  const spans = groups.map((group) => {
    keys.push(headingKey(group.rule));
    const first = keys.length;
    if (!closed.has(group.rule)) for (const item of group.items) keys.push(item.key);
    return { first, end: keys.length };
  });
  return { keys, tops: layRows(keys, heights, estimateRow), spans };
}

/** The findings of group `index` within the rendered rows, and the space of the others. */
function groupRange(
  layout: ListLayout,
  index: number,
  shown: { first: number; end: number },
): RowRange {
  const span = layout.spans[index] ?? { first: 0, end: 0 };
  const top = (row: number) => layout.tops[row] ?? 0;
  const first = Math.max(span.first, shown.first);
  const end = Math.min(span.end, shown.end);
  if (first >= end) return { first: 0, end: 0, before: top(span.end) - top(span.first), after: 0 };
  return {
    first: first - span.first,
    end: end - span.first,
    before: top(first) - top(span.first),
    after: top(span.end) - top(end),
  };
}

function headingKey(rule: RuleId): string {
  return `${HEADING_KEY}${rule}`;
}

function estimateRow(key: string): number {
  return key.startsWith(HEADING_KEY) ? HEADING_HEIGHT : ITEM_HEIGHT;
}

/** The position a navigation key moves to from `from` in a list of `length`; null for others. */
function keyTarget(key: string, from: number, length: number): number | null {
  const last = length - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'PageDown':
      return Math.min(from + PAGE, last);
    case 'PageUp':
      return Math.max(from - PAGE, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

function without<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  if (!set.has(value)) return set;
  const next = new Set(set);
  next.delete(value);
  return next;
}
