import { shortAgencyName } from '../../../src/core/summary/shortAgencyName';

describe('shortAgencyName', () => {
  it.each([
    ['Ủy ban nhân dân thành phố Hà Nội', 'UBND TP Hà Nội'],
    ['Uỷ ban nhân dân Thành phố Hồ Chí Minh', 'UBND TP Hồ Chí Minh'],
    ['ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'UBND TỈNH THANH HÓA'],
    ['Hội đồng nhân dân tỉnh Nghệ An', 'HĐND tỉnh Nghệ An'],
    ['Ủy ban nhân dân các huyện, thị xã, thành phố', 'UBND các huyện, thị xã, TP'],
    ['Ban Quản lý  khu kinh tế', 'Ban Quản lý khu kinh tế'],
  ])('%s → %s', (name, short) => {
    expect(shortAgencyName(name)).toBe(short);
  });

  it('abbreviates a field only when the name would not fit a tab', () => {
    expect(shortAgencyName('Sở Thông tin và Truyền thông')).toBe('Sở Thông tin và Truyền thông');
    expect(shortAgencyName('Phòng Lao động - Thương binh và Xã hội huyện Quảng Xương')).toBe(
      'Phòng LĐTBXH huyện Quảng Xương',
    );
    expect(shortAgencyName('Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa')).toBe(
      'Sở VHTTDL tỉnh Thanh Hóa',
    );
  });

  it('abbreviates whole words only', () => {
    expect(shortAgencyName('Công ty Thành phố Xanh')).toBe('Công ty TP Xanh');
    expect(shortAgencyName('Liên hiệp thành phốc')).toBe('Liên hiệp thành phốc');
  });

  it('keeps a name that is already short as it is', () => {
    expect(shortAgencyName('Bưu điện tỉnh')).toBe('Bưu điện tỉnh');
  });
});
