import { ratioMismatch } from '../../../src/core/rules/ratio-mismatch';
import { ratioAgrees } from '../../../src/core/parse/figureClaims';
import { HEADER, onFixtureWorkbooks, runOnRows } from './ruleHarness';

const row = (stt: string, result: string): (string | null)[] => [
  stt,
  `Nhiệm vụ số ${stt} về đơn giản hóa thủ tục hành chính`,
  'Bộ Tư pháp',
  'Quý I/2024',
  result,
];

describe('ratioAgrees', () => {
  it('accepts rounding and truncation to the digits written, nothing else', () => {
    expect(ratioAgrees(3183845, 3224669, 98.73, 2)).toBe(true);
    expect(ratioAgrees(3183845, 3224669, 98.74, 2)).toBe(false);
    expect(ratioAgrees(504, 1000, 50, 0)).toBe(true);
    expect(ratioAgrees(507, 1000, 50, 0)).toBe(true);
    expect(ratioAgrees(507, 1000, 51, 0)).toBe(true);
    expect(ratioAgrees(507, 1000, 52, 0)).toBe(false);
    expect(ratioAgrees(3, 9429, 0.03, 2)).toBe(true);
    expect(ratioAgrees(953626, 953626, 100, 0)).toBe(true);
  });
});

describe('ratio-mismatch', () => {
  describe('valid', () => {
    it.each([
      'Đã thực thi phương án đơn giản hóa đối với 535/1.086 thủ tục hành chính (đạt tỷ lệ 49,26%)',
      'Dịch vụ công trực tuyến một phần: 724/1.714 (đạt 42,2%)',
      'Kết nối, tích hợp 12/250 TTHC (đạt 4,8%)',
      'Đạt 42,2% (724/1.714)',
      'Đã rà soát 2.281.434/2.371.256 dữ liệu, đạt tỷ lệ 96,21%',
      'Có 669/669 cơ sở y tế đã triển khai, đạt tỷ lệ 100%',
      'Đã hoàn thành 3.183.845/3.224.669 hồ sơ, đạt trên 98%',
      'Còn 551 thủ tục hành chính chưa được thực thi (chiếm 41,74%)',
      'Ngày 15/12/2023 đạt 50%; văn bản 1552/BTTTT-THH đạt 30%',
    ])('stays silent on %j', (result) => {
      expect(runOnRows(ratioMismatch, [HEADER, row('1', result)])).toEqual([]);
    });

    it('stays silent on a share when the sheet states no whole for its noun, or a smaller one', () => {
      expect(
        runOnRows(ratioMismatch, [
          HEADER,
          row('1', 'Còn 13/28 TTHC chưa hoàn thành tái cấu trúc quy trình'),
          row('2', 'Còn 551 thủ tục hành chính chưa được thực thi (chiếm 41,74%)'),
        ]),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags Thanh Hóa STT 44: 3.183.845/3.224.669 is 98,73%, not 98,74%', () => {
      expect(
        runOnRows(ratioMismatch, [
          HEADER,
          row(
            '1',
            '- Dữ liệu Bảo hiểm xã hội: Đã xác thực đúng với CSDLQG về dân cư 3.183.845/3.224.669 hồ sơ cá nhân, đạt tỷ lệ 98,74%.',
          ),
        ]),
      ).toEqual([
        {
          code: 'ratio_mismatch',
          cell: 'E2',
          params: { part: 3183845, whole: 3224669, stated: 98.74, computed: 98.734 },
        },
      ]);
    });

    it('flags a percentage written before its fraction', () => {
      expect(runOnRows(ratioMismatch, [HEADER, row('1', 'Đạt 45% (724/1.714)')])).toEqual([
        {
          code: 'ratio_mismatch',
          cell: 'E2',
          params: { part: 724, whole: 1714, stated: 45, computed: 42.2404 },
        },
      ]);
    });

    it('flags a share against the whole the same sheet states for the noun', () => {
      expect(
        runOnRows(ratioMismatch, [
          HEADER,
          row('1', 'Đã thực thi phương án đơn giản hóa đối với 535/1.086 thủ tục hành chính'),
          row('2', 'Còn 551 thủ tục hành chính chưa được thực thi (chiếm 41,74%)'),
        ]),
      ).toEqual([
        {
          code: 'share_mismatch',
          cell: 'E3',
          params: { part: 551, whole: 1086, wholeCell: 'E2', stated: 41.74, computed: 50.7366 },
        },
      ]);
    });
  });

  it('on the fixture workbooks: only Thanh Hóa STT 44 (the 230 annex states no whole for its 551)', async () => {
    expect(await onFixtureWorkbooks(ratioMismatch)).toMatchInlineSnapshot(`
     {
       "bao-cao-230-cham-muon-T01-2024.xlsx": [],
       "chi-thi-05-2023-phu-luc.xlsx": [],
       "thanh-hoa-phu-luc-I-06-2024.xlsx": [
         "ratio_mismatch F53",
       ],
       "thong-bao-4318-2024-nhiem-vu.xlsx": [],
     }
    `);
  });
});
