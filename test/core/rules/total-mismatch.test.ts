import { totalMismatch } from '../../../src/core/rules/total-mismatch';
import { HEADER, onFixtureWorkbooks, runOnRows } from './ruleHarness';

const row = (result: string): (string | null)[] => [
  '1',
  'Tổng hợp kết quả thực hiện nhiệm vụ Đề án 06',
  'Sở Tư pháp',
  'Quý I/2024',
  result,
];

describe('total-mismatch', () => {
  describe('valid', () => {
    it.each([
      '72 nhiệm vụ, trong đó 54 nhiệm vụ hoàn thành, 18 nhiệm vụ đang chờ',
      'Tổng số 1.714 hồ sơ, gồm: 1.200 hồ sơ trực tuyến và 514 hồ sơ trực tiếp',
      // Thanh Hóa Phụ lục I STT 65 (F77): money in two magnitudes adds up (5,736 + 1,337 + 0,120 + 2,1 = 9,293 tỷ).
      'Tổng kinh phí đã bố trí là: 9,293 tỷ đồng (trong đó: Số hóa dữ liệu hộ tịch tại 3 huyện Quảng Xương, Thọ Xuân, Bá Thước là 5,736 tỷ đồng. Cập nhật cơ sở dữ liệu là 1,337 tỷ đồng. Đào tạo, tập huấn: 120 triệu đồng. Kinh phí chi thường xuyên: 2,1 tỷ đồng)',
      // A single sub-count is not a partition (the 230 annex, B.I STT 5).
      'Trách nhiệm trên thuộc 14 bộ, ngành (Tư pháp, Y tế), trong đó, có 07 bộ, ngành có tỷ lệ đạt thấp',
      // Parts of another noun are not parts.
      '72 nhiệm vụ, trong đó 54 nhiệm vụ hoàn thành tại 10 huyện',
      // No word says the figures make up the total.
      '72 nhiệm vụ; 54 nhiệm vụ hoàn thành, 20 nhiệm vụ đang chờ',
    ])('stays silent on %j', (result) => {
      expect(runOnRows(totalMismatch, [HEADER, row(result)])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags parts that do not add up to the total', () => {
      expect(
        runOnRows(totalMismatch, [
          HEADER,
          row('72 nhiệm vụ, trong đó 54 nhiệm vụ hoàn thành, 17 nhiệm vụ đang chờ'),
        ]),
      ).toEqual([
        { code: 'total_mismatch', cell: 'E2', params: { total: 72, parts: [54, 17], sum: 71 } },
      ]);
    });

    it('reads parts inside the parenthesis the marker opens, in any magnitude', () => {
      expect(
        runOnRows(totalMismatch, [
          HEADER,
          row(
            'Vốn dự án đã giao: 78,3 tỷ đồng (trong đó Dự án A là 72 tỷ đồng; Dự án B là 6 tỷ đồng).',
          ),
        ]),
      ).toEqual([
        {
          code: 'total_mismatch',
          cell: 'E2',
          params: { total: 78300000000, parts: [72000000000, 6000000000], sum: 78000000000 },
        },
      ]);
    });

    it('reads "Tổng số … gồm:"', () => {
      expect(
        runOnRows(totalMismatch, [
          HEADER,
          row('Tổng số 1.714 hồ sơ, gồm: 1.200 hồ sơ trực tuyến và 504 hồ sơ trực tiếp'),
        ]),
      ).toEqual([
        {
          code: 'total_mismatch',
          cell: 'E2',
          params: { total: 1714, parts: [1200, 504], sum: 1704 },
        },
      ]);
    });
  });

  it('finds nothing in the fixture workbooks (Thanh Hóa STT 65 adds up twice)', async () => {
    expect(await onFixtureWorkbooks(totalMismatch)).toMatchInlineSnapshot(`
     {
       "bao-cao-230-cham-muon-T01-2024.xlsx": [],
       "chi-thi-05-2023-phu-luc.xlsx": [],
       "thanh-hoa-phu-luc-I-06-2024.xlsx": [],
       "thong-bao-4318-2024-nhiem-vu.xlsx": [],
     }
    `);
  });
});
