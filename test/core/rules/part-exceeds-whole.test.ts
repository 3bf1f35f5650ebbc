import { partExceedsWhole } from '../../../src/core/rules/part-exceeds-whole';
import { HEADER, onFixtureWorkbooks, runOnRows } from './ruleHarness';

const row = (result: string): (string | null)[] => [
  '1',
  'Kết nối Kho quản lý dữ liệu điện tử của tổ chức, cá nhân',
  'Văn phòng Chính phủ',
  'Quý I/2024',
  result,
];

describe('part-exceeds-whole', () => {
  describe('valid', () => {
    it.each([
      'Đã hoàn thành tích hợp trên cổng DVCQG, Hệ thống thông tin của 59/63 địa phương và 03 Bộ.',
      'Đã cập nhật 953.626/953.626 dữ liệu trẻ em, đạt tỷ lệ 100%',
      'Hoàn thành trước 31/12/2023; ngày 15/12 các địa phương báo cáo',
      'Cấp điện mới từ lưới điện hạ áp (220/380V)',
      'Theo Nghị định số 107/2021/NĐ-CP và văn bản số 1552/BTTTT-THH',
      'Tháng 12/2023 đạt 12/10',
    ])('stays silent on %j', (result) => {
      expect(runOnRows(partExceedsWhole, [HEADER, row(result)])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a part larger than its whole', () => {
      expect(
        runOnRows(partExceedsWhole, [HEADER, row('Đã có 65/63 địa phương hoàn thành kết nối')]),
      ).toEqual([
        {
          code: 'part_exceeds_whole',
          cell: 'E2',
          params: { part: 65, whole: 63, text: '65/63 địa phương' },
        },
      ]);
    });

    it('flags it in a task text too', () => {
      expect(
        runOnRows(partExceedsWhole, [
          HEADER,
          ['1', 'Hoàn thành 25/22 bộ, ngành kết nối', 'Bộ Công an', 'Quý I/2024', 'Đang thực hiện'],
        ]),
      ).toEqual([
        {
          code: 'part_exceeds_whole',
          cell: 'B2',
          params: { part: 25, whole: 22, text: '25/22 bộ, ngành' },
        },
      ]);
    });
  });

  it('finds nothing in the fixture workbooks (every fraction there is a part of its whole)', async () => {
    expect(await onFixtureWorkbooks(partExceedsWhole)).toMatchInlineSnapshot(`
     {
       "bao-cao-230-cham-muon-T01-2024.xlsx": [],
       "chi-thi-05-2023-phu-luc.xlsx": [],
       "thanh-hoa-phu-luc-I-06-2024.xlsx": [],
       "thong-bao-4318-2024-nhiem-vu.xlsx": [],
     }
    `);
  });
});
