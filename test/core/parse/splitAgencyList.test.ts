import {
  type AgencyListItem,
  splitAgencyList,
  tallyAgencyList,
} from '../../../src/core/parse/splitAgencyList';
import { findCountedAgencyLists, readAgencyList } from '../../../src/core/parse/agencyCountedList';

const ids = (items: readonly AgencyListItem[]): (string | null)[] =>
  items.map((item) => item.entry?.id ?? null);
const texts = (items: readonly AgencyListItem[]): string[] => items.map((item) => item.text);

// Report 230/BC-TCTTKĐA, annex B.I STT 6: the list after "16 bộ, ngành chưa hoàn thành, gồm:".
const FIFTEEN =
  'Công an; Ngoại giao; Tư pháp; Tài chính; Công Thương; Nông nghiệp và Phát triển nông thôn; Xây dựng; ' +
  'Tài nguyên và Môi trường; Lao động, Thương binh và Xã hội; Khoa học và Công nghệ; Giáo dục và Đào tạo; ' +
  'Y tế; Ủy ban dân tộc; Thanh tra Chính phủ, Bảo hiểm Xã hội Việt Nam';

// Report 230, footnote 11 and annex B.I STT 7: "14 bộ, ngành" naming Tài chính twice.
const FOURTEEN =
  'Công an, Ngoại giao, Tài chính, Kế hoạch và Đầu tư, Tài chính, Công thương, Nông nghiệp, ' +
  'Tài nguyên và Môi trường, Thông tin và truyền thông, Lao động, Thương binh và Xã hội, ' +
  'Khoa học và công nghệ, Giáo dục và đào tạo, Y tế, Ủy ban dân tộc';

