/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import type { Locale } from '../../src/core/i18n';
import { DemoPage } from '../../src/demo/components/DemoPage';
import type { DemoSession } from '../../src/demo/demoSession';
import type { SampleFile } from '../../src/demo/samples';
import { SAMPLE_FILES } from '../../src/demo/samples';
import { fixtureBytes } from './demoFixtures';

Element.prototype.scrollIntoView = jest.fn();

const LOAD_TIMEOUT = 5_000;

/** The page as index.tsx renders it, the samples read from the fixtures. */
async function renderPage(locale: Locale = 'vi', sample: SampleFile = SAMPLE_FILES[0]) {
  const opened: DemoSession[] = [];
  const onSampleChange = jest.fn();
  const readSample = jest.fn((file: SampleFile) => Promise.resolve(fixtureBytes(file)));
  render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <DemoPage
          locale={locale}
          today="2024-01-31"
          sample={sample}
          readSample={readSample}
          onOpened={(session) => opened.push(session)}
          onSampleChange={onSampleChange}
        />
      </FluentProvider>
    </StrictMode>,
  );
  // exceljs unzips the sample (twice under StrictMode): allow for a busy machine.
  await waitFor(
    () => {
      expect(opened.length).toBeGreaterThan(0);
    },
    { timeout: LOAD_TIMEOUT },
  );
  return { opened, readSample, onSampleChange };
}

const selectedAddresses = () =>
  Array.from(
    document.querySelectorAll<HTMLElement>('[role="gridcell"][aria-selected="true"]'),
    (element) => element.dataset.address,
  );

describe('DemoPage', () => {
  it('shows the sample beside the pane, its table’s first data cell selected', async () => {
    await renderPage();

    // The outer main; the pane has its own inside the aside.
    const main = screen.getAllByRole('main')[0]!;
    const workbook = within(main).getByRole('region', { name: 'Bảng tính' });
    const pane = within(main).getByRole('complementary', { name: 'Ngăn tác vụ' });
    expect(within(workbook).getByRole('grid', { name: 'Chậm muộn T1-2024' })).toBeTruthy();
    expect(selectedAddresses()).toEqual(['A5']);
    expect(
      within(workbook)
        .getByRole('tablist', { name: 'Các trang tính' })
        .querySelectorAll('[role="tab"][aria-selected="true"]'),
    ).toHaveLength(1);
    const picker = within(workbook).getByRole('combobox', { name: 'Tệp mẫu' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([...SAMPLE_FILES]);
    const input = within(workbook).getByLabelText('Mở tệp .xlsx…');
    expect(input.getAttribute('type')).toBe('file');
    expect(within(pane).getByRole('heading', { level: 1 })).toBeTruthy();
  });

  it('checks the table from the pane, and a finding selects its cell in the grid', async () => {
    await renderPage();
    const pane = screen.getByRole('complementary', { name: 'Ngăn tác vụ' });

    await act(async () => {
      fireEvent.click(within(pane).getByRole('button', { name: 'Kiểm tra' }));
      await Promise.resolve();
    });
    await within(pane).findByRole(
      'tab',
      { name: /^Vấn đề \(\d+\)$/, selected: true },
      { timeout: LOAD_TIMEOUT },
    );

    const finding = within(pane).getAllByRole('button', { name: /^Ô [A-Z]+\d+/ })[0]!;
    const address = /^Ô ([A-Z]+\d+)/.exec(finding.textContent)?.[1];
    await act(async () => {
      fireEvent.click(finding);
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(selectedAddresses()).toEqual([address]);
    });
  });

  it('opens another sample with a fresh pane', async () => {
    const { opened, onSampleChange } = await renderPage();

    fireEvent.change(screen.getByRole('combobox', { name: 'Tệp mẫu' }), {
      target: { value: 'thong-bao-4318-2024-nhiem-vu.xlsx' },
    });

    await screen.findByRole('grid', { name: 'Kết luận 4318' }, { timeout: LOAD_TIMEOUT });
    expect(onSampleChange).toHaveBeenCalledWith('thong-bao-4318-2024-nhiem-vu.xlsx');
    expect(opened.at(-1)?.workbook.activeSheet.name).toBe('Kết luận 4318');
    expect(selectedAddresses()).toEqual(['A2']);
  });

  it('says what to do when a file is not an .xlsx workbook', async () => {
    await renderPage();
    const file = new File(['STT,Nhiệm vụ'], 'bang.csv', { type: 'text/csv' });
    // jsdom's File cannot read itself into an ArrayBuffer; browsers can.
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.resolve(new TextEncoder().encode('STT,Nhiệm vụ').buffer),
    });

    fireEvent.change(screen.getByLabelText('Mở tệp .xlsx…'), { target: { files: [file] } });

    expect(
      await screen.findByText('Không mở được tệp “bang.csv”', {}, { timeout: LOAD_TIMEOUT }),
    ).toBeTruthy();
    expect(screen.getByText(/lưu lại dưới dạng \.xlsx/)).toBeTruthy();
    // The workbook open before stays on screen.
    expect(screen.getByRole('grid', { name: 'Chậm muộn T1-2024' })).toBeTruthy();
  });

  it('speaks English when asked', async () => {
    await renderPage('en');

    const workbook = screen.getByRole('region', { name: 'Workbook' });
    expect(screen.getByRole('complementary', { name: 'Task pane' })).toBeTruthy();
    expect(within(workbook).getByRole('combobox', { name: 'Sample file' })).toBeTruthy();
    expect(within(workbook).getByLabelText('Open .xlsx file…')).toBeTruthy();
    expect(within(workbook).getByRole('tablist', { name: 'Sheets' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
  });
});
