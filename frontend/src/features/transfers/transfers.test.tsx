import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Practice } from '../../api/types';
import { cities, fakeSession, json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { PracticeTransfers } from './PracticeTransfers';
import { TransferPage } from './TransferPage';

const practice = { id: 'p-1', status: 'PUBLISHED', city: 'mechelen', allowedActions: [] } as unknown as Practice;

function transfer(over: Record<string, unknown> = {}) {
  return {
    id: 't-1',
    practiceId: 'p-1',
    practiceTitle: 'Welcome desk',
    sourceCity: 'mechelen',
    city: 'tartu',
    status: 'INTERESTED',
    note: 'We have a volunteer base.',
    initiativeId: null,
    changes: null,
    abandonReason: null,
    answer: null,
    answeredAt: null,
    version: 3,
    createdAt: '2026-05-01T10:00:00Z',
    updatedAt: '2026-05-02T10:00:00Z',
    allowedTransitions: ['ADAPTING', 'ABANDONED'],
    allowedActions: ['MOVE_TRANSFER'],
    ...over,
  };
}

function backend(t: ReturnType<typeof transfer>, listActions: string[] = [], items: unknown[] = []) {
  return mockFetch((req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/practices/p-1/transfers' && req.method === 'GET')
      return json(page(items, 0, 100, items.length, listActions));
    if (url.pathname === '/practices/p-1/transfers' && req.method === 'POST') return json(t, 201);
    if (url.pathname === '/transfers/t-1' && req.method === 'GET') return json(t);
    if (url.pathname === '/transfers/t-1/transitions')
      return json({
        ...t,
        status: 'ADAPTING',
        initiativeId: 'i-9',
        version: 4,
        allowedTransitions: ['TRANSFERRED', 'ABANDONED'],
      });
    if (url.pathname === '/transfers/t-1/answer') return json({ ...t, answer: 'Call us', version: 4 });
    if (url.pathname === '/initiatives')
      return json(page([{ id: 'i-9', title: 'Tartu welcome desk', allowedActions: [] }], 0, 100, 1, []));
    return undefined;
  });
}

describe('PracticeTransfers', () => {
  it('lists where the practice travelled, without a register button for a reader', async () => {
    const item = { ...transfer(), answered: true };
    const { fetch } = backend(transfer(), [], [item]);
    renderWithProviders(<PracticeTransfers practice={practice} />, { fetch });
    const row = await screen.findByTestId('transfer-item');
    expect(row).toHaveAttribute('data-city', 'tartu');
    expect(within(row).getByTestId('transfer-status')).toHaveTextContent('Interested');
    expect(row).toHaveTextContent('answered by the practice’s town');
    expect(screen.queryByTestId('register-transfer')).not.toBeInTheDocument();
  });

  it('says when no town took it up, and registers interest with an Idempotency-Key', async () => {
    const { fetch, requests } = backend(transfer(), ['REGISTER_TRANSFER']);
    renderWithProviders(<PracticeTransfers practice={practice} />, { fetch, session: fakeSession({ city: 'tartu' }) });
    expect(await screen.findByTestId('transfers-empty')).toHaveTextContent('No town has taken it up yet');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('register-transfer'));
    expect(screen.getByTestId('transfer-note')).toHaveFocus();
    await user.type(screen.getByTestId('transfer-note'), 'We need it');
    await user.click(screen.getByTestId('register-transfer-submit'));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post?.json()).toEqual({ note: 'We need it' });
  });

  it('shows nothing for a practice that is not published', () => {
    const { fetch, requests } = backend(transfer());
    renderWithProviders(<PracticeTransfers practice={{ ...practice, status: 'DRAFT' } as Practice} />, { fetch });
    expect(screen.queryByTestId('practice-transfers')).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});

describe('TransferPage', () => {
  const at = { route: '/transfers/t-1', path: '/transfers/:id' };

  it('links the adopting town’s initiative with If-Match when the service allows MOVE_TRANSFER', async () => {
    const { fetch, requests } = backend(transfer());
    renderWithProviders(<TransferPage />, { fetch, session: fakeSession({ city: 'tartu' }), ...at });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('transfer-step-ADAPTING'));
    expect(screen.queryByTestId('transfer-step-TRANSFERRED')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('transfer-step-submit'));
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await user.selectOptions(await screen.findByTestId('transfer-initiative'), 'i-9');
    await user.click(screen.getByTestId('transfer-step-submit'));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"3"');
    expect(await post?.json()).toEqual({ to: 'ADAPTING', initiativeId: 'i-9' });
    expect(await screen.findByTestId('transfer-initiative-link')).toHaveAttribute('href', '/initiatives/i-9');
  });

  it('lets the practice’s town answer, and shows no steps to it', async () => {
    const t = transfer({ allowedActions: ['ANSWER_TRANSFER'] });
    const { fetch, requests } = backend(t);
    renderWithProviders(<TransferPage />, { fetch, session: fakeSession({ city: 'mechelen' }), ...at });
    expect(await screen.findByTestId('transfer-steps-others')).toBeInTheDocument();
    expect(screen.queryByTestId('transfer-step-ADAPTING')).not.toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByTestId('transfer-answer-text'), 'Call us');
    await user.click(screen.getByTestId('transfer-answer-submit'));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'PUT')?.headers.get('If-Match')).toBe('"3"');
  });

  it('says a final transfer is closed and shows what was changed', async () => {
    const t = transfer({
      status: 'TRANSFERRED',
      changes: 'Run by the library',
      allowedTransitions: [],
      allowedActions: [],
    });
    const { fetch } = backend(t);
    renderWithProviders(<TransferPage />, { fetch, ...at });
    expect(await screen.findByTestId('transfer-closed')).toHaveTextContent('the practice was transferred');
    expect(screen.getByTestId('transfer-changes')).toHaveTextContent('Run by the library');
    expect(screen.getByTestId('transfer-no-answer')).toBeInTheDocument();
  });
});
