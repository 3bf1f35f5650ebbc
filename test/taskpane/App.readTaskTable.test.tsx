/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { readTaskTable } from '../../src/core/table/readTaskTable';
import { clickCheck, rowTexts } from './queries';
import { renderApp } from './renderApp';
import { fakeSource } from './sampleTable';

describe('App with the real readTaskTable', () => {
  it('reads the sample table and counts its tasks', async () => {
    const source = fakeSource();
    renderApp({ source, readTable: readTaskTable });
    await clickCheck();

    expect(rowTexts('Bảng đã đọc')).toEqual([
      'Trang tính Nhiệm vụ',
      'Vùng bảng A2:E7',
      'Dòng tiêu đề Dòng 2',
      'Số nhiệm vụ 3',
      'Số phần (A, B, …) 1',
      'Số nhóm (I, II, …) 1',
    ]);
    expect(rowTexts('Nhiệm vụ theo tình trạng')).toEqual([
      'Hoàn thành 1',
      'Đang thực hiện 1',
      'Chưa hoàn thành 1',
    ]);
    expect(rowTexts('Nhiệm vụ theo thời hạn')).toEqual(['Có thời hạn 2', 'Thường xuyên 1']);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Đơn vị chủ trì' }).value).toBe(
      'C',
    );

    // Reading the deadlines from the result column: no deadline there means anything known.
    fireEvent.change(screen.getByRole('combobox', { name: 'Thời hạn' }), {
      target: { value: 'E' },
    });
    expect(source.read).toHaveBeenCalledTimes(1);
    expect(rowTexts('Nhiệm vụ theo thời hạn')).toEqual(['Không đọc được 3']);
  });
});
