import fc from 'fast-check';
import { findReportDate } from '../../../src/core/table/findReportDate';
import { loadWorkbook } from '../../helpers/fixtures';
import { readTaskTable } from '../../../src/core/table/readTaskTable';

describe('findReportDate', () => {
  it.each([
    [['NHIỆM VỤ CHẬM MUỘN', '(Kèm theo Báo cáo số 230/BC-TCTTKĐA ngày 31/01/2024)'], '2024-01-31'],
    [['(kèm theo Báo cáo số: 137 /BC-UBND ngày 28/6/2024 của UBND tỉnh)'], '2024-06-28'],
    [['Phụ lục', 'Kèm theo Thông báo số 4318/TB-TCTTKĐA ngày 28 tháng 5 năm 2024'], '2024-05-28'],
    [['KEM THEO BAO CAO SO 12/BC-UBND NGAY 5.3.2024'], '2024-03-05'],
  ])('%j → %s', (titles, iso) => {
    expect(findReportDate(titles)).toBe(iso);
  });

  it.each([
    [[]],
    [['BẢNG THEO DÕI NHIỆM VỤ NĂM 2024']],
    [['Hội nghị ngày 31/01/2024']],
    [['(Kèm theo Báo cáo số 230/BC-TCTTKĐA ngày 30/02/2024)']],
  ])('%j names no report date', (titles) => {
    expect(findReportDate(titles)).toBeNull();
  });

  it('offers the dates of the fixture titles', async () => {
    const dates: (string | null)[] = [];
    for (const file of [
      'bao-cao-230-cham-muon-T01-2024.xlsx',
      'thanh-hoa-phu-luc-I-06-2024.xlsx',
      'chi-thi-05-2023-phu-luc.xlsx',
    ]) {
      const [grid] = await loadWorkbook(file);
      const read = readTaskTable(grid!);
      dates.push(read.success ? findReportDate(read.data.titles) : 'unread');
    }
    expect(dates).toEqual(['2024-01-31', '2024-06-28', null]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }),
        (titles) => void findReportDate(titles),
      ),
    );
  });
});
