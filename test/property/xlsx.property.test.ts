import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { CliError } from '../../src/cli/cliError';
import { loadFile } from '../../src/cli/loadFile';
import type { SheetSpec } from '../../src/core/summary/sheetSpec';
import { sheetRowOf } from '../../src/core/summary/sheetSpec';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { sheetSpecsXlsxBuffer } from '../../src/xlsx/writeSheetSpecs';
import { fixturePath, WORKBOOKS } from '../helpers/fixtures';
import { anyText } from './arbitraries';

const FIXTURE_BYTES = WORKBOOKS.map(({ file }) => readFileSync(fixturePath(file)));

/** Bytes a user may hand the CLI as a workbook: noise, a zip's magic then noise, a cut file. */
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((rest) => Uint8Array.from([0x50, 0x4b, 3, 4, ...rest])),
  fc
    .record({
      file: fc.nat(FIXTURE_BYTES.length - 1),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ file, cut }) => {
      const bytes = FIXTURE_BYTES[file] ?? Buffer.alloc(0);
      return Uint8Array.from(bytes.subarray(0, Math.floor(bytes.length * cut)));
    }),
);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'da06-prop-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the file reader on hostile bytes', () => {
  it('readXlsxGrids rejects with an Error, never a TypeError, or reads grids', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBytes, async (bytes) => {
        try {
          await readXlsxGrids(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect(error).not.toBeInstanceOf(TypeError);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the CLI’s loadFile rejects with a CliError (not_a_workbook) or reads grids', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileBytes, async (bytes) => {
        const path = join(dir, `f${String(n++)}.xlsx`);
        writeFileSync(path, bytes);
        try {
          await loadFile(path);
        } catch (error) {
          expect(error).toBeInstanceOf(CliError);
          expect((error as CliError).code).toBe('not_a_workbook');
        }
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Texts exceljs itself writes faithfully. Left to it: U+FFFE/U+FFFF are written raw and the file
 * no longer opens ("disallowed character"); a text "_x000D_" reads back as a carriage return; C0
 * control characters are dropped and lone surrogates replaced. da06's writer escapes them first
 * (toXlsxText in src/xlsx/writeSheetSpecs.ts): see the property after this one.
 */
const xlsxText = anyText.map((t) =>
  t
    .replace(/(?![\t\n\r])\p{Cc}|[\ufffe\uffff]|[\ud800-\udfff]/gu, '')
    .replace(/_(x[0-9a-f]{4}_)/giu, '$1'),
);

describe('exceljs write → readXlsxGrids keeps every text', () => {
  it('a sheet of texts reads back cell for cell', async () => {
    const rows = fc.array(fc.array(xlsxText, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(rows, async (table) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Trang1');
        table.forEach((row, r) => {
          row.forEach((text, c) => {
            if (text !== '') sheet.getCell(r + 1, c + 1).value = text;
          });
        });
        const buffer = await workbook.xlsx.writeBuffer();
        const [grid] = await readXlsxGrids(new Uint8Array(buffer));
        table.forEach((row, r) => {
          row.forEach((text, c) => {
            // XML turns a written CR LF (or lone CR) into LF on reading, as Excel shows it.
            if (text !== '') expect(grid?.values[r]?.[c]).toBe(text.replace(/\r\n?/g, '\n'));
          });
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('da06’s workbook writer keeps every text', () => {
  /** What XML cannot hold in any form: U+FFFE, U+FFFF and lone surrogates. */
  const unholdable =
    /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const hostile = fc.oneof(
    anyText,
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc
      .array(
        fc.constantFrom('_x000D_', '_x005F_', '_X0041_', '\r', '\u0001', '\ufffe', '\ud800', 'a'),
      )
      .map((parts) => parts.join('')),
  );

  it('any text written by the xlsx writer reads back the same, U+FFFD for what XML cannot hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 6 }), async (texts) => {
        const spec: SheetSpec = {
          name: 'Trang1',
          kind: 'normalized',
          agency: null,
          titles: ['Bảng'],
          columns: [{ header: 'Nội dung', kind: 'text', width: 30, align: 'left' }],
          rows: texts.map((text) => ({
            style: 'task' as const,
            cells: [text === '' ? null : text],
          })),
          chart: null,
        };
        const buffer = await sheetSpecsXlsxBuffer([spec], 'normalized');
        const [grid] = await readXlsxGrids(new Uint8Array(buffer));
        texts.forEach((text, index) => {
          if (text === '') return;
          const back = grid?.values[sheetRowOf(spec, index) - 1]?.[0];
          expect(back).toBe(text.replace(unholdable, '\ufffd'));
        });
      }),
      { numRuns: 60 },
    );
  });
});
