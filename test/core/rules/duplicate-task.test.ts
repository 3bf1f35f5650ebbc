import { duplicateTask, MAX_DUPLICATE_CELLS } from '../../../src/core/rules/duplicate-task';
import { taskKey } from '../../../src/core/rules/taskKey';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import { runRules } from '../../../src/core/rules/runRules';
import { gridOf } from '../../helpers/fixtures';
import {
  AS_OF,
  HEADER,
  annexWithTwinOf551,
  brief,
  onFixtureWorkbooks,
  pastedAnnexGrid,
  runOn,
  runOnRows,
} from './ruleHarness';

const row = (stt: string, task: string, lead = 'Sở Tư pháp'): (string | null)[] => [
  stt,
  task,
  lead,
  'Quý I/2024',
  'Đang thực hiện',
];

describe('taskKey', () => {
  it('ignores HTML, case, accents typed or not, punctuation, spacing, trailing dots and bullets', () => {
    const key = taskKey('Rà soát, cập nhật dữ liệu dân cư trên địa bàn tỉnh');
    expect(key).toBe('ra soat cap nhat du lieu dan cu tren dia ban tinh');
    for (const text of [
      '<p>RÀ SOÁT,&nbsp;cập nhật   dữ liệu dân cư trên địa bàn tỉnh.</p>',
      '- Rà soát; cập nhật dữ liệu dân cư\ntrên địa bàn tỉnh…',
      '1. Ra soat cap nhat du lieu dan cu tren dia ban tinh',
    ]) {
      expect(taskKey(text)).toBe(key);
    }
  });

  it('keeps numbers and names: "02" is "2", but CSDL A is not CSDL B', () => {
    expect(taskKey('Triển khai 02 dịch vụ công liên thông')).toBe(
      taskKey('Triển khai 2 dịch vụ công liên thông'),
    );
    expect(taskKey('Kết nối, chia sẻ dữ liệu với CSDL đất đai')).not.toBe(
      taskKey('Kết nối, chia sẻ dữ liệu với CSDL hộ tịch'),
    );
  });

  it('gives no key to an Excel error: two broken cells are not one task', () => {
    expect(taskKey('#REF!')).toBeNull();
    expect(taskKey(' #value! ')).toBeNull();
    expect(taskKey('Sửa lỗi #REF! trong báo cáo tổng hợp tháng')).not.toBeNull();
  });

  it('gives no key to texts under five words', () => {
    expect(taskKey('Thực hiện')).toBeNull();
    expect(taskKey('Báo cáo định kỳ.')).toBeNull();
    expect(taskKey('Báo cáo kết quả thực hiện')).not.toBeNull();
  });
});

