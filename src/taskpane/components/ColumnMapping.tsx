import {
  Body1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { ColumnMap, ColumnRole } from '../../core/table/model';
import { useTranslator } from '../i18n';
import { columnRoles } from '../tableFacts';
import type { TableColumn } from '../tableFacts';

export type ColumnMappingProps = {
  /** The table's columns, letter and header text. */
  columns: readonly TableColumn[];
  /** The column each role is read from now; "" or missing = none. */
  mapping: ColumnMap;
  /** The user picked another column (or "" for none) for a role. */
  onCorrect: (role: ColumnRole, letter: string) => void;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** Which column each role was read from, with a picker per role to correct it. */
export function ColumnMapping({ columns, mapping, onCorrect }: ColumnMappingProps) {
  const styles = useStyles();
  const headingId = useId('column-mapping');
  const { t, role: roleName } = useTranslator();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t('columnsHeading')}
      </Subtitle2>
      <Body1 className={styles.hint}>{t('columnsHint')}</Body1>
      {columnRoles.map((role) => {
        const letter = mapping[role] ?? '';
        // A column picked outside the table's range still shows as picked.
        const options =
          letter === '' || columns.some((c) => c.letter === letter)
            ? columns
            : [...columns, { letter, header: '' }];
        return (
          <Field key={role} label={roleName(role)} orientation="horizontal">
            <Select
              value={letter}
              onChange={(_, data) => {
                onCorrect(role, data.value);
              }}
            >
              <option value="">{t('columnNone')}</option>
              {options.map((column) => (
                <option key={column.letter} value={column.letter}>
                  {t('columnOption', column)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </section>
  );
}
