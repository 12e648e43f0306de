import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import { NotificationBell } from './NotificationBell';

const opened = {
  id: 'n-1',
  kind: 'REVIEW_ROUND_OPENED',
  params: { initiativeId: 'i-1', roundId: 'r-1', city: 'mechelen', closesAt: '2026-12-09T17:00:00Z' },
  link: '/initiatives/i-1',
  createdAt: '2026-12-02T08:00:00Z',
  read: false,
};

function backend(state: { unread: number; failList?: boolean }) {
  return mockFetch((request, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/me/notifications/unread-count') return json({ unread: state.unread });
    if (url.pathname === '/me/notifications' && request.method === 'GET') {
      return state.failList ? problem(503, 'Unavailable', 'database down') : json(page([opened], 0, 5));
    }
    if (url.pathname === '/me/notifications/n-1/read' && request.method === 'PUT') {
      state.unread = 0;
      return json({ ...opened, read: true, readAt: '2026-12-02T09:00:00Z' });
    }
    if (url.pathname === '/me/notifications/read' && request.method === 'PUT') {
      state.unread = 0;
      return json({ marked: 1, unread: 0 });
    }
    return undefined;
  });
}

describe('NotificationBell', () => {
  it('is named by the unread count and lists the latest with links into the app', async () => {
    const { fetch } = backend({ unread: 2 });
    renderWithProviders(<NotificationBell />, { fetch });
    const bell = await screen.findByRole('button', { name: '2 unread notifications' }, { timeout: 5000 });
    await userEvent.setup({ delay: null }).click(bell);
    const link = await screen.findByTestId('bell-notification');
    expect(link).toHaveTextContent(/review round opened in mechelen/i);
    expect(link).toHaveAttribute('href', '/initiatives/i-1');
  });

  it('marks a notification read when followed, and the count follows', async () => {
    const { fetch, requests } = backend({ unread: 1 });
    renderWithProviders(<NotificationBell />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: '1 unread notification' }, { timeout: 5000 }));
    await user.click(await screen.findByTestId('bell-notification'));
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'PUT' && r.url.endsWith('/me/notifications/n-1/read'))).toBe(true),
    );
    expect(
      await screen.findByRole('button', { name: '0 unread notifications' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('marks all read up to the newest shown', async () => {
    const { fetch, requests } = backend({ unread: 1 });
    renderWithProviders(<NotificationBell />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: '1 unread notification' }, { timeout: 5000 }));
    await screen.findByTestId('bell-notification');
    await user.click(screen.getByTestId('bell-mark-all-read'));
    await waitFor(() => {
      const put = requests.find((r) => r.method === 'PUT' && new URL(r.url).pathname === '/me/notifications/read');
      expect(new URL(put!.url).searchParams.get('upTo')).toBe(opened.createdAt);
    });
  });

  it('says so when the list cannot be read', async () => {
    const { fetch } = backend({ unread: 1, failList: true });
    renderWithProviders(<NotificationBell />, { fetch });
    await userEvent
      .setup({ delay: null })
      .click(await screen.findByRole('button', { name: '1 unread notification' }, { timeout: 5000 }));
    expect(await screen.findByTestId('problem-alert')).toBeInTheDocument();
  });
});
