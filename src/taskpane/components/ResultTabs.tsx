import { Tab, TabList } from '@fluentui/react-components';

/** The id of a result tab's panel: the toolbar focuses into it, the tab points at it. */
export function tabPanelId(idPrefix: string, value: string): string {
  return `${idPrefix}-${value}-panel`;
}

function tabId(idPrefix: string, value: string): string {
  return `${idPrefix}-${value}-tab`;
}

/** The props of the panel of tab `value`: a tabpanel named by its tab, hidden unless selected. */
export function tabPanelProps(idPrefix: string, value: string, selected: string) {
  return {
    role: 'tabpanel',
    id: tabPanelId(idPrefix, value),
    'aria-labelledby': tabId(idPrefix, value),
    hidden: selected !== value,
  };
}

type ResultTabsProps<T extends string> = {
  idPrefix: string;
  /** The tab list's accessible name. */
  label: string;
  /** The tabs shown, in order. */
  items: readonly { value: T; label: string }[];
  selected: T;
  onSelect: (value: T) => void;
  className?: string;
};

/** The tabs over a check's results (the check view's and the paste view's), each tied to its panel. */
export function ResultTabs<T extends string>({
  idPrefix,
  label,
  items,
  selected,
  onSelect,
  className,
}: ResultTabsProps<T>) {
  return (
    <TabList
      className={className}
      size="small"
      aria-label={label}
      selectedValue={selected}
      onTabSelect={(_, data) => {
        const chosen = items.find((item) => item.value === data.value);
        if (chosen) onSelect(chosen.value);
      }}
    >
      {items.map((item) => (
        <Tab
          key={item.value}
          value={item.value}
          id={tabId(idPrefix, item.value)}
          aria-controls={tabPanelId(idPrefix, item.value)}
        >
          {item.label}
        </Tab>
      ))}
    </TabList>
  );
}
