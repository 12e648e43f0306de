import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BalanceRules } from '../../api/types';
import { fakeSession, json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { BalanceRulesPage } from './BalanceRulesPage';

const rules = {
  version: 2,
  pillarMinPercent: 15,
  pillarMaxPercent: 40,
  everyGroupVoiced: true,
  baselineTolerancePercent: null,
  minimumMembers: 12,
  changedAt: '2026-11-30T10:00:00Z',
  allowedActions: ['EDIT_BALANCE_RULES'],
} satisfies BalanceRules;
const first = { ...rules, version: 1, minimumMembers: null, changedAt: '2026-11-01T10:00:00Z' };

function setup(current: BalanceRules, put?: (request: Request) => Response) {
  const mock = mockFetch((request, url) => {
    if (url.pathname === '/balance-rules/history') return json([current, first]);
    if (url.pathname === '/balance-rules' && request.method === 'GET') return json(current);
    if (url.pathname === '/balance-rules' && request.method === 'PUT' && put) return put(request);
    return undefined;
  });
  renderWithProviders(<BalanceRulesPage />, {
    fetch: mock.fetch,
    session: fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
  });
  return mock;
}

describe('BalanceRulesPage', () => {
  it('states the rules in force in words and lists their versions', async () => {
    setup({ ...rules, allowedActions: [] });
    expect(await screen.findByTestId('balance-rules-current')).toHaveTextContent(
      'Each pillar holds 15%–40% of the active seats.',
    );
    expect(screen.getByTestId('balance-rules-current')).toHaveTextContent(
      'A panel has at least this many active seats: 12.',
    );
    expect(screen.getByTestId('balance-rules-read-only')).toBeInTheDocument();
    expect(screen.queryByTestId('balance-rules-form')).not.toBeInTheDocument();
    const history = await screen.findByTestId('balance-rules-history');
    expect(history.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('saves a change with the current version as If-Match', async () => {
    const { requests } = setup(rules, () => json({ ...rules, version: 3, minimumMembers: 15 }));
    const user = userEvent.setup({ delay: null });
    const minimum = await screen.findByLabelText(/Minimum panel size/);
    await user.clear(minimum);
    await user.type(minimum, '15');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByText('Balance rules saved as version 3')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({
      pillarMinPercent: 15,
      pillarMaxPercent: 40,
      everyGroupVoiced: true,
      baselineTolerancePercent: null,
      minimumMembers: 15,
    });
  });

  it('checks whole numbers before sending and shows the service’s violations at their fields', async () => {
    const { requests } = setup(rules, () =>
      problem(
        400,
        'Invalid request',
        'pillarMinPercent: must be less than or equal to 25',
        [{ field: 'pillarMinPercent', message: 'must be less than or equal to 25' }],
        'validation',
      ),
    );
    const user = userEvent.setup({ delay: null });
    const min = await screen.findByLabelText(/Minimum share per pillar/);
    await user.clear(min);
    await user.type(min, 'ten');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByText('Enter a whole number')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(min);
    await user.type(min, '30');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByText('must be less than or equal to 25')).toBeInTheDocument();
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
  });
});
