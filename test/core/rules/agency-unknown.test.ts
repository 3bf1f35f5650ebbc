import { agencyUnknown } from '../../../src/core/rules/agency-unknown';
import { brief, fixtureGrid, onFixtureWorkbooks, runOn, runOnRows } from './ruleHarness';

const HEADER = ['TT', 'Nội dung, nhiệm vụ cụ thể', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn'];
const row = (stt: string, lead: string, partners: string | null = null): (string | null)[] => [
  stt,
  `Rà soát, cập nhật dữ liệu chuyên ngành số ${stt}`,
  lead,
  partners,
  'Quý I/2024',
];

describe('agency-unknown', () => {
  describe('valid', () => {
    it('stays silent on names the registry knows, in any spelling it holds', () => {
      expect(
        runOnRows(agencyUnknown, [
          HEADER,
          row('1', 'Bộ TTTT', 'BCA, Văn phòng Chính phủ'),
          row('2', 'Sở LĐTĐ và XH', 'Các sở, ban, ngành; UBND cấp huyện'),
          row('3', 'Bộ Y tế phối hợp Bộ công an'),
        ]),
      ).toEqual([]);
    });

    it('names no agency "N" or "A" for an Excel error (missing-value reports the cell)', () => {
      expect(
        runOnRows(agencyUnknown, [
          HEADER,
          row('1', '#N/A', '#N/A'),
          row('2', '#REF!', 'Sở Tư pháp'),
          row('3', 'Sở Tư pháp', '#NAME?'),
        ]),
      ).toEqual([]);
    });

    it('finds every agency of the fixture workbooks in the registry', async () => {
      expect(await onFixtureWorkbooks(agencyUnknown)).toMatchInlineSnapshot(`
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
    it('reports an unknown lead at its lead cell', () => {
      expect(runOnRows(agencyUnknown, [HEADER, row('1', 'Ban Chỉ đạo 389 quốc gia')])).toEqual([
        {
          code: 'agency_unknown',
          cell: 'C2',
          params: { name: 'Ban Chỉ đạo 389 quốc gia', occurrences: 1 },
        },
      ]);
    });

    it('reports a name once, as first written, counting every spelling of it', () => {
      expect(
        runOnRows(agencyUnknown, [
          HEADER,
          row('1', 'Sở Tư pháp', 'Hội Nông dân tỉnh'),
          row('2', 'Hội nông dân  tỉnh'),
          row('3', 'Sở Y tế', 'Hoi Nong dan tinh'),
        ]),
      ).toEqual([
        {
          code: 'agency_unknown',
          cell: 'D2',
          params: { name: 'Hội Nông dân tỉnh', occurrences: 3 },
        },
      ]);
    });

    it('points at the lead cell for a partner named there ("A phối hợp B")', () => {
      expect(
        runOnRows(agencyUnknown, [
          HEADER,
          row('1', 'Sở Tư pháp phối hợp Hiệp hội Công chứng tỉnh'),
        ]),
      ).toEqual([
        {
          code: 'agency_unknown',
          cell: 'C2',
          params: { name: 'Hiệp hội Công chứng tỉnh', occurrences: 1 },
        },
      ]);
    });

    it('reports a body missing from the registry in real rows of Thanh Hóa’s Phụ lục I', async () => {
      const grid = await fixtureGrid('thanh-hoa-phu-luc-I-06-2024.xlsx');
      // Tasks 57 and 58 (rows 67, 68), with a real provincial body added to their partners.
      const values = grid.values.map((cells, r) =>
        r === 66 || r === 67
          ? cells.map((v, c) => (c === 3 ? `${String(v)}; Ban Quản lý Khu kinh tế Nghi Sơn` : v))
          : cells,
      );
      expect(brief(runOn(agencyUnknown, { ...grid, values }))).toEqual([
        {
          code: 'agency_unknown',
          cell: 'D67',
          params: { name: 'Ban Quản lý Khu kinh tế Nghi Sơn', occurrences: 2 },
        },
      ]);
    });
  });
});