describe('splitAgencyList', () => {
  it('reads the 15 bodies of a ";" list whose last item holds two', () => {
    const items = splitAgencyList(FIFTEEN);
    expect(ids(items)).toEqual([
      'BCA',
      'BNG',
      'BTP',
      'BTC',
      'BCT',
      'BNNPTNT',
      'BXD',
      'BTNMT',
      'BLDTBXH',
      'BKHCN',
      'BGDDT',
      'BYT',
      'UBDT',
      'TTrCP',
      'BHXHVN',
    ]);
    expect(texts(items)[8]).toBe('Lao động, Thương binh và Xã hội');
    expect(texts(items).slice(-2)).toEqual(['Thanh tra Chính phủ', 'Bảo hiểm Xã hội Việt Nam']);
  });

  it('reads 14 items, 13 distinct, from a "," list with commas inside names', () => {
    const items = splitAgencyList(FOURTEEN);
    expect(items).toHaveLength(14);
    expect(items.every((item) => item.entry !== null)).toBe(true);
    const tally = tallyAgencyList(items);
    expect({
      listed: tally.listed,
      distinct: tally.distinct,
      duplicates: texts(tally.duplicates),
    }).toEqual({
      listed: 14,
      distinct: 13,
      duplicates: ['Tài chính'],
    });
  });

  it('splits two bodies written as one ("Ủy ban Dân tộc, Văn hóa, Thể thao và Du lịch")', () => {
    const items = splitAgencyList(
      'Công thương; Giáo dục và Đào tạo; Kế hoạch và Đầu tư; Khoa học và Công nghệ; Tài nguyên và Môi trường; ' +
        'Lao động, Thương binh và Xã hội; Nông nghiệp và Phát triển nông thôn; Y tế; Thanh tra Chính phủ; ' +
        'Ủy ban Dân tộc, Văn hóa, Thể thao và Du lịch',
    );
    expect(items).toHaveLength(11);
    expect(texts(items).slice(-2)).toEqual(['Ủy ban Dân tộc', 'Văn hóa, Thể thao và Du lịch']);
    expect(ids(items).slice(-2)).toEqual(['UBDT', 'BVHTTDL']);
  });

  it.each([
    [
      // Report 230, footnote 6: a comma inside "Văn hóa, Thể thao và Du lịch".
      'Bộ Kế hoạch và Đầu tư, Bộ Quốc phòng, Bộ Văn hóa, Thể thao và Du lịch, Ngân hàng Nhà nước Việt Nam, Bộ Giao thông vận tải, Bộ Thông tin và Truyền thông, Bộ Nội vụ.',
      ['BKHDT', 'BQP', 'BVHTTDL', 'NHNN', 'BGTVT', 'BTTTT', 'BNV'],
    ],
    [
      // Footnote 4: "và" between items, and inside "Khoa học và Công nghệ".
      'Bộ Công an, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Xây dựng, Bảo hiểm xã hội Việt Nam và Bộ Khoa học và Công nghệ',
      ['BCA', 'BNNPTNT', 'BXD', 'BHXHVN', 'BKHCN'],
    ],
    [
      'Bộ Giáo dục và Đào tạo, Bộ Công thương, Bộ Tài nguyên và Môi trường, Bộ Lao động – Thương binh và Xã hội, Bộ Quốc phòng, Bộ Giao Thông vận tải, Ngân hàng Nhà nước',
      ['BGDDT', 'BCT', 'BTNMT', 'BLDTBXH', 'BQP', 'BGTVT', 'NHNN'],
    ],
    [
      // Footnote 8: "Lao động Thương binh và Xã hội" without a separator, "Văn hóa – Thể thao …".
      'Lao động Thương binh và Xã hội, Tài nguyên và Môi trường, Giao thông vận tải, Công thương, Quốc phòng, Ngân hàng Nhà nước Việt Nam, Tài chính, Văn hóa – Thể thao và Du lịch, Thông tin và Truyền thông, Y tế, Ngoại giao, Kế hoạch và Đầu tư',
      [
        'BLDTBXH',
        'BTNMT',
        'BGTVT',
        'BCT',
        'BQP',
        'NHNN',
        'BTC',
        'BVHTTDL',
        'BTTTT',
        'BYT',
        'BNG',
        'BKHDT',
      ],
    ],
    [
      'An Giang, Bà Rịa – Vũng Tàu, Bình Dương, Cần Thơ, Đắk Nông, Kiên Giang, Sóc Trăng, Tây Ninh, TP. Hồ Chí Minh',
      [
        'P.AN_GIANG',
        'P.BA_RIA_VUNG_TAU',
        'P.BINH_DUONG',
        'P.CAN_THO',
        'P.DAK_NONG',
        'P.KIEN_GIANG',
        'P.SOC_TRANG',
        'P.TAY_NINH',
        'P.HO_CHI_MINH',
      ],
    ],
    [
      'Tài chính, Tư pháp, Thông tin và Truyền thông, Giáo dục và Đào tạo',
      ['BTC', 'BTP', 'BTTTT', 'BGDDT'],
    ],
    ['Xây dựng, Khoa học và Công nghệ, Ban Cơ yếu Chính phủ', ['BXD', 'BKHCN', 'BCYCP']],
    [
      'Hà Nam, Bà Rịa - Vũng Tàu, Bắc Giang, Cà Mau, Sơn La',
      ['P.HA_NAM', 'P.BA_RIA_VUNG_TAU', 'P.BAC_GIANG', 'P.CA_MAU', 'P.SON_LA'],
    ],
    ['Thừa Thiên - Huế; Huế; TP.HCM', ['P.THUA_THIEN_HUE', 'P.THUA_THIEN_HUE', 'P.HO_CHI_MINH']],
  ])('reads %j', (list, expected) => {
    expect(ids(splitAgencyList(list))).toEqual(expected);
  });

  it.each([
    ['Bộ Công an/Bộ Tư pháp', ['BCA', 'BTP']],
    ['Bộ Công an + Bộ Tư pháp', ['BCA', 'BTP']],
    ['Bộ Công an - Bộ Tư pháp – Bộ Y tế', ['BCA', 'BTP', 'BYT']],
    ['Bộ Công an\nBộ Tư pháp', ['BCA', 'BTP']],
    ['- Bộ Công an;\n- Bộ Tư pháp;\n• Bộ Y tế', ['BCA', 'BTP', 'BYT']],
    ['1. Bộ Công an\n2) Bộ Tư pháp', ['BCA', 'BTP']],
    ['Bộ Công an và Bộ Tư pháp', ['BCA', 'BTP']],
    ['<ul><li>Bộ Công an</li><li>Bộ Tư pháp</li></ul>', ['BCA', 'BTP']],
    ['UBND cấp huyện, UBND cấp xã', ['ALL_DISTRICT', 'ALL_COMMUNE']],
  ])('splits %j', (list, expected) => {
    expect(ids(splitAgencyList(list))).toEqual(expected);
  });

  it('keeps remarks with the name they follow, as notes', () => {
    const items = splitAgencyList(
      'Bộ Tư pháp (ý kiến thẩm định); Bộ Công an (C06); các cơ quan, đơn vị có liên quan; Các bộ, ngành được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg',
    );
    expect(items.map((item) => [item.entry?.id, item.name, item.note])).toEqual([
      ['BTP', 'Bộ Tư pháp', '(ý kiến thẩm định)'],
      ['BCA', 'Bộ Công an', '(C06)'],
      ['RELATED', 'các cơ quan, đơn vị có liên quan', null],
      ['ALL_MIN', 'Các bộ, ngành', 'được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg'],
    ]);
  });

  it('keeps unknown bodies as written', () => {
    const items = splitAgencyList(
      'Hội Nông dân Việt Nam; Bộ Công an, Công ty ABC và Cục Cảnh sát giao thông',
    );
    expect(items.map((item) => [item.text, item.entry?.id ?? null])).toEqual([
      ['Hội Nông dân Việt Nam', null],
      ['Bộ Công an', 'BCA'],
      ['Công ty ABC', null],
      ['Cục Cảnh sát giao thông', null],
    ]);
  });

  it('does not split a phrase at a lower-case "và" or comma', () => {
    const items = splitAgencyList('Cục quản lý hành chính và trật tự xã hội, phòng chống tội phạm');
    expect(texts(items)).toEqual([
      'Cục quản lý hành chính và trật tự xã hội, phòng chống tội phạm',
    ]);
  });

  it('reads random words as unknown, never as agencies', () => {
    const items = splitAgencyList('xây dựng hệ thống, tài chính công, y tế cơ sở và công an xã');
    expect(items.every((item) => item.entry === null)).toBe(true);
  });

  it('tells a provincial department from its ministry', () => {
    expect(ids(splitAgencyList('Sở Tư pháp, Bộ Tư pháp, Tư pháp'))).toEqual([
      'PD.STP',
      'BTP',
      'BTP',
    ]);
  });

  it('returns nothing for an empty or punctuation-only text', () => {
    expect(splitAgencyList('')).toEqual([]);
    expect(splitAgencyList(' ; , – ')).toEqual([]);
  });
});

