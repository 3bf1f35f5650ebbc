import { findCarriedOverYear } from '../../../src/core/deadlines/findCarriedOverYear';
import { findCompletionDate } from '../../../src/core/deadlines/findCompletionDate';
import { findDirectiveDates } from '../../../src/core/deadlines/findDirectiveDates';
import { findInvalidDates } from '../../../src/core/deadlines/findInvalidDates';
import {
  findStatedDeadlines,
  periodEndingOn,
} from '../../../src/core/deadlines/findStatedDeadlines';

describe('findCarriedOverYear', () => {
  it.each([
    ['( nhiệm vụ chưa hoàn thành từ năm 2023 )', 2023],
    ['Hoàn thành … (nhiệm vụ chưa hoàn thành từ năm 2022)', 2022],
    ['Chuyển tiếp từ năm 2023', 2023],
    ['Dự án chuyển tiếp từ năm 2023', 2023],
    ['Nhiệm vụ tồn đọng từ năm 2022', 2022],
    ['Chưa hoàn thành từ năm 2022 đến nay', 2022],
    ['Nhiệm vụ năm 2022 chuyển sang', 2022],
    ['NHIỆM VỤ CHƯA HOÀN THÀNH TỪ NĂM 2022', 2022],
  ])('%s → %i', (text, year) => {
    expect(findCarriedOverYear([text], 2024)).toBe(year);
  });

  it.each([
    'Giải quyết hồ sơ tồn đọng từ năm 2022',
    'Thực hiện từ năm 2022',
    'Chưa hoàn thành, đơn vị xin lùi lộ trình đến năm 2025',
    '(nhiệm vụ chưa hoàn thành từ năm 2024)',
  ])('%s → none', (text) => {
    expect(findCarriedOverYear([text, null], 2024)).toBeNull();
  });

  it('takes the earliest year any text names', () => {
    expect(findCarriedOverYear(['(chuyển tiếp từ năm 2023)', 'Tồn đọng từ năm 2022'], 2024)).toBe(
      2022,
    );
  });
});

describe('findCompletionDate', () => {
  it.each([
    ['Đã ban hành Quyết định số 36/QĐ-TTg, ngày 11/01/2024', '2024-01-11'],
    ['Đã hoàn thành xây dựng tài liệu vào ngày 18/01/2024', '2024-01-18'],
    [
      'Đã thực hiện. Sở Tư pháp đã ban hành Công văn số 618/STP-XDKTVB ngày 27/3/2024 rà soát',
      '2024-03-27',
    ],
    ['Quyết định số 2568/QĐ-BTTTT, ngày 29/12/2023', '2023-12-29'],
  ])('%s → %s', (result, done) => {
    expect(findCompletionDate(result, '2024-06-28')).toBe(done);
  });

  it.each([
    ['an expectation', 'Dự kiến tổ chức trước ngày 20/01/2024'],
    ['a date after the report date', 'Đã hoàn thành ngày 15/7/2024'],
    [
      'several dates, none tied to the completion',
      'Công văn 1 ngày 03/4/2024; Công văn 2 ngày 04/6/2024',
    ],
    ['no date', 'Đã hoàn thành'],
  ])('%s → none', (_, result) => {
    expect(findCompletionDate(result, '2024-06-28')).toBeNull();
  });
});

describe('findDirectiveDates', () => {
  it('names each document before its date', () => {
    const text =
      'Chỉ thị 05, ngày 23/2/2023 của Thủ tướng Chính phủ; Thông báo 299/TB-VPCP ngày 31/7/2023; Nghị quyết số 85/NQ-CP ngày 09/7/2022';
    expect(findDirectiveDates(text)).toEqual([
      { date: '2023-02-23', document: 'Chỉ thị 05' },
      { date: '2023-07-31', document: 'Thông báo 299/TB-VPCP' },
      { date: '2022-07-09', document: 'Nghị quyết số 85/NQ-CP' },
    ]);
  });

  it('splits unseparated documents and " - " bullets', () => {
    expect(
      findDirectiveDates(
        '- Chi thị 05, ngày 23/2/2023 - Thông báo 16/TB-VPCP ngày 28/01/2023 Nghị quyết 74/NQ-CP ngày 7/5/2023',
      ).map((d) => d.document),
    ).toEqual(['Chi thị 05', 'Thông báo 16/TB-VPCP', 'Nghị quyết 74/NQ-CP']);
  });

  it('in running text, takes only cited documents, named from their kind', () => {
    expect(
      findDirectiveDates(
        'Hoàn thành trước ngày 10/9/2022 theo Quyết định số 422/QĐ-TTg ngày 04/4/2022',
        {
          citationsOnly: true,
        },
      ),
    ).toEqual([{ date: '2022-04-04', document: 'Quyết định số 422/QĐ-TTg' }]);
  });
});

describe('findStatedDeadlines', () => {
  it.each([
    ['chậm nhất đến 01/7/2024', '01/7/2024'],
    ['trước ngày 10 tháng 5 năm 2024', '10 tháng 5 năm 2024'],
    ['hoàn thành trong tháng 3/2024', 'tháng 3/2024'],
    ['đến hết tháng 3/2024', 'tháng 3/2024'],
    ['chậm nhất trong tháng 4 năm 2023', 'tháng 4 năm 2023'],
  ])('%s', (text, stated) => {
    expect(findStatedDeadlines(text).map((s) => s.text)).toEqual([stated]);
  });

  it.each([
    'Nghị quyết 50/NQ-CP ngày 08/4/2022',
    'từ 01/6/2024',
    'tầm nhìn đến năm 2050',
    'phấn đấu đến tháng 6 năm 2023 cấp được 40 triệu tài khoản',
    'ngay từ đầu năm 2023',
  ])('not a deadline of the task: %s', (text) => {
    expect(findStatedDeadlines(text)).toEqual([]);
  });

  it('periodEndingOn gives the named period back from its last day', () => {
    expect(periodEndingOn('2024-06-30', 'quarter')).toEqual({
      first: '2024-04-01',
      last: '2024-06-30',
    });
    expect(periodEndingOn('2024-12-31', 'half')).toEqual({
      first: '2024-07-01',
      last: '2024-12-31',
    });
    expect(periodEndingOn('2024-02-29', 'month')).toEqual({
      first: '2024-02-01',
      last: '2024-02-29',
    });
  });
});

describe('findInvalidDates', () => {
  it('tolerates a two-digit year outside the deadline cell, not inside it', () => {
    expect(findInvalidDates('ĐẾN Ngày 05/6/24', 'note')).toEqual([]);
    expect(findInvalidDates('05/6/24', 'deadline')).toEqual([
      { text: '05/6/24', problem: 'two-digit-year' },
    ]);
  });

  it('reports a two-digit year whose day cannot exist anyway', () => {
    expect(findInvalidDates('ngày 30/2/24', 'result')).toEqual([
      { text: '30/2/24', problem: 'day-out-of-range' },
    ]);
    // "12/13/24" does not read as a date at all (a count, like "2/35/26").
    expect(findInvalidDates('ngày 12/13/24', 'result')).toEqual([]);
  });
});
