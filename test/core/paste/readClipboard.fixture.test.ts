import { readFileSync } from 'node:fs';
import { readClipboard } from '../../../src/core/paste/readClipboard';
import type { PastedTable } from '../../../src/core/paste/readClipboard';
import { checkGrid } from '../../../src/core/check/checkGrid';
import type { Task, TaskTable } from '../../../src/core/table/model';
import { parseDelimited } from '../../../src/core/text/parseDelimited';
import { fixturePath, gridOf, readTsv, squash, words } from '../../helpers/fixtures';
import { clipboardHtml } from '../../helpers/clipboardHtml';

const AS_OF = '2024-01-31';
const raw = readFileSync(fixturePath('pasted', 'bao-cao-230-cham-muon-raw.tsv'), 'utf8');
const rawRows = parseDelimited(raw, '\t');
const expected = readTsv('tables', '000_nhiem_vu_cham_muon_T1-2024.tsv');
const expectedTasks = expected.filter((r) => r.kind === 'task');

type Compared = Record<
  'section' | 'group' | 'stt' | 'task' | 'directive' | 'lead' | 'deadline' | 'result',
  string
>;

function comparedTask(task: Task): Compared {
  return {
    section: task.section ?? '',
    group: task.group ?? '',
    stt: task.stt ?? '',
    task: squash(task.task),
    directive: words(task.directive),
    lead: squash(task.leadText),
    deadline: squash(task.deadlineText),
    result: words(task.result),
  };
}

function comparedRow(row: Record<string, string>): Compared {
  return {
    section: row.section ?? '',
    group: row.group ?? '',
    stt: row.stt ?? '',
    task: squash(row.noi_dung_nhiem_vu),
    directive: words(row.van_ban_chi_dao),
    lead: squash(row.don_vi_thuc_hien),
    deadline: squash(row.thoi_gian_hoan_thanh),
    result: words(row.ket_qua),
  };
}

function tableOf(pasted: PastedTable | null): TaskTable {
  if (pasted === null) throw new Error('nothing read from the clipboard');
  const { table, issues } = checkGrid(pasted.grid, { asOf: AS_OF });
  if (table === null) throw new Error(`no table: ${JSON.stringify(issues)}`);
  return table;
}

describe('the pasted fixture', () => {
  it('stops at the heading of group III: the 27th task of table 000 (group B.III) is not in it', () => {
    const lastFilled = rawRows.filter((row) => row.some((field) => field.trim() !== '')).at(-1);
    expect(lastFilled).toEqual(['<b>III. Nhiệm vụ của các địa phương</b>', '', '', '', '', '']);
    expect(expectedTasks).toHaveLength(27);
    expect(expectedTasks.map((r) => `${r.section}.${r.group}`).slice(26)).toEqual(['B.III']);
  });

  it('holds markup a browser would render: <b>, <p>, <ul><li>', () => {
    expect(raw).toMatch(/<b>/);
    expect(raw).toMatch(/<p>/);
    expect(raw).toMatch(/<ul[^>]*> <li>/);
  });
});

describe.each([
  ['as text', () => readClipboard({ text: raw }), 'text'],
  [
    'as the HTML table of a browser',
    () => readClipboard({ html: clipboardHtml(rawRows), text: raw }),
    'html',
  ],
  [
    'as HTML with headings in one <td colspan="6">',
    () => readClipboard({ html: clipboardHtml(rawRows, { spanHeadingRows: true }), text: raw }),
    'html',
  ],
] as const)('pasting bao-cao-230-cham-muon-raw.tsv %s', (_name, paste, source) => {
  const pasted = paste();
  const table = tableOf(pasted);

  it(`reads the ${source}`, () => {
    expect(pasted?.source).toBe(source);
  });

  it('gives the first 26 tasks of table 000: texts, documents, agencies, deadlines, results', () => {
    expect(table.tasks.map(comparedTask)).toEqual(expectedTasks.slice(0, 26).map(comparedRow));
  });

  it('gives the sections and the groups of table 000, group B.III without its task', () => {
    expect(table.sections.map((s) => [s.label, squash(s.title)])).toEqual(
      expected
        .filter((r) => r.kind === 'section')
        .map((r) => [r.section, squash(r.noi_dung_nhiem_vu)]),
    );
    expect(table.groups.map((g) => [g.section, g.label, squash(g.title), g.statedCount])).toEqual(
      expected
        .filter((r) => r.kind === 'group')
        .map((r) => [
          r.section,
          r.group,
          squash(r.noi_dung_nhiem_vu),
          r.stated_count ? Number(r.stated_count) : null,
        ]),
    );
    expect(table.groups.map((g) => g.taskCount)).toEqual([1, 9, 7, 9, 0]);
  });

  it('leaves no markup in any task value', () => {
    for (const task of table.tasks) {
      for (const value of [
        task.task,
        task.directive,
        task.leadText,
        task.deadlineText,
        task.result,
      ]) {
        expect(value ?? '').not.toMatch(/<\/?[a-z]|&nbsp;/i);
      }
    }
  });
});

describe('the HTML paste and the text paste of the fixture', () => {
  const fromText = checkGrid(readClipboard({ text: raw })?.grid ?? gridOf([]), { asOf: AS_OF });

  it.each([
    ['the browser table', clipboardHtml(rawRows)],
    ['the browser table with spanned headings', clipboardHtml(rawRows, { spanHeadingRows: true })],
  ])('%s reads as the same table with the same findings', (_name, html) => {
    const fromHtml = checkGrid(readClipboard({ html })?.grid ?? gridOf([]), { asOf: AS_OF });
    expect(fromText.findings.length).toBeGreaterThan(0);
    expect(fromHtml.table).toEqual(fromText.table);
    expect(fromHtml.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(
      fromText.findings.map((f) => `${f.code} ${f.cell}`),
    );
  });
});
