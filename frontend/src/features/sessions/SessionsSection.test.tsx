import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { SessionsSection } from './SessionsSection';

const summary = {
  id: 's-1',
  panelId: 'p-1',
  startsAt: '2026-03-05T17:30:00Z',
  place: 'Town hall',
  onlineUrl: null,
  status: 'HELD',
  presentCount: 7,
  apologyCount: 1,
  quorum: { eligible: 12, present: 7, required: 7, met: true },
  decisionCount: 2,
  updatedAt: '2026-03-05T20:00:00Z',
  allowedActions: [],
};

function backend(actions: string[], items: unknown[] = [summary]) {
  return mockFetch((req, url) => {
    if (url.pathname === '/panels/p-1/sessions' && req.method === 'GET')
      return json(page(items, 0, 20, items.length, actions));
    if (url.pathname === '/panels/p-1/sessions' && req.method === 'POST')
      return json({ ...summary, id: 's-2', status: 'PLANNED' }, 201);
    return undefined;
  });
}

describe('SessionsSection', () => {
  it('lists sessions with status and quorum in words', async () => {
    const { fetch } = backend([]);
    renderWithProviders(<SessionsSection panelId="p-1" />, { fetch });
    const item = await screen.findByTestId('session-item');
    expect(within(item).getByTestId('session-status')).toHaveTextContent('Held');
    expect(within(item).getByTestId('quorum-badge')).toHaveTextContent('Quorum met');
    expect(item).toHaveTextContent('7 present · 1 apologies · 2 decisions');
    expect(screen.queryByTestId('plan-session')).not.toBeInTheDocument();
  });

  it('offers planning only when the service allows PLAN_SESSION, and refuses a non-web link', async () => {
    const { fetch, requests } = backend(['PLAN_SESSION'], []);
    renderWithProviders(<SessionsSection panelId="p-1" />, { fetch });
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No sessions yet');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('plan-session'));
    const form = screen.getByTestId('session-form');
    await user.type(within(form).getByTestId('session-starts-at'), '2026-04-01T18:00');
    await user.type(within(form).getByTestId('session-online-url'), 'javascript:alert(1)');
    await user.click(within(form).getByTestId('session-submit'));
    expect(await within(form).findByText('Enter a link that starts with https:// or http://')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.clear(within(form).getByTestId('session-online-url'));
    await user.type(within(form).getByTestId('session-online-url'), 'https://meet.example.org/x');
    await user.type(within(form).getByTestId('session-agenda'), 'Welcome{enter}Budget');
    await user.click(within(form).getByTestId('session-submit'));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await post.json();
    expect(body.onlineUrl).toBe('https://meet.example.org/x');
    expect(body.place).toBeNull();
    expect(body.agenda).toEqual(['Welcome', 'Budget']);
  });
});
