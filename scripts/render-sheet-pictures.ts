/**
 * Draws docs/sheet-*.png: one picture of each kind of meeting-workbook sheet, made from the
 * bao-cao-230 fixture by the same code as `da06 summarize`, printed by LibreOffice as a person
 * would print it (A4 landscape, fit to width). Needs `soffice` and `pdftoppm`
 * (apt-get install -y libreoffice-calc-nogui poppler-utils); run: npx tsx scripts/render-sheet-pictures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrid } from '../src/core/check/checkGrid';
import { buildMeetingWorkbook } from '../src/core/summary/buildMeetingWorkbook';
import type { SheetKind } from '../src/core/summary/sheetSpec';
import { readXlsxGrids } from '../src/xlsx/readXlsx';
import { sheetSpecsXlsxBuffer } from '../src/xlsx/writeSheetSpecs';

const ROOT = join(__dirname, '..');
const FIXTURE = 'bao-cao-230-cham-muon-T01-2024.xlsx';
const AS_OF = '2024-01-31';
const KINDS: readonly SheetKind[] = ['overview', 'late', 'agency'];

async function main(): Promise<void> {
  const grids = await readXlsxGrids(readFileSync(join(ROOT, 'test', 'fixtures', FIXTURE)));
  const tables = grids.flatMap((grid) => {
    const table = checkGrid(grid, { asOf: AS_OF }).table;
    return table ? [table] : [];
  });
  const specs = buildMeetingWorkbook(tables, {
    asOf: AS_OF,
    dueSoonDays: 14,
    source: `${FIXTURE} — ${tables.map((t) => t.sheet).join(', ')}`,
  });
  const dir = mkdtempSync(join(tmpdir(), 'da06-pictures-'));
  try {
    for (const kind of KINDS) {
      const spec = specs.find((s) => s.kind === kind);
      if (!spec) throw new Error(`no ${kind} sheet`);
      const xlsx = join(dir, `sheet-${kind}.xlsx`);
      writeFileSync(xlsx, await sheetSpecsXlsxBuffer([spec]));
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
        stdio: 'ignore',
      });
      const png = join(dir, `sheet-${kind}`);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        `${png}.pdf`,
        png,
      ]);
      copyFileSync(`${png}.png`, join(ROOT, 'docs', `sheet-${kind}.png`));
      process.stdout.write(`docs/sheet-${kind}.png (${spec.name})\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
