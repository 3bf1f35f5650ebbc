import { listDuplicateItem } from '../../../src/core/rules/list-duplicate-item';
import { HEADER, brief, fixtureGrid, onFixtureWorkbooks, runOn, runOnRows } from './ruleHarness';

const task = (result: string, lead = 'Bộ Công an'): string[] => [
  '1',
  'Rà soát, công bố danh mục thủ tục hành chính có yêu cầu xuất trình sổ hộ khẩu',
  lead,
  'Tháng 12/2023',
  result,
];
const run = (result: string, lead?: string): ReturnType<typeof runOnRows> =>
  runOnRows(listDuplicateItem, [HEADER, task(result, lead)]);

const FOURTEEN =
  '14 bộ, ngành: Công an, Ngoại giao, Tài chính, Kế hoạch và Đầu tư, Tài chính, Công thương, ' +
  'Nông nghiệp, Tài nguyên và Môi trường, Thông tin và truyền thông, Lao động, Thương binh và ' +
  'Xã hội, Khoa học và công nghệ, Giáo dục và đào tạo, Y tế, Ủy ban dân tộc;';

describe('list-duplicate-item', () => {
  describe('valid', () => {
    it.each([
      // "Lao động, Thương binh và Xã hội" is one body, "Thanh tra Chính phủ, BHXH" two.
      'Còn 15 bộ, ngành chưa hoàn thành, gồm: Công an; Ngoại giao; Tư pháp; Tài chính; Công ' +
        'Thương; Nông nghiệp và Phát triển nông thôn; Xây dựng; Tài nguyên và Môi trường; Lao ' +
        'động, Thương binh và Xã hội; Khoa học và Công nghệ; Giáo dục và Đào tạo; Y tế; Ủy ban ' +
        'dân tộc; Thanh tra Chính phủ, Bảo hiểm Xã hội Việt Nam.',
      '11/22 Bộ chưa đảm bảo an ninh, an toàn hệ thống, gồm: Y tế; Thanh tra Chính phủ; Ủy ban ' +
        'Dân tộc, Văn hóa, Thể thao và Du lịch',
      // A count mismatch without a repeat is count-list-mismatch's.
      '02 bộ, ngành: Tư pháp, Y tế, Lao động - Thương binh và Xã hội',
    ])('%s', (result) => {
      expect(run(result)).toEqual([]);
    });

    it('leaves two units of one body told apart by a note', () => {
      expect(run('Hoàn thành', 'Bộ Công an (C06), Bộ Công an (A05)')).toEqual([]);
    });

    it('stays silent on the fixtures without repeats', async () => {
      const found = await onFixtureWorkbooks(listDuplicateItem);
      expect(found['thanh-hoa-phu-luc-I-06-2024.xlsx']).toEqual([]);
      expect(found['chi-thi-05-2023-phu-luc.xlsx']).toEqual([]);
      expect(found['thong-bao-4318-2024-nhiem-vu.xlsx']).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('finds "Tài chính" twice in a counted list', () => {
      expect(run(FOURTEEN)).toEqual([
        {
          code: 'list_duplicate_item',
          cell: 'E2',
          params: { item: 'Tài chính', times: 2, stated: 14, distinct: 13 },
        },
      ]);
    });

    it('finds a repeat in a list without a count in the lead cell', () => {
      expect(run('Hoàn thành', 'Bộ Tư pháp, Bộ Y tế, Bộ Tư pháp')).toEqual([
        {
          code: 'list_duplicate_item',
          cell: 'C2',
          params: { item: 'Bộ Tư pháp', times: 2, stated: null, distinct: 2 },
        },
      ]);
    });

    it('finds a repeat in a partial list', () => {
      expect(run('05 bộ, ngành chưa hoàn thành (Công an, Tư pháp, Công an, …)')).toEqual([
        {
          code: 'list_duplicate_item',
          cell: 'E2',
          params: { item: 'Công an', times: 2, stated: 5, distinct: 2 },
        },
      ]);
    });

    it('finds B.I STT 7 of the 230 annex, and nothing else there', async () => {
      const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
      expect(brief(runOn(listDuplicateItem, grid, '2024-01-31'))).toEqual([
        {
          code: 'list_duplicate_item',
          cell: 'F26',
          params: { item: 'Tài chính', times: 2, stated: 14, distinct: 13 },
        },
      ]);
    });
  });
});
