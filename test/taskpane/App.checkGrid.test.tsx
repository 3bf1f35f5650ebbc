/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import { checkGrid } from '../../src/core/check/checkGrid';
import type { CheckOptions } from '../../src/core/check/checkGrid';
import type { Rule } from '../../src/core/rules/ruleTypes';
import type { Grid } from '../../src/core/table/grid';
import { clickCheck, findingCells, groupHeadings, openTab, rowTexts } from './queries';
import { renderApp } from './renderApp';

/** A stand-in for the overdue rule: dated, not done, due before the report date. */
const overdue: Rule = {
  id: 'deadline-overdue',
  severity: 'error',
  check({ table }, ctx) {
    for (const task of table?.tasks ?? []) {
      const { deadline } = task;
      if (deadline.kind !== 'date' || task.status.status === 'DONE') continue;
      if (deadline.due >= ctx.asOf) continue;
      const daysLate = Math.round((Date.parse(ctx.asOf) - Date.parse(deadline.due)) / 86_400_000);
      ctx.report({
        code: 'deadline_overdue',
        cell: task.cells.deadline ?? `A${String(task.row)}`,
        params: { due: deadline.due, daysLate, status: task.status.status, original: null },
      });
    }
  },
};

const checkTable = jest.fn((grid: Grid, options: CheckOptions) =>
  checkGrid(grid, { ...options, rules: [overdue] }),
);

describe('App with the real reader and highlight planner', () => {
  it('reads the sample table, finds the missed deadline and plans its row', async () => {
    const { services } = renderApp({ checkTable });
    await clickCheck();

    expect(groupHeadings()).toEqual(['Quá hạn 1 Lỗi']);
    expect(findingCells(/^Quá hạn/)).toEqual(['Ô D7']);
    expect(screen.getByRole('button', { name: /^Ô D7 / }).textContent).toContain(
      'Quá hạn 31 ngày: thời hạn 31/12/2023',
    );

    openTab('Tô màu');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tô màu 1 dòng quá hạn' }));
      await Promise.resolve();
    });
    expect(services.applyHighlights).toHaveBeenCalledWith({
      sheet: 'Nhiệm vụ',
      areas: [{ kind: 'overdue', address: 'A7:E7' }],
    });

    openTab('Bảng đã đọc');
    expect(rowTexts('Nhiệm vụ theo tình trạng')).toEqual([
      'Hoàn thành 1',
      'Đang thực hiện 1',
      'Chưa hoàn thành 1',
    ]);
  });

  it('finds nothing late before the deadline', async () => {
    renderApp({ checkTable, today: '2023-12-01' });
    await clickCheck();

    expect(screen.getByText('Không phát hiện vấn đề nào trong bảng.')).toBeTruthy();
    expect(screen.getByText('Đã kiểm tra 3 nhiệm vụ.')).toBeTruthy();
  });
});
