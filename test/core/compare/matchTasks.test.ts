import { matchTasks, MIN_TASK_SIMILARITY } from '../../../src/core/compare/matchTasks';
import { gridOf } from '../../helpers/fixtures';
import { fixtureGrid, pastedAnnexGrid } from '../rules/ruleHarness';
import { HEADER, tableOf } from './registerRows';

const annex = async () => tableOf(await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx'));

function tableOfTasks(sheet: string, tasks: string[], leads: string[] = []) {
  return tableOf(
    gridOf(
      [
        HEADER,
        ...tasks.map((task, i) => [
          i + 1,
          task,
          null,
          leads[i] ?? 'Bộ Công an',
          'Năm 2024',
          'Đang thực hiện',
        ]),
      ],
      { sheet },
    ),
  );
}

describe('matchTasks', () => {
  it('pairs the 230 annex with the same annex pasted with HTML: 26 of its tasks', async () => {
    const workbook = await annex();
    const pasted = tableOf(pastedAnnexGrid());
    const { pairs, onlyA, onlyB } = matchTasks(workbook, pasted);
    expect(pairs).toHaveLength(26);
    expect(pairs.every((p) => p.similarity === 1)).toBe(true);
    // One to one, and in the same order.
    expect(new Set(pairs.map((p) => p.a)).size).toBe(26);
    expect(pairs.map((p) => p.a)).toEqual([...pairs.map((p) => p.a)].sort((x, y) => x - y));
    expect(onlyB).toEqual([]);
    expect(onlyA.map((i) => workbook.tasks[i]?.task.slice(0, 40))).toEqual([
      'Trình Hội đồng nhân dân cùng cấp có chín',
    ]);
  });

  it('finds in Thanh Hóa only the three national tasks its appendix re-reports, lightly edited', async () => {
    const workbook = await annex();
    const thanhHoa = tableOf(await fixtureGrid('thanh-hoa-phu-luc-I-06-2024.xlsx'));
    const { pairs } = matchTasks(workbook, thanhHoa);
    expect(pairs.map((p) => workbook.tasks[p.a]?.task.slice(0, 30))).toEqual([
      'Thực hiện chỉ đạo, điều hành v',
      'Đẩy nhanh tiến độ số hóa hồ sơ',
      'Kết nối, chia sẻ dữ liệu giữa ',
    ]);
    expect(pairs.every((p) => p.similarity >= MIN_TASK_SIMILARITY && p.similarity < 1)).toBe(true);
    expect(pairs.length).toBeLessThan(workbook.tasks.length / 5);
  });

  it('is robust to a small edit, but not to another number or a short text', () => {
    const a = tableOfTasks('A', [
      'Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với Cơ sở dữ liệu hộ tịch điện tử',
      'Triển khai 25 dịch vụ công thiết yếu trên Cổng dịch vụ công quốc gia',
      'Báo cáo định kỳ',
    ]);
    const b = tableOfTasks('B', [
      'Báo cáo định kỳ',
      'Triển khai 53 dịch vụ công thiết yếu trên Cổng dịch vụ công quốc gia',
      'Triển khai kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với Cơ sở dữ liệu hộ tịch điện tử.',
    ]);
    const { pairs, onlyA, onlyB } = matchTasks(a, b);
    expect(pairs).toEqual([{ a: 0, b: 2, similarity: expect.any(Number) as number }]);
    expect(pairs[0]?.similarity).toBeGreaterThan(0.95);
    expect(onlyA).toEqual([1, 2]);
    expect(onlyB).toEqual([0, 1]);
  });

  it('pairs one to one: the same words for two owners go to the owner named alike', () => {
    const text = 'Rà soát, cập nhật dữ liệu dân cư phục vụ cấp căn cước cho công dân';
    const a = tableOfTasks('A', [text, text], ['Sở Tư pháp', 'Sở Y tế']);
    const b = tableOfTasks('B', [text, text, text], ['Sở Y tế', 'Sở Tư pháp', 'Sở Nội vụ']);
    const { pairs, onlyB } = matchTasks(a, b);
    expect(pairs.map(({ a: x, b: y }) => [x, y])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(onlyB).toEqual([2]);
  });
});
