import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';

export type SheetTabsProps = {
  /** The sheets' names in tab order. */
  sheets: readonly string[];
  active: string;
  /** Names the tab list ("Các trang tính"). */
  label: string;
  onActivate: (sheet: string) => void;
};

const useStyles = makeStyles({
  tabs: {
    flexShrink: 0,
    overflowX: 'auto',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The sheet tabs under the grid, as in Excel; picking one activates that sheet. */
export function SheetTabs({ sheets, active, label, onActivate }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      aria-label={label}
      size="small"
      selectedValue={active}
      onTabSelect={(_, data) => {
        onActivate(String(data.value));
      }}
    >
      {sheets.map((sheet) => (
        <Tab key={sheet} value={sheet}>
          {sheet}
        </Tab>
      ))}
    </TabList>
  );
}
