import { Button, Field, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AppErrorCode } from '../../core/i18n';
import type { Finding } from '../../core/rules/ruleTypes';
import type { TaskTable } from '../../core/table/model';
import { useTranslator } from '../i18n';
import type { CompareSheets, WorkbookServices } from '../services';
import { toErrorCode } from '../services';
import { ProblemBar } from './ProblemBar';
import { SeverityBadge } from './SeverityBadge';

export type ComparePanelProps = {
  services: Pick<WorkbookServices, 'listSheets' | 'readSheet' | 'selectCell'>;
  compareSheets: CompareSheets;
  /** The sheet that was checked, and its table. */
  sheet: string;
  table: TaskTable;
  asOf: string;
  announce: (text: string) => void;
};

type Outcome =
  | { kind: 'done'; sheet: string; findings: Finding[] }
  | { kind: 'no-table'; sheet: string }
  | { kind: 'failed'; error: AppErrorCode };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  cells: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The cell and sheet a figure finding points at, besides its own. */
function otherPlace(finding: Finding): { cell: string; sheet: string } | null {
  if (finding.code === 'figure_change' || finding.code === 'figure_conflict') {
    return { cell: finding.params.otherCell, sheet: finding.params.otherSheet };
  }
  return null;
}

/**
 * "So sánh với trang tính…": this table's figures against another sheet of the workbook (last
 * month's copy), each changed or conflicting figure clickable to both of its cells.
 */
export function ComparePanel({
  services,
  compareSheets,
  sheet,
  table,
  asOf,
  announce,
}: ComparePanelProps) {
  const styles = useStyles();
  const { t, finding: describe, appError } = useTranslator();
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    let live = true;
    services.listSheets().then(
      (names) => {
        if (!live) return;
        const others = names.filter((name) => name !== sheet);
        setSheets(others);
        setChosen((current) => (others.includes(current) ? current : (others[0] ?? '')));
      },
      (error: unknown) => {
        if (live) setOutcome({ kind: 'failed', error: toErrorCode(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [services, sheet]);

  const compare = () => {
    if (!chosen) return;
    setBusy(true);
    announce(t('comparing'));
    services.readSheet(chosen).then(
      (grid) => {
        const { findings, otherTable } = compareSheets({ table, asOf }, grid);
        const next: Outcome = otherTable
          ? { kind: 'done', sheet: chosen, findings }
          : { kind: 'no-table', sheet: chosen };
        setOutcome(next);
        setBusy(false);
        announce(
          next.kind === 'done'
            ? findings.length === 0
              ? t('compareClean', { sheet: chosen })
              : t('compareDone', { sheet: chosen, count: findings.length })
            : t('compareNoTable', { sheet: chosen }),
        );
      },
      (error: unknown) => {
        setOutcome({ kind: 'failed', error: toErrorCode(error) });
        setBusy(false);
      },
    );
  };

  const go = (target: string, cell: string) => {
    services.selectCell(target, cell).catch((error: unknown) => {
      setOutcome({ kind: 'failed', error: toErrorCode(error) });
    });
  };

  return (
    <section className={styles.root} aria-label={t('tabCompare')}>
      <p>{t('compareIntro')}</p>
      {sheets !== null && sheets.length === 0 && <p>{t('compareNoOtherSheet')}</p>}
      {sheets !== null && sheets.length > 0 && (
        <div className={styles.row}>
          <Field label={t('compareSheetLabel')}>
            <Select
              value={chosen}
              onChange={(_, data) => {
                setChosen(data.value);
              }}
            >
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" disabledFocusable={busy || !chosen} onClick={compare}>
            {t('compareButton')}
          </Button>
          {busy && <Spinner size="tiny" label={t('comparing')} />}
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <ProblemBar intent="error" title={t('compareFailed')} text={appError(outcome.error)} />
      )}
      {outcome?.kind === 'no-table' && (
        <ProblemBar
          intent="warning"
          title={t('compareFailed')}
          text={t('compareNoTable', { sheet: outcome.sheet })}
        />
      )}
      {outcome?.kind === 'done' &&
        (outcome.findings.length === 0 ? (
          <p>{t('compareClean', { sheet: outcome.sheet })}</p>
        ) : (
          <>
            <p>{t('compareDone', { sheet: outcome.sheet, count: outcome.findings.length })}</p>
            <ul className={styles.list}>
              {outcome.findings.map((f) => {
                const other = otherPlace(f);
                return (
                  <li key={`${f.cell}-${f.code}-${other?.cell ?? ''}`}>
                    <SeverityBadge severity={f.severity} />
                    <p>{describe(f)}</p>
                    <div className={styles.cells}>
                      <Button
                        size="small"
                        onClick={() => {
                          go(f.sheet, f.cell);
                        }}
                      >
                        {t('compareHere', { cell: f.cell })}
                      </Button>
                      {other && (
                        <Button
                          size="small"
                          onClick={() => {
                            go(other.sheet, other.cell);
                          }}
                        >
                          {t('compareThere', other)}
                        </Button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        ))}
    </section>
  );
}
