import { agencyEntries } from '../../../src/core/parse/agencies.data';
import { agencyEntrySchema } from '../../../src/core/parse/agencySchema';
import {
  findAgenciesIn,
  findAgencyById,
  resolveAgency,
} from '../../../src/core/parse/agencyRegistry';

const idOf = (name: string): string | null => resolveAgency(name)?.id ?? null;

describe('the registry data', () => {
  it('holds valid entries with unique ids', () => {
    for (const entry of agencyEntries)
      expect(agencyEntrySchema.safeParse(entry).success).toBe(true);
    const ids = agencyEntries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has short names that fit a sheet name', () => {
    for (const entry of agencyEntries) {
      expect({
        id: entry.id,
        fits: entry.short.length <= 31 && !/[\\/?*[\]:]/u.test(entry.short),
      }).toEqual({
        id: entry.id,
        fits: true,
      });
    }
  });

  it('counts its entries by kind', () => {
    const byKind: Record<string, number> = {};
    for (const entry of agencyEntries) byKind[entry.kind] = (byKind[entry.kind] ?? 0) + 1;
    expect(byKind).toMatchInlineSnapshot(`
     {
       "collective": 9,
       "leadership": 8,
       "ministry": 57,
       "province": 63,
       "provincial-department": 35,
     }
    `);
  });

  it('has the 63 provinces and cities', () => {
    expect(agencyEntries.filter((entry) => entry.kind === 'province')).toHaveLength(63);
  });

  it('resolves every spelling it lists to its own entry', () => {
    const wrong: string[] = [];
    for (const entry of agencyEntries) {
      const spellings = [
        entry.name,
        ...entry.aliases,
        ...(entry.places ?? []),
        ...(entry.listForms ?? []),
      ];
      for (const spelling of spellings) {
        const id = idOf(spelling);
        if (id !== entry.id) wrong.push(`${spelling} → ${id ?? 'null'} (expected ${entry.id})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds entries by id', () => {
    expect(findAgencyById('BCA')?.name).toBe('Bộ Công an');
    expect(findAgencyById('nope')).toBeUndefined();
  });
});

describe('resolveAgency', () => {
  it.each([
    ['Bộ Công an', 'BCA'],
    ['bộ công an', 'BCA'],
    ['BỘ CÔNG AN', 'BCA'],
    ['Bo Cong an', 'BCA'],
    ['  Bộ   Công an  ', 'BCA'],
    ['Bộ Công an (C06)', 'BCA'],
    ['C06', 'BCA'],
    ['Cục C06', 'BCA'],
    ['C06 - Bộ Công an', 'BCA'],
    ['Trung tâm dữ liệu quốc gia về dân cư', 'BCA'],
    ['Cục Cảnh sát QLHC về TTXH', 'BCA'],
    ['Công an', 'BCA'],
    ['Ngoại giao', 'BNG'],
    ['Tài chính', 'BTC'],
    ['Văn Phòng Chính phủ', 'VPCP'],
    ['VPCP', 'VPCP'],
    ['Cục Kiểm soát TTHC', 'VPCP'],
    ['Bộ Tư pháp (ý kiến thẩm định)', 'BTP'],
    ['Tu pháp', 'BTP'],
    ['BTITTT', 'BTTTT'],
    ['Bộ TT&TT', 'BTTTT'],
    ['Bộ TTTT', 'BTTTT'],
    ['Thông tin và truyền thông', 'BTTTT'],
    ['Bộ Lao động - Thương binh và Xã hội', 'BLDTBXH'],
    ['Bộ Lao động – Thương binh và Xã hội', 'BLDTBXH'],
    ['Bộ Lao động, Thương binh và Xã hội', 'BLDTBXH'],
    ['Bộ Lao động Thương binh và Xã hội', 'BLDTBXH'],
    ['Lao động, Thương binh và Xã hội', 'BLDTBXH'],
    ['Bộ LĐTBXH', 'BLDTBXH'],
    ['Văn hóa - Thể thao và Du lịch', 'BVHTTDL'],
    ['Văn hoá, Thể thao và Du lịch', 'BVHTTDL'],
    ['Nông nghiệp', 'BNNPTNT'],
    ['Bộ NN và PTNT', 'BNNPTNT'],
    ['Bộ Nông nghiệp và Môi trường', 'BNNMT'],
    ['Bộ Dân tộc và Tôn giáo', 'BDTTG'],
    ['Ủy ban dân tộc', 'UBDT'],
    ['Uỷ ban Dân tộc', 'UBDT'],
    ['BHXH VN', 'BHXHVN'],
    ['Ngân hàng nhà nước', 'NHNN'],
    ['Tập đoàn điện lực VN', 'EVN'],
    ['Liên đoàn thương mại và công nghiệp Việt Nam', 'VCCI'],
    ['TTCP', 'TTg'],
    ['TTgCP', 'TTg'],
    ['Thanh tra Chính phủ', 'TTrCP'],
    ['Tổ Công tác', 'TCT06'],
    ['Tổ công tác Đề án 06 tỉnh', 'PD.TCT06'],
    ['Các bộ, ngành, địa phương', 'ALL_MIN_LOC'],
    ['Bộ, ngành, địa phương', 'ALL_MIN_LOC'],
    ['Các bộ, ngành', 'ALL_MIN'],
    ['Các bộ, ngành thành viên Tổ Công tác', 'ALL_MIN'],
    ['Các bộ, cơ quan liên quan', 'ALL_MIN'],
    ['UBND các tỉnh, thành phố trực thuộc Trung ương', 'ALL_PROV'],
    ['UBND các tỉnh/thành phố', 'ALL_PROV'],
    ['UBND các địa phương', 'ALL_PROV'],
    ['Ủy ban nhân dân các tỉnh, thành phố', 'ALL_PROV'],
    ['UBND cấp huyện', 'ALL_DISTRICT'],
    ['Ủy ban nhân dân các huyện, thị xã, thành phố', 'ALL_DISTRICT'],
    ['UBND cấp xã', 'ALL_COMMUNE'],
    ['Các sở, ban, ngành (cấp tỉnh)', 'ALL_PROV_DEPT'],
    ['các sở, ban, ngành, đơn vị', 'ALL_PROV_DEPT'],
    ['Sở Tư pháp', 'PD.STP'],
    ['Sở TTTT', 'PD.STTTT'],
    ['Sở TT&TT', 'PD.STTTT'],
    ['Sở Lao động – TB&XH', 'PD.SLDTBXH'],
    ['Sở Lao động, Thương binh và Xã hội', 'PD.SLDTBXH'],
    ['Công an tỉnh', 'PD.CA'],
    ['Công an tỉnh Thanh Hoá', 'PD.CA'],
    ['Công an Thanh Hóa', 'PD.CA'],
    ['Văn phòng UBND tỉnh', 'PD.VP_UBND'],
    ['UBND tỉnh', 'PD.UBND'],
    ['BHXH tỉnh', 'PD.BHXH'],
    ['Bảo hiểm xã hội Thanh Hóa', 'PD.BHXH'],
    ['Trung tâm Phục vụ hành chính công tỉnh', 'PD.HCC'],
    ['Cục Thuế Thanh Hóa', 'PD.CUC_THUE'],
    ['Cục thuế', 'PD.CUC_THUE'],
    ['Ngân hàng Nhà nước chi nhánh Thanh Hóa', 'PD.NHNN'],
    ['Ngân hàng Nhà nước Việt Nam- Chi nhánh Thanh Hóa', 'PD.NHNN'],
    ['UBND tỉnh Thanh Hóa', 'P.THANH_HOA'],
    ['Ủy ban nhân dân tỉnh Thanh Hoá', 'P.THANH_HOA'],
    ['tỉnh Thanh Hóa', 'P.THANH_HOA'],
    ['Thanh Hóa', 'P.THANH_HOA'],
    ['TP. Hồ Chí Minh', 'P.HO_CHI_MINH'],
    ['TP.HCM', 'P.HO_CHI_MINH'],
    ['Thành phố Hồ Chí Minh', 'P.HO_CHI_MINH'],
    ['UBND TP Hà Nội', 'P.HA_NOI'],
    ['Thành phố Hà Nội', 'P.HA_NOI'],
    ['Hà Nội', 'P.HA_NOI'],
    ['Huế', 'P.THUA_THIEN_HUE'],
    ['Thừa Thiên Huế', 'P.THUA_THIEN_HUE'],
    ['Thừa Thiên - Huế', 'P.THUA_THIEN_HUE'],
    ['Bà Rịa – Vũng Tàu', 'P.BA_RIA_VUNG_TAU'],
    ['Bà Rịa - Vũng Tàu', 'P.BA_RIA_VUNG_TAU'],
    ['1. Bộ Y tế', 'BYT'],
  ])('%s → %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it('keeps the traps apart', () => {
    expect(idOf('Sở Tư pháp')).not.toBe('BTP');
    expect(idOf('TTCP')).not.toBe('TTrCP');
    expect(idOf('Sở Thông tin và Truyền thông')).toBe('PD.STTTT');
    expect(idOf('Tòa án nhân dân tỉnh')).toBe('PD.TAND');
    expect(idOf('Tòa án nhân dân tối cao')).toBe('TANDTC');
  });

  it.each([
    '',
    '   ',
    'Bộ',
    'xây dựng hệ thống',
    'kế hoạch',
    'người dân',
    'đang triển khai thực hiện',
    'Bộ Công an; Bộ Tư pháp',
    'Bộ Công an, Bộ Tư pháp',
    'Bộ Công an phối hợp',
    'BHXH',
    'Thanh Hóa xyz',
    'Công an các tỉnh',
  ])('does not resolve %j', (name) => {
    expect(resolveAgency(name)).toBeNull();
  });
});

describe('findAgenciesIn', () => {
  it('finds names in running text with their offsets', () => {
    const text =
      'Đã có tờ trình báo cáo TTCP. Hiện đang phối hợp Bộ Công an đánh giá; BTITTT phối hợp VPCP.';
    const found = findAgenciesIn(text);
    expect(found.map((mention) => [mention.entry.id, mention.text])).toEqual([
      ['TTg', 'TTCP'],
      ['BCA', 'Bộ Công an'],
      ['BTTTT', 'BTITTT'],
      ['VPCP', 'VPCP'],
    ]);
    for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('skips list-only forms in running text, and lower-case place words', () => {
    expect(
      findAgenciesIn('Bộ Xây dựng đang xây dựng hệ thống tài chính, hòa bình').map(
        (m) => m.entry.id,
      ),
    ).toEqual(['BXD']);
    expect(
      findAgenciesIn('Công an, Tài chính', { listForms: true }).map((m) => m.entry.id),
    ).toEqual(['BCA', 'BTC']);
  });

  it('prefers the longest name', () => {
    const ids = findAgenciesIn(
      'Bộ Y tế và UBND thành phố Hà Nội chỉ đạo Sở Y tế; Công an tỉnh Thanh Hóa',
    ).map((m) => m.entry.id);
    expect(ids).toEqual(['BYT', 'P.HA_NOI', 'PD.SYT', 'PD.CA']);
  });
});
