import { readFileSync } from 'node:fs';
import { act, fireEvent, screen } from '@testing-library/react';
import type { CellValue, Grid } from '../../src/core/table/grid';
import { delimitedToGrid } from '../../src/core/table/delimitedToGrid';
import type { SheetRead } from '../../src/taskpane/services';
import { fixturePath } from '../helpers/fixtures';

/** The sheet a report's table was pasted into, as the pane reads it. */
export const PASTED_SHEET = 'Báo cáo 230';

/** Report 230's table pasted as text: HTML remnants, agencies in one cell, deadlines as text. */
export function pastedRead(): SheetRead {
  const text = readFileSync(fixturePath('pasted', 'bao-cao-230-cham-muon-raw.tsv'), 'utf8');
  return {
    grid: delimitedToGrid(text, PASTED_SHEET, '\t'),
    scope: 'auto',
    selection: 'B4',
    activeCell: 'B4',
  };
}

/**
 * A table of `count` tasks whose texts carry HTML (one of them an image tag, which must stay
 * text): `count` changes of the kind "clean-text".
 */
export function htmlRead(count: number): SheetRead {
  const values: CellValue[][] = [['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả']];
  for (let i = 1; i <= count; i++) {
    const task =
      i === 1 ? '<img src=x onerror=alert(1)><b>Nhiệm vụ 1</b>' : `<b>Nhiệm vụ ${String(i)}</b>`;
    values.push([String(i), task, 'Bộ Công an', 'Đang thực hiện']);
  }
  const grid: Grid = { sheet: 'Nhiệm vụ', origin: { row: 1, column: 1 }, values, merges: [] };
  return { grid, scope: 'auto', selection: 'B2', activeCell: 'B2' };
}

/**
 * A table with a status column, an agency merged over three tasks (C4:C6) and STT out of order
 * (1, 2, 3, 5): something for each bulk edit.
 */
export const bulkGrid: Grid = {
  sheet: 'Nhiệm vụ',
  origin: { row: 1, column: 1 },
  values: [
    ['DANH MỤC NHIỆM VỤ NĂM 2024', null, null, null, null, null],
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả', 'Tình trạng'],
    ['I', 'Nhiệm vụ chung', null, null, null, null],
    [
      '1',
      'Làm sạch dữ liệu dân cư',
      'Bộ Công an',
      'Quý I/2024',
      'Đang thực hiện',
      'Đang thực hiện',
    ],
    ['2', 'Kết nối dữ liệu hộ tịch', null, 'Quý II/2024', 'Đang thực hiện', 'Đang thực hiện'],
    ['3', 'Cấp căn cước điện tử', null, 'Tháng 6/2024', 'Chưa hoàn thành', 'Chưa hoàn thành'],
    ['5', 'Tuyên truyền Đề án 06', 'Bộ Tư pháp', 'Thường xuyên', 'Đang thực hiện', null],
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 6 },
    { top: 3, left: 2, bottom: 3, right: 6 },
    { top: 4, left: 3, bottom: 6, right: 3 },
  ],
};

export const bulkRead: SheetRead = {
  grid: bulkGrid,
  scope: 'auto',
  selection: 'B4:B6',
  activeCell: 'B4',
};

/** Lets the fakes' settled answers run their course (no timers). */
export async function settle() {
  await act(async () => {
    for (let tick = 0; tick < 10; tick += 1) await Promise.resolve();
  });
}

/** Clicks a button and lets the fakes answer. */
export async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    for (let tick = 0; tick < 10; tick += 1) await Promise.resolve();
  });
}
