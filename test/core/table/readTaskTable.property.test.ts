import fc from 'fast-check';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import { taskTableSchema } from '../../../src/core/table/model';
import { cleanText } from '../../../src/core/text/normalizeText';
import { gridOf } from '../../helpers/fixtures';

const HEADER = ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả', 'Sản phẩm'];
const cell = fc.oneof(
  fc.constant(null),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: -10, max: 50000 }),
  fc.constantFrom(
    'A',
    'I.',
    'II',
    '1',
    '1.',
    '01',
    '#### B. X',
    '<b>I. Nhóm</b>',
    'Tổng cộng',
    '-----',
    'Quý I/2024',
  ),
);

describe('readTaskTable properties', () => {
  it('never throws, and what it returns fits the model', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }),
        fc.boolean(),
        (rows, withHeader) => {
          const result = readTaskTable(gridOf(withHeader ? [HEADER, ...rows] : rows), {
            reportDate: '2024-06-30',
          });
          if (result.success) expect(taskTableSchema.safeParse(result.data).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the text of every cell of a numbered task row, whatever column it is in', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .filter((t) => cleanText(t).length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text, text, text), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const grid = gridOf([HEADER, ...rows.map((cells, i) => [String(i + 1), ...cells])]);
          const result = readTaskTable(grid);
          expect(result.success).toBe(true);
          if (!result.success) return;
          expect(result.data.tasks).toHaveLength(rows.length);
          result.data.tasks.forEach((task, i) => {
            const [content, lead, deadline, outcome, product] = rows[i]!.map((t) => cleanText(t));
            expect([task.task, task.leadText, task.deadlineText, task.result]).toEqual([
              content,
              lead,
              deadline,
              outcome,
            ]);
            expect(task.extra.map((e) => e.text)).toEqual([product]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
