import { countListMismatch } from '../../../src/core/rules/count-list-mismatch';
import { HEADER, brief, fixtureGrid, onFixtureWorkbooks, runOn, runOnRows } from './ruleHarness';

const task = (result: string, lead = 'Bộ Công an'): string[] => [
  '1',
  'Công bố danh mục thủ tục hành chính có yêu cầu xuất trình sổ hộ khẩu',
  lead,
  'Tháng 12/2023',
  result,
];
const run = (result: string, lead?: string): ReturnType<typeof runOnRows> =>
  runOnRows(countListMismatch, [HEADER, task(result, lead)]);

const FIFTEEN =
  'Công an; Ngoại giao; Tư pháp; Tài chính; Công Thương; Nông nghiệp và Phát triển nông thôn; ' +
  'Xây dựng; Tài nguyên và Môi trường; Lao động, Thương binh và Xã hội; Khoa học và Công nghệ; ' +
  'Giáo dục và Đào tạo; Y tế; Ủy ban dân tộc; Thanh tra Chính phủ, Bảo hiểm Xã hội Việt Nam';
const FIFTEEN_NAMES = [
  'Công an',
  'Ngoại giao',
  'Tư pháp',
  'Tài chính',
  'Công Thương',
  'Nông nghiệp và Phát triển nông thôn',
  'Xây dựng',
  'Tài nguyên và Môi trường',
  'Lao động, Thương binh và Xã hội',
  'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Ủy ban dân tộc',
  'Thanh tra Chính phủ',
  'Bảo hiểm Xã hội Việt Nam',
];

describe('count-list-mismatch', () => {
  describe('valid', () => {
    it.each([
      // Two bodies in one item, and a name with an inner comma (report 230, footnote 10).
      `Còn 15 bộ, ngành chưa hoàn thành, gồm: ${FIFTEEN}.`,
      // "Ủy ban Dân tộc, Văn hóa, Thể thao và Du lịch" is two bodies (annex B.I STT 3).
      '11/22 Bộ, Cơ quan ngang Bộ chưa đảm bảo an ninh, an toàn hệ thống, gồm: Công thương; ' +
        'Giáo dục và Đào tạo; Kế hoạch và Đầu tư; Khoa học và Công nghệ; Tài nguyên và Môi ' +
        'trường; Lao động, Thương binh và Xã hội; Nông nghiệp và Phát triển nông thôn; Y tế; ' +
        'Thanh tra Chính phủ; Ủy ban Dân tộc, Văn hóa, Thể thao và Du lịch',
      '07 bộ, ngành hoàn thành: Bộ Kế hoạch và Đầu tư, Bộ Quốc phòng, Bộ Văn hóa, Thể thao và ' +
        'Du lịch, Ngân hàng Nhà nước Việt Nam, Bộ Giao thông vận tải, Bộ Thông tin và Truyền ' +
        'thông, Bộ Nội vụ.',
      'Còn 09 địa phương chưa ban hành (An Giang, Bà Rịa - Vũng Tàu, Bình Dương, Cần Thơ, Đắk ' +
        'Nông, Kiên Giang, Sóc Trăng, Tây Ninh, TP. Hồ Chí Minh)',
      // Partial lists are never compared.
      '05 bộ, ngành chưa hoàn thành, điển hình là: Công an, Tư pháp.',
      '05 bộ, ngành chưa hoàn thành như: Công an, Tư pháp.',
      '05 bộ, ngành chưa hoàn thành (Công an, Tư pháp, …)',
      '05 bộ, ngành chưa hoàn thành: Công an, Tư pháp v.v.',
      '05 bộ, ngành chưa hoàn thành, trong đó: Công an, Tư pháp.',
      '13 bộ, ngành (đặc biệt Bộ Thông tin và Truyền thông, Bộ Tài chính, Bộ Tư pháp)',
      // A list cut off with a dangling separator.
      '16 bộ, ngành chưa hoàn thành, gồm: Công an; Ngoại giao; Tư pháp;',
      // A bracket that is a remark on the count, not a list.
      '02 địa phương có điểm đánh giá tốt (trên 80 điểm)',
      // Same count, a body named twice: list-duplicate-item's.
      '03 bộ: Công an, Tư pháp, Công an',
    ])('%s', (result) => {
      expect(run(result)).toEqual([]);
    });

    it('does not count an unknown fragment of a name ("Nông nghiệp và PTNT")', () => {
      expect(
        run(
          'Danh mục 148 TTHC của 11 Bộ gồm: Thông tin và Truyền thông, Văn hóa, Thể thao và Du ' +
            'lịch, Nông nghiệp và PTNT, Nội vụ, Khoa học và Công nghệ, Xây dựng, Tài nguyên và ' +
            'Môi trường, Giao thông vận tải, Tư pháp, Lao động - Thương binh và Xã hộ, Bộ Y tế',
        ),
      ).toEqual([]);
    });

    it('stays silent on the consistent fixtures', async () => {
      const found = await onFixtureWorkbooks(countListMismatch);
      expect(found['thanh-hoa-phu-luc-I-06-2024.xlsx']).toEqual([]);
      expect(found['chi-thi-05-2023-phu-luc.xlsx']).toEqual([]);
      expect(found['thong-bao-4318-2024-nhiem-vu.xlsx']).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('finds 16 stated over 15 listed', () => {
      expect(run(`16 bộ, ngành chưa hoàn thành, gồm: ${FIFTEEN}.`)).toEqual([
        {
          code: 'count_list_mismatch',
          cell: 'E2',
          params: { stated: 16, listed: 15, noun: 'bộ, ngành', items: FIFTEEN_NAMES },
        },
      ]);
    });

    it('finds a count in the lead cell ("02 bộ, ngành" naming three)', () => {
      expect(
        run('Chưa hoàn thành', '02 bộ, ngành: Tư pháp, Y tế, Lao động - Thương binh và Xã hội'),
      ).toEqual([
        {
          code: 'count_list_mismatch',
          cell: 'C2',
          params: {
            stated: 2,
            listed: 3,
            noun: 'bộ, ngành',
            items: ['Tư pháp', 'Y tế', 'Lao động - Thương binh và Xã hội'],
          },
        },
      ]);
    });

    it('finds a bracketed list of provinces one short', () => {
      expect(run('Còn 04 địa phương chưa ban hành (An Giang, Cần Thơ, Tây Ninh)')).toEqual([
        {
          code: 'count_list_mismatch',
          cell: 'E2',
          params: {
            stated: 4,
            listed: 3,
            noun: 'địa phương',
            items: ['An Giang', 'Cần Thơ', 'Tây Ninh'],
          },
        },
      ]);
    });

    it('finds B.I STT 6 and B.II STT 1 of the 230 annex, and nothing else there', async () => {
      const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
      const found = brief(runOn(countListMismatch, grid, '2024-01-31'));
      expect(found.map(({ cell, params }) => [cell, params])).toEqual([
        ['F25', { stated: 16, listed: 15, noun: 'bộ, ngành', items: FIFTEEN_NAMES }],
        [
          'D28',
          {
            stated: 2,
            listed: 3,
            noun: 'bộ, ngành',
            items: ['Tư pháp', 'Y tế', 'Lao động - Thương binh và Xã hội'],
          },
        ],
      ]);
    });
  });
});
