import { headerNotFound } from '../../../src/core/rules/header-not-found';
import { gridOf } from '../../helpers/fixtures';
import { HEADER, brief, fixtureGrid, onFixtureWorkbooks, runOn, runOnRows } from './ruleHarness';

describe('header-not-found', () => {
  describe('valid', () => {
    it('stays silent when the header is found', () => {
      expect(
        runOnRows(headerNotFound, [
          HEADER,
          ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024', 'Đã hoàn thành'],
        ]),
      ).toEqual([]);
    });

    it('stays silent on an empty sheet: a spare sheet is not a broken table', () => {
      expect(runOnRows(headerNotFound, [])).toEqual([]);
      expect(runOnRows(headerNotFound, [[null, ' '], ['']])).toEqual([]);
    });

    it('stays silent on a header with no task rows under it (an empty register)', () => {
      expect(runOnRows(headerNotFound, [HEADER])).toEqual([]);
    });

    it('finds the header of every fixture workbook', async () => {
      expect(await onFixtureWorkbooks(headerNotFound)).toMatchInlineSnapshot(`
       {
         "bao-cao-230-cham-muon-T01-2024.xlsx": [],
         "chi-thi-05-2023-phu-luc.xlsx": [],
         "thanh-hoa-phu-luc-I-06-2024.xlsx": [],
         "thong-bao-4318-2024-nhiem-vu.xlsx": [],
       }
      `);
    });
  });

  describe('invalid', () => {
    it('reports a sheet of text without a header row, at A1, naming the sheet', () => {
      const grid = gridOf(
        [
          ['BÁO CÁO KẾT QUẢ TRIỂN KHAI ĐỀ ÁN 06 THÁNG 01/2024'],
          ['Kính gửi: Thủ tướng Chính phủ'],
          ['1. Bộ Công an đã hoàn thành kết nối với 13 bộ, ngành.'],
        ],
        { sheet: 'Báo cáo' },
      );
      expect(brief(runOn(headerNotFound, grid))).toEqual([
        { code: 'header_not_found', cell: 'A1', params: { sheets: ['Báo cáo'] } },
      ]);
    });

    it('reports a real sheet holding only the title of the late-task annex of report 230', async () => {
      const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
      const titleOnly = { ...grid, values: grid.values.slice(0, 3) };
      expect(brief(runOn(headerNotFound, titleOnly))).toEqual([
        { code: 'header_not_found', cell: 'A1', params: { sheets: ['Chậm muộn T1-2024'] } },
      ]);
    });
  });
});
