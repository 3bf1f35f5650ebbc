import { statusUnknown } from '../../../src/core/rules/status-unknown';
import {
  HEADER,
  brief,
  fixtureGrid,
  onFixtureWorkbooks,
  phuLucIIGrid,
  runOn,
  runOnRows,
} from './ruleHarness';

const row = (stt: string, result: string | null): (string | null)[] => [
  stt,
  `Rà soát, cập nhật dữ liệu chuyên ngành số ${stt}`,
  'Sở Tư pháp',
  'Quý I/2024',
  result,
];

describe('status-unknown', () => {
  describe('valid', () => {
    it('stays silent on results whose status reads', () => {
      expect(
        runOnRows(statusUnknown, [
          HEADER,
          row('1', 'Đã hoàn thành'),
          row('2', 'Đánh giá tiến độ: Đang thực hiện.'),
          row('3', 'Còn 09 địa phương chưa ban hành'),
          row('4', 'Thực hiện thường xuyên'),
        ]),
      ).toEqual([]);
    });

    it('stays silent on an assignment list (no result column: not reported)', () => {
      expect(
        runOnRows(statusUnknown, [
          ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
          ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Quý I/2024'],
        ]),
      ).toEqual([]);
    });

    it('stays silent on a register whose result column is empty throughout', () => {
      expect(runOnRows(statusUnknown, [HEADER, row('1', null), row('2', null)])).toEqual([]);
    });

    it('stays silent on a result cell that shows an Excel error (missing-value reports it)', () => {
      expect(
        runOnRows(statusUnknown, [HEADER, row('1', 'Đã hoàn thành'), row('2', '#DIV/0!')]),
      ).toEqual([]);
    });

    it('reads the result when the status cell shows an Excel error', () => {
      const header = [...HEADER, 'Tình trạng'];
      expect(
        runOnRows(statusUnknown, [
          header,
          [...row('1', 'Đã hoàn thành'), '#N/A'],
          [...row('2', null), '#N/A'],
          [...row('3', 'Đã hoàn thành'), 'Đã hoàn thành'],
        ]),
      ).toEqual([]);
    });

    it('stays silent on the one-hot table of Phụ lục II, whose unmarked rows have no result cell', () => {
      expect(runOn(statusUnknown, phuLucIIGrid())).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an unclear result at its result cell when the status cell shows an error', () => {
      const header = [...HEADER, 'Tình trạng'];
      expect(
        runOnRows(statusUnknown, [
          header,
          [...row('1', 'Đã hoàn thành'), 'Đã hoàn thành'],
          [...row('2', '03 Bộ có điểm số trên 60'), '#N/A'],
        ]),
      ).toEqual([
        { code: 'status_unknown', cell: 'E3', params: { text: '03 Bộ có điểm số trên 60' } },
      ]);
    });

    it('pins the results of the fixture workbooks: two unreadable, one unreported (report 230)', async () => {
      expect(await onFixtureWorkbooks(statusUnknown)).toMatchInlineSnapshot(`
       {
         "bao-cao-230-cham-muon-T01-2024.xlsx": [
           "status_unknown F23",
           "status_unknown F26",
           "status_unknown F36",
         ],
         "chi-thi-05-2023-phu-luc.xlsx": [],
         "thanh-hoa-phu-luc-I-06-2024.xlsx": [],
         "thong-bao-4318-2024-nhiem-vu.xlsx": [],
       }
      `);
    });

    it('reports a real result with figures only (report 230, task B.I.4), quoting its start', async () => {
      const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
      const finding = brief(runOn(statusUnknown, grid)).find((f) => f.cell === 'F23');
      expect(finding).toEqual({
        code: 'status_unknown',
        cell: 'F23',
        params: {
          text: 'Đối với cấp bộ: 03 Bộ có điểm số trên 60 (Tập đoàn Điện lực Việt Nam, Bộ Tư …',
        },
      });
    });

    it('reports a result that says nothing was reported', () => {
      expect(
        runOnRows(statusUnknown, [
          HEADER,
          row('1', 'Đã hoàn thành'),
          row('2', 'Chưa có báo cáo kết quả'),
        ]),
      ).toEqual([
        { code: 'status_unknown', cell: 'E3', params: { text: 'Chưa có báo cáo kết quả' } },
      ]);
    });

    it('reports an empty result in a table that reports progress, quoting ""', () => {
      expect(runOnRows(statusUnknown, [HEADER, row('1', 'Đã hoàn thành'), row('2', null)])).toEqual(
        [{ code: 'status_unknown', cell: 'E3', params: { text: '' } }],
      );
    });

    it('reads a status column first, and points at it', () => {
      expect(
        runOnRows(statusUnknown, [
          ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả thực hiện', 'Tình trạng'],
          [
            '1',
            'Rà soát văn bản quy phạm pháp luật',
            'Sở Tư pháp',
            'Đã ban hành Kế hoạch',
            'Xem báo cáo',
          ],
        ]),
      ).toEqual([{ code: 'status_unknown', cell: 'E2', params: { text: 'Xem báo cáo' } }]);
    });
  });
});
