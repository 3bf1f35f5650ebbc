import { statusConflict } from '../../../src/core/rules/status-conflict';
import {
  HEADER,
  annexWithTwinOf551,
  brief,
  onFixtureWorkbooks,
  pastedAnnexGrid,
  runOn,
  runOnRows,
} from './ruleHarness';

const TASK = 'Rà soát, cập nhật dữ liệu dân cư trên địa bàn tỉnh';
const row = (stt: string, result: string, task = TASK): (string | null)[] => [
  stt,
  task,
  'Sở Tư pháp',
  'Quý I/2024',
  result,
];
/** One task whose result is `result`. */
const single = (result: string) => runOnRows(statusConflict, [HEADER, row('1', result)]);

describe('status-conflict', () => {
  describe('valid: twins', () => {
    it('stays silent on twins whose results agree', () => {
      expect(
        runOnRows(statusConflict, [
          HEADER,
          row('1', 'Chưa hoàn thành'),
          row('2', 'Chưa hoàn thành, đơn vị xin lùi lộ trình đến năm 2025'),
        ]),
      ).toEqual([]);
    });

    it('stays silent when one twin’s status is unknown or recurring', () => {
      expect(
        runOnRows(statusConflict, [
          HEADER,
          row('1', 'Đã hoàn thành'),
          row('2', 'Chưa có báo cáo kết quả'),
          row('3', 'Thực hiện thường xuyên'),
        ]),
      ).toEqual([]);
    });

    it('stays silent on the real 551 row and a twin that says “Chưa hoàn thành”', async () => {
      expect(runOn(statusConflict, await annexWithTwinOf551('Chưa hoàn thành'))).toEqual([]);
    });

    it('stays silent on different tasks, however their results differ', () => {
      expect(
        runOnRows(statusConflict, [
          HEADER,
          row('1', 'Đã hoàn thành', 'Kết nối, chia sẻ dữ liệu với CSDL hộ tịch điện tử'),
          row('2', 'Chưa hoàn thành', 'Kết nối, chia sẻ dữ liệu với CSDL lý lịch tư pháp'),
        ]),
      ).toEqual([]);
    });
  });

  describe('valid: one result', () => {
    it.each([
      [
        'partial progress',
        'Đánh giá tiến độ: Đã hoàn thành 25/25 DVC thiết yếu; còn 08/10 DVC chưa triển khai',
      ],
      [
        'a status with a note of progress',
        'Chưa hoàn thành - Đã có tờ trình báo cáo TTCP về nội dung Nghị định.',
      ],
      ['progress on a part', 'Chưa hoàn thành. Đã hoàn thành 59/63 địa phương.'],
      ['a part still to do', 'Đã hoàn thành. Chưa hoàn thành việc bàn giao dữ liệu.'],
      ['a new deadline', 'Chưa hoàn thành. Hoàn thành trước 30/6/2024.'],
      ['what remains', 'Đã hoàn thành. Còn 02 địa phương chưa hoàn thành.'],
      ['the states of several bodies', 'Bộ Công an đã hoàn thành; Bộ Tư pháp chưa hoàn thành'],
      [
        'lists of bodies under each status',
        'Đã hoàn thành:\n- Bộ Công an\n- Bộ Tư pháp\nChưa hoàn thành:\n- Bộ Y tế',
      ],
      [
        'bodies after each status',
        'Đã hoàn thành - Bộ Công an, Bộ Tư pháp. Chưa hoàn thành - Bộ Y tế',
      ],
      ['bodies in brackets', 'Đã hoàn thành (Bộ Công an). Chưa hoàn thành (Bộ Y tế)'],
      [
        'numbered bodies',
        'Đã hoàn thành\n1. Bộ Công an\n2. Bộ Tư pháp\nChưa hoàn thành\n1. Bộ Y tế',
      ],
      ['mostly done, not entirely', 'Đã cơ bản hoàn thành. Chưa hoàn thành.'],
      [
        'a note in brackets',
        'Chưa hoàn thành (Mới kết nối với CSDL hộ tịch; các CSDL còn lại chưa hoàn thành)',
      ],
      ['a cell opening with progress', 'Đang thực hiện. Đã hoàn thành. Chưa hoàn thành.'],
    ])('stays silent on %s', (_, result) => {
      expect(single(result)).toEqual([]);
    });

    it('finds no conflict in the fixture workbooks, nor in the pasted annex', async () => {
      expect(await onFixtureWorkbooks(statusConflict)).toMatchInlineSnapshot(`
       {
         "bao-cao-230-cham-muon-T01-2024.xlsx": [],
         "chi-thi-05-2023-phu-luc.xlsx": [],
         "thanh-hoa-phu-luc-I-06-2024.xlsx": [],
         "thong-bao-4318-2024-nhiem-vu.xlsx": [],
       }
      `);
      expect(runOn(statusConflict, pastedAnnexGrid())).toEqual([]);
    });
  });

  describe('invalid: twins', () => {
    it('reports the real 551 row and its twin saying “Đã hoàn thành”, each against the other', async () => {
      expect(brief(runOn(statusConflict, await annexWithTwinOf551('Đã hoàn thành')))).toEqual([
        {
          code: 'status_conflict',
          cell: 'F24',
          params: { status: 'NOT_DONE', otherStatus: 'DONE', otherCell: 'F39' },
        },
        {
          code: 'status_conflict',
          cell: 'F39',
          params: { status: 'DONE', otherStatus: 'NOT_DONE', otherCell: 'F24' },
        },
      ]);
    });

    it('reports mostly done against in progress, once per row against the first contradiction', () => {
      expect(
        runOnRows(statusConflict, [
          HEADER,
          row('1', 'Đã cơ bản hoàn thành'),
          row('2', 'Đang triển khai'),
          row('3', 'Đang thực hiện'),
        ]),
      ).toEqual([
        {
          code: 'status_conflict',
          cell: 'E2',
          params: { status: 'MOSTLY_DONE', otherStatus: 'IN_PROGRESS', otherCell: 'E3' },
        },
        {
          code: 'status_conflict',
          cell: 'E3',
          params: { status: 'IN_PROGRESS', otherStatus: 'MOSTLY_DONE', otherCell: 'E2' },
        },
        {
          code: 'status_conflict',
          cell: 'E4',
          params: { status: 'IN_PROGRESS', otherStatus: 'MOSTLY_DONE', otherCell: 'E2' },
        },
      ]);
    });
  });

  describe('invalid: one result', () => {
    it.each([
      [
        'Đã hoàn thành. Bộ đã ban hành Quyết định số 12/QĐ-BTP. Chưa hoàn thành do chưa bố trí kinh phí.',
        'DONE',
        'NOT_DONE',
        'Đã hoàn thành',
        'Chưa hoàn thành',
      ],
      ['Hoàn thành\nChưa hoàn thành', 'DONE', 'NOT_DONE', 'Hoàn thành', 'Chưa hoàn thành'],
      [
        'Chưa hoàn thành, đơn vị xin lùi lộ trình đến năm 2025. Đã hoàn thành.',
        'NOT_DONE',
        'DONE',
        'Chưa hoàn thành',
        'Đã hoàn thành',
      ],
      [
        'Đánh giá tiến độ: Chưa thực hiện, đang chờ Bộ triển khai.\nĐã hoàn thành',
        'NOT_DONE',
        'DONE',
        'Chưa thực hiện',
        'Đã hoàn thành',
      ],
    ] as const)('reports “%s”', (result, first, second, firstPhrase, secondPhrase) => {
      expect(single(result)).toEqual([
        {
          code: 'status_self_conflict',
          cell: 'E2',
          params: { first, second, firstPhrase, secondPhrase },
        },
      ]);
    });

    it('reports a real result of the annex with a stale status left below it', async () => {
      const grid = await annexWithTwinOf551('Chưa hoàn thành');
      // Task A.II.2 (row 10): "Chưa hoàn thành, đơn vị xin lùi lộ trình đến năm 2025", and an old line.
      const values = grid.values
        .slice(0, 38)
        .map((r, i) => (i === 9 ? [...r.slice(0, 5), `${String(r[5])}\nĐã hoàn thành`] : r));
      expect(brief(runOn(statusConflict, { ...grid, values }))).toEqual([
        {
          code: 'status_self_conflict',
          cell: 'F10',
          params: {
            first: 'NOT_DONE',
            second: 'DONE',
            firstPhrase: 'Chưa hoàn thành',
            secondPhrase: 'Đã hoàn thành',
          },
        },
      ]);
    });
  });
});
