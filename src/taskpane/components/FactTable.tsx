import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** One line of a fact table: a label and its value, both plain text. */
export type Fact = { key: string; label: string; value: string };

export type FactTableProps = {
  /** The id of the heading that names the table. */
  labelledBy: string;
  rows: readonly Fact[];
  /** Column headers; without them the labels alone head the rows. */
  columnHeaders?: readonly [label: string, value: string];
};

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    verticalAlign: 'top',
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { textAlign: 'right' },
});

/** A two-column table of labelled values (counts, the table's place on the sheet). */
export function FactTable({ labelledBy, rows, columnHeaders }: FactTableProps) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-labelledby={labelledBy}>
      {columnHeaders && (
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {columnHeaders[0]}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.value)}>
              {columnHeaders[1]}
            </th>
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={styles.cell}>
              {row.label}
            </th>
            <td className={mergeClasses(styles.cell, styles.value)}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
