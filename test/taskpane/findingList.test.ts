import { getCatalog } from '../../src/core/i18n';
import {
  countBySeverity,
  filterFindings,
  groupFindings,
  listFindings,
  severities,
  stepPosition,
} from '../../src/taskpane/findingList';
import { sampleFindings } from './sampleFindings';

const vi = getCatalog('vi');
const listed = listFindings(sampleFindings, vi.finding, vi.rule);
const all = { shown: new Set(severities), text: '' };

describe('stepPosition', () => {
  it.each([
    [-1, 5, 1, 0],
    [-1, 5, -1, 4],
    [0, 5, 1, 1],
    [4, 5, 1, 0],
    [0, 5, -1, 4],
    [2, 5, -1, 1],
    [7, 5, 1, 0],
    [-1, 0, 1, -1],
    [0, 1, 1, 0],
  ] as const)('from %i of %i by %i → %i', (position, length, step, expected) => {
    expect(stepPosition(position, length, step)).toBe(expected);
  });
});

describe('listFindings', () => {
  it('keys findings by rule, code and cell, numbering repeats', () => {
    const twice = listFindings([sampleFindings[0]!, sampleFindings[0]!], vi.finding, vi.rule);
    expect(twice.map((item) => item.key)).toEqual([
      'stt-sequence|stt_gap|Nhiệm vụ!A7#0',
      'stt-sequence|stt_gap|Nhiệm vụ!A7#1',
    ]);
  });
});

describe('groupFindings', () => {
  it('puts errors first and keeps the rules’ order otherwise', () => {
    expect(
      groupFindings(listed).map((group) => [
        group.rule,
        group.severity,
        group.items.map((item) => item.finding.cell),
      ]),
    ).toEqual([
      ['deadline-overdue', 'error', ['D7', 'D5']],
      ['stt-sequence', 'warning', ['A7']],
      ['deadline-due-soon', 'warning', ['D6']],
      ['agency-unknown', 'info', ['C6']],
    ]);
  });

  it('gives a group the severity of its most severe finding', () => {
    const mixed = listFindings(
      [{ ...sampleFindings[3]!, severity: 'info' }, sampleFindings[1]!],
      vi.finding,
      vi.rule,
    );
    expect(groupFindings(mixed).map((group) => group.severity)).toEqual(['error']);
  });
});

describe('filterFindings', () => {
  const cells = (filter: Parameters<typeof filterFindings>[1]) =>
    filterFindings(listed, filter).map((item) => item.finding.cell);

  it('keeps the shown severities', () => {
    expect(cells({ ...all, shown: new Set(['warning'] as const) })).toEqual(['A7', 'D6']);
  });

  it('matches every word, without accents or case, in the cell, rule and message', () => {
    expect(cells({ ...all, text: 'QUÁ HẠN' })).toEqual(['D7', 'D5']);
    expect(cells({ ...all, text: 'qua han 31' })).toEqual(['D7']);
    expect(cells({ ...all, text: 'bo tt&tt' })).toEqual(['C6']);
    expect(cells({ ...all, text: 'a7' })).toEqual(['A7']);
    expect(cells({ ...all, text: '   ' })).toHaveLength(5);
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity(sampleFindings)).toEqual({ error: 2, warning: 2, info: 1 });
  });
});
