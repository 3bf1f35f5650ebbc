import fc from 'fast-check';
import { writeJson } from '../../src/cli/writeJson';

async function written(
  value: unknown,
  drained?: () => Promise<void>,
): Promise<{ text: string; writes: number }> {
  const parts: string[] = [];
  await writeJson(value, (text) => parts.push(text), drained);
  return { text: parts.join(''), writes: parts.length };
}

/** A report-shaped value: deep enough that the split levels and the whole-value levels both run. */
const reportLike = (tasks: unknown[]) => ({
  version: 1,
  asOf: '2024-06-30',
  files: [
    {
      file: 'a.xlsx',
      tables: [{ sheet: 'T1', columns: { task: 'B' }, tasks, findings: [] }],
      findings: [],
    },
  ],
  totals: { tasks: tasks.length },
});

describe('writeJson', () => {
  it.each([
    ['an empty object and array', { a: {}, b: [] }],
    ['members JSON leaves out', { a: undefined, b: () => 1, c: 1, d: Symbol('x') }],
    ['array members written as null', [undefined, () => 1, Number.NaN, Infinity]],
    // eslint-disable-next-line no-sparse-arrays -- a hole is what is under test
    ['an array with a hole', [1, , 3]],
    ['a Date, written by its toJSON', { when: new Date(Date.UTC(2024, 5, 30)) }],
    ['an object with its own toJSON', { a: { toJSON: () => ({ b: [1, 2] }) } }],
    ['text with line breaks and quotes', { s: 'một\ndòng "hai"\r\n\u2028', 'k\n"': 1 }],
    ['a null-prototype object', Object.assign(Object.create(null) as object, { a: [1] })],
    ['a report with tasks', reportLike([{ row: 5, task: 'Nhiệm vụ\nhai dòng', lead: [] }])],
    ['a report with nothing in it', reportLike([])],
    // eslint-disable-next-line no-sparse-arrays -- a hole is what is under test
    ['a task list of odd items', reportLike([undefined, () => 1, , new Date(0), 'x\ny', [], {}])],
  ])('%s: exactly JSON.stringify(value, null, 2)', async (_, value) => {
    expect((await written(value)).text).toBe(JSON.stringify(value, null, 2));
  });

  it('any JSON value: the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect((await written(value)).text).toBe(JSON.stringify(value, null, 2));
        expect((await written(reportLike([value]))).text).toBe(
          JSON.stringify(reportLike([value]), null, 2),
        );
      }),
    );
  });

  it('writes a large report in several pieces, waiting for the output to drain after each', async () => {
    const task = { row: 1, task: 'Triển khai '.repeat(20), lead: ['Bộ Công an'], overdue: true };
    const report = reportLike(Array.from({ length: 20_000 }, (_, row) => ({ ...task, row })));
    let waits = 0;
    const { text, writes } = await written(report, () => {
      waits += 1;
      return Promise.resolve();
    });
    expect(text).toBe(JSON.stringify(report, null, 2));
    expect(writes).toBeGreaterThan(2);
    // Between chunks, not after the last: its newline follows at once.
    expect(waits).toBe(writes - 1);
  });
});