describe('duplicate-task', () => {
  describe('valid', () => {
    it('stays silent on two task cells that show the same Excel error', () => {
      expect(
        runOnRows(duplicateTask, [HEADER, row('1', '#REF!'), row('2', '#REF!'), row('3', '#ref!')]),
      ).toEqual([]);
    });

    it('stays silent on tasks that differ only in a name or a number', () => {
      expect(
        runOnRows(duplicateTask, [
          HEADER,
          row('1', 'Kết nối, chia sẻ dữ liệu giữa CSDLQG về dân cư với CSDL hộ tịch điện tử'),
          row('2', 'Kết nối, chia sẻ dữ liệu giữa CSDLQG về dân cư với CSDL lý lịch tư pháp'),
          row('3', 'Triển khai 02 dịch vụ công liên thông'),
          row('4', 'Triển khai 03 dịch vụ công liên thông'),
        ]),
      ).toEqual([]);
    });

    it('stays silent on generic one-word tasks', () => {
      expect(
        runOnRows(duplicateTask, [HEADER, row('1', 'Thực hiện'), row('2', 'Thực hiện.')]),
      ).toEqual([]);
    });

    it('stays silent on the same words given to different lead agencies', () => {
      expect(
        runOnRows(duplicateTask, [
          HEADER,
          row('1', 'Rà soát, cập nhật dữ liệu chuyên ngành', 'Sở Y tế'),
          row('2', 'Rà soát, cập nhật dữ liệu chuyên ngành', 'Sở Tư pháp'),
        ]),
      ).toEqual([]);
    });

    it('finds no duplicate in the fixture workbooks, nor in the pasted annex', async () => {
      expect(await onFixtureWorkbooks(duplicateTask)).toMatchInlineSnapshot(`
       {
         "bao-cao-230-cham-muon-T01-2024.xlsx": [],
         "chi-thi-05-2023-phu-luc.xlsx": [],
         "thanh-hoa-phu-luc-I-06-2024.xlsx": [],
         "thong-bao-4318-2024-nhiem-vu.xlsx": [],
       }
      `);
      expect(runOn(duplicateTask, pastedAnnexGrid())).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports each of two rows written differently, naming the other', () => {
      expect(
        runOnRows(duplicateTask, [
          HEADER,
          row('1', 'Rà soát, cập nhật dữ liệu dân cư trên địa bàn tỉnh.'),
          row('2', '<p>RÀ SOÁT cập nhật  dữ liệu dân cư trên địa bàn tỉnh</p>'),
        ]),
      ).toEqual([
        { code: 'duplicate_task', cell: 'B2', params: { others: ['B3'] } },
        { code: 'duplicate_task', cell: 'B3', params: { others: ['B2'] } },
      ]);
    });

    it('names every other copy, and joins a copy without a lead to those with one', () => {
      expect(
        runOnRows(duplicateTask, [
          HEADER,
          row('1', 'Rà soát, cập nhật dữ liệu dân cư trên địa bàn tỉnh'),
          row('2', 'Rà soát, cập nhật dữ liệu dân cư trên địa bàn tỉnh', ''),
          row('3', 'Rà soát, cập nhật dữ liệu dân cư trên địa bàn tỉnh', 'Sở Tư pháp, Sở Y tế'),
        ]),
      ).toEqual([
        { code: 'duplicate_task', cell: 'B2', params: { others: ['B3', 'B4'] } },
        { code: 'duplicate_task', cell: 'B3', params: { others: ['B2', 'B4'] } },
        { code: 'duplicate_task', cell: 'B4', params: { others: ['B2', 'B3'] } },
      ]);
    });

    it('reports the real 551 row of the annex and its twin saying “Đã hoàn thành”', async () => {
      expect(brief(runOn(duplicateTask, await annexWithTwinOf551('Đã hoàn thành')))).toEqual([
        { code: 'duplicate_task', cell: 'B24', params: { others: ['B39'] } },
        { code: 'duplicate_task', cell: 'B39', params: { others: ['B24'] } },
      ]);
    });

    it('reports twins whose results agree (“Chưa hoàn thành”) all the same', async () => {
      expect(brief(runOn(duplicateTask, await annexWithTwinOf551('Chưa hoàn thành')))).toEqual([
        { code: 'duplicate_task', cell: 'B24', params: { others: ['B39'] } },
        { code: 'duplicate_task', cell: 'B39', params: { others: ['B24'] } },
      ]);
    });

    it('stays linear on 50,000 rows of a table pasted 100 times, naming at most 20 others', () => {
      const rows = Array.from({ length: 500 }, (_, i) =>
        row(String(i + 1), `Kết nối, chia sẻ dữ liệu của hệ thống số ${i} với CSDLQG về dân cư`),
      );
      const read = readTaskTable(gridOf([HEADER, ...rows]));
      if (!read.success) throw new Error('not read');
      const tasks = Array.from({ length: 100 }, (_, copy) =>
        read.data.tasks.map((task) => {
          const at = task.row + copy * 500;
          return { ...task, row: at, lastRow: at, cells: { ...task.cells, task: `B${at}` } };
        }),
      ).flat();
      const started = performance.now();
      const findings = runRules(
        [duplicateTask],
        { sheet: 'Trang1', table: { ...read.data, tasks }, issues: [] },
        { asOf: AS_OF, dueSoonDays: 14 },
      );
      const elapsed = performance.now() - started;
      expect(findings).toHaveLength(50_000);
      expect(findings[0]?.params).toEqual({
        others: Array.from({ length: MAX_DUPLICATE_CELLS }, (_, k) => `B${502 + k * 500}`),
      });
      expect(elapsed).toBeLessThan(5_000);
    });
  });
});