describe('tallyAgencyList', () => {
  it('counts unknown bodies by their folded name', () => {
    const tally = tallyAgencyList(
      splitAgencyList('Hội Nông dân; hội nông dân; Hội Cựu chiến binh'),
    );
    expect([tally.listed, tally.distinct, texts(tally.duplicates)]).toEqual([
      3,
      2,
      ['hội nông dân'],
    ]);
  });
});

describe('readAgencyList', () => {
  it('reads a counted list with its head', () => {
    const list = readAgencyList('02 bộ, ngành: Tư pháp, Y tế, Lao động - Thương binh và Xã hội');
    expect({ ...list, items: ids(list.items), bucket: list.bucket?.id }).toEqual({
      head: '02 bộ, ngành',
      stated: 2,
      of: null,
      bucket: 'ALL_MIN',
      completeness: 'all',
      items: ['BTP', 'BYT', 'BLDTBXH'],
    });
  });

  it('marks examples ("đặc biệt …")', () => {
    const list = readAgencyList(
      '13 bộ, ngành (đặc biệt Bộ Thông tin và Truyền thông, Bộ Tài chính, Bộ Tư pháp)',
    );
    expect([list.stated, list.completeness, ids(list.items)]).toEqual([
      13,
      'examples',
      ['BTTTT', 'BTC', 'BTP'],
    ]);
  });

  it('reads a named set after a collective', () => {
    const list = readAgencyList('Ủy ban nhân dân các tỉnh: Bắc Kạn, Bình Phước, Đắk Nông');
    expect([list.head, list.bucket?.id, list.stated, ids(list.items)]).toEqual([
      'Ủy ban nhân dân các tỉnh',
      'ALL_PROV',
      null,
      ['P.BAC_KAN', 'P.BINH_PHUOC', 'P.DAK_NONG'],
    ]);
  });

  it('reads a count without a list as a head only', () => {
    const list = readAgencyList('09 bộ ngành cần triển khai');
    expect([list.head, list.stated, list.bucket?.id, list.items]).toEqual([
      '09 bộ ngành cần triển khai',
      9,
      'ALL_MIN',
      [],
    ]);
  });

  it('reads a bare list', () => {
    const list = readAgencyList('Bộ Công an, Bộ Tư pháp');
    expect([list.head, list.stated, ids(list.items)]).toEqual([null, null, ['BCA', 'BTP']]);
  });
});

