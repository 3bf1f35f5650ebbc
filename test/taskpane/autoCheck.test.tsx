/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { announcement } from './queries';
import { renderApp } from './renderApp';

describe('opening the pane from the ribbon', () => {
  it('checks once by itself, even under StrictMode', async () => {
    const { services } = renderApp({ autoCheck: true });

    await screen.findByRole('tab', { name: 'Vấn đề (5)' });
    expect(services.read).toHaveBeenCalledTimes(1);
    expect(services.read).toHaveBeenCalledWith('auto', expect.anything());
    await waitFor(() => {
      expect(announcement()).toBe('Đã kiểm tra 3 nhiệm vụ: 5 vấn đề.');
    });
  });

  it('waits for the click otherwise', async () => {
    const { services } = renderApp();

    await screen.findByLabelText('Ngày báo cáo');
    expect(services.read).not.toHaveBeenCalled();
    expect(screen.queryByRole('tablist')).toBeNull();
  });
});