describe('findCountedAgencyLists', () => {
  // gold-findings.tsv COUNT_LIST rows whose lists name agencies: stated count, listed, distinct.
  it.each([
    [
      'CL-003',
      '16 bộ, ngành chưa hoàn thành, gồm: ' + FIFTEEN + '.',
      { stated: 16, listed: 15, distinct: 15 },
    ],
    ['CL-006', '14 bộ, ngành: ' + FOURTEEN + ';', { stated: 14, listed: 14, distinct: 13 }],
    [
      'CL-008',
      '02 bộ, ngành: Tư pháp, Y tế, Lao động - Thương binh và Xã hội',
      { stated: 2, listed: 3, distinct: 3 },
    ],
    [
      'CL-017',
      'Chưa hoàn thành. 11/22 Bộ, Cơ quan ngang Bộ chưa đảm bảo an ninh, an toàn hệ thống, gồm: Công thương; Giáo dục và Đào tạo; Kế hoạch và Đầu tư; Khoa học và Công nghệ; Tài nguyên và Môi trường; Lao động, Thương binh và Xã hội; Nông nghiệp và Phát triển nông thôn; Y tế; Thanh tra Chính phủ; Ủy ban Dân tộc, Văn hóa, Thể thao và Du lịch',
      { stated: 11, listed: 11, distinct: 11 },
    ],
    [
      'CL-018',
      'Còn 551 thủ tục hành chính chưa được thực thi (chiếm 41,74%). Trách nhiệm trên thuộc 14 bộ, ngành (Lao động - Thương binh và Xã hội, Tài nguyên và Môi trường, Giáo dục và đào tạo, Giao thông vận tải, Công thương, Quốc phòng, Ngân hàng nhà nước, Tài chính, Văn hóa - Thể thao và du lịch, Tư pháp, Thông tin và Truyền thông, Y tế, Ngoại giao, Kế hoạch và Đầu tư), trong đó, có 07 bộ, ngành có tỷ lệ đơn giản hóa thủ tục hành chính theo 19 Nghị quyết đạt thấp (dưới 50%)',
      { stated: 14, listed: 14, distinct: 14 },
    ],
    [
      'CL-019',
      '- Đối với cấp bộ: 03 Bộ có điểm số trên 60 (Tập đoàn Điện lực Việt Nam, Bộ Tư pháp, Bộ Quốc phòng). Còn lại dưới 60. - Đối với các địa phương: 02 địa phương có điểm đánh giá tốt (trên 80 điểm), 26 địa phương có điểm trung bình (thấp nhất là UBND tỉnh Bạc Liêu - 27,3)',
      { stated: 3, listed: 3, distinct: 3 },
    ],
    [
      'CL-012',
      'Còn 09 địa phương chưa ban hành (An Giang, Bà Rịa - Vũng Tàu, Bình Dương, Cần Thơ, Đắk Nông, Kiên Giang, Sóc Trăng, Tây Ninh, TP. Hồ Chí Minh)',
      { stated: 9, listed: 9, distinct: 9 },
    ],
    [
      'CL-007',
      '17 tỉnh, thành phố chưa hoàn thành: Bạc Liêu, Bắc Giang, Bắc Kạn, Cao Bằng, Đắk Nông, Đồng Nai, Hải Phòng, Hậu Giang, Khánh Hòa, Long An, Phú Thọ, Phú Yên, Quảng Bình, Sơn La, Tiền Giang, Thái Bình, Thừa Thiên Huế.',
      { stated: 17, listed: 17, distinct: 17 },
    ],
    [
      'CL-024',
      '04 tỉnh, thành phố lớn (Hà Nội, TP. Hồ Chí Minh, Hải Phòng, Quảng Ninh)',
      { stated: 4, listed: 4, distinct: 4 },
    ],
    [
      'CL-042',
      '08 bộ, ngành, thành viên Tổ Công tác (Văn Phòng Chính phủ, Bộ Thông tin và Truyền thông, Bộ Tài chính, Bộ Tư pháp, Bộ Tài nguyên và Môi trường, Ngân hàng nhà nước Việt Nam, Bộ Xây dựng, Bộ Khoa học và Công nghệ)',
      { stated: 8, listed: 8, distinct: 8 },
    ],
    [
      'CL-043',
      '06 Bộ, ngành (Lao động – Thương binh và Xã hội, Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Tu pháp, Liên đoàn thương mại và công nghiệp Việt Nam, Tập đoàn điện lực Việt Nam)',
      { stated: 6, listed: 6, distinct: 6 },
    ],
  ])('%s', (_id, text, expected) => {
    const lists = findCountedAgencyLists(text);
    expect(lists).toHaveLength(1);
    const list = lists[0]!;
    const tally = tallyAgencyList(list.items);
    expect({ stated: list.stated, listed: tally.listed, distinct: tally.distinct }).toEqual(
      expected,
    );
    expect(list.items.every((item) => item.entry !== null)).toBe(true);
    expect(text).toContain(list.text);
  });

  it('gives the whole of a fraction', () => {
    const [list] = findCountedAgencyLists(
      '11/22 Bộ, Cơ quan ngang Bộ chưa hoàn thành, gồm: Công thương; Y tế',
    );
    expect([list?.stated, list?.of, list?.bucket?.id]).toEqual([11, 22, 'ALL_MIN']);
  });

  it('finds nothing in text without counted agency lists', () => {
    expect(
      findCountedAgencyLists(
        'Còn 13/28 TTHC chưa hoàn thành; 02 địa phương có điểm tốt (trên 80 điểm)',
      ),
    ).toEqual([]);
    expect(findCountedAgencyLists('06 Ngân hàng (Vietcombank, Viettinbank, BIDV)')).toEqual([]);
  });
});
