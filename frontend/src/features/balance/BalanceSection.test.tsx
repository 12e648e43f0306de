import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PanelBalance, Pillar } from '../../api/types';
import { json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { BalanceSection } from './BalanceSection';

const pillar = (p: Pillar, count: number, share: number) => ({
  pillar: p,
  count,
  sharePercent: share,
  minPercent: 15,
  maxPercent: 40,
});

const publicBalance = {
  panelId: 'p-1',
  city: 'mechelen',
  score: 81,
  seats: 10,
  rulesVersion: 1,
  detailed: false,
  pillars: [
    pillar('CITIZENS', 5, 50),
    pillar('CIVIL_SOCIETY', 2, 20),
    pillar('EXPERTISE', 2, 20),
    pillar('PUBLIC_AUTHORITY', 1, 10),
  ],
  groups: [
    { group: 'NATIVE', count: 6, fewerThanFive: false, sharePercent: 60, baselinePercent: 78.5 },
    { group: 'EXPAT', count: null, fewerThanFive: true, sharePercent: null, baselinePercent: 6.2 },
    { group: 'NEWLY_ARRIVED_MIGRANT', count: null, fewerThanFive: true, sharePercent: null, baselinePercent: null },
    { group: 'PRECARIOUS_OR_VULNERABLE', count: null, fewerThanFive: true, sharePercent: null, baselinePercent: 14 },
  ],
  gaps: [
    {
      kind: 'PILLAR_ABOVE_MAXIMUM',
      pillar: 'CITIZENS',
      group: null,
      count: 5,
      seats: 10,
      sharePercent: 50,
      limit: 40,
      changes: [
        { kind: 'REMOVE_PILLAR_MEMBERS', pillar: 'CITIZENS', group: null, count: 2 },
        { kind: 'ADD_OTHER_PILLAR_MEMBERS', pillar: 'CITIZENS', group: null, count: 3 },
      ],
    },
    {
      kind: 'GROUP_WITHOUT_VOICE',
      pillar: null,
      group: 'NEWLY_ARRIVED_MIGRANT',
      count: null,
      seats: 10,
      sharePercent: null,
      limit: 1,
      changes: [{ kind: 'ADD_GROUP_MEMBERS', pillar: null, group: 'NEWLY_ARRIVED_MIGRANT', count: 1 }],
    },
    {
      kind: 'GROUP_BELOW_BASELINE',
      pillar: null,
      group: 'EXPAT',
      count: null,
      seats: 10,
      sharePercent: null,
      limit: 1.2,
      changes: [{ kind: 'ADD_GROUP_MEMBERS', pillar: null, group: 'EXPAT', count: null }],
    },
  ],
  allowedActions: [],
} satisfies PanelBalance;

function show(answer: () => Response) {
  const mock = mockFetch((request, url) =>
    url.pathname === '/panels/p-1/balance' && request.method === 'GET' ? answer() : undefined,
  );
  renderWithProviders(<BalanceSection panelId="p-1" />, { fetch: mock.fetch });
  return mock;
}

describe('BalanceSection', () => {
  it('shows the score, each pillar in a table beside the chart, and the gaps with their changes in words', async () => {
    show(() => json(publicBalance));
    expect(await screen.findByTestId('balance-score')).toHaveTextContent('81 / 100');
    expect(screen.getByRole('heading', { level: 2, name: 'Balance' })).toBeInTheDocument();

    const pillars = screen.getByRole('table', { name: 'Seats per pillar' });
    const citizens = within(pillars).getByRole('row', { name: /Citizens/ });
    expect(citizens).toHaveTextContent('5');
    expect(citizens).toHaveTextContent('50%');
    expect(citizens).toHaveTextContent('Above the maximum');
    expect(within(pillars).getByRole('row', { name: /Public authority/ })).toHaveTextContent('Below the minimum');
    expect(screen.getByTestId('balance-chart')).toHaveAttribute('aria-hidden', 'true');

    const gaps = screen.getByTestId('balance-gaps');
    expect(gaps).toHaveTextContent('Citizens: 50% of the seats, above the cap of 40%.');
    expect(gaps).toHaveTextContent('Fewer seats of Citizens: −2');
    expect(gaps).toHaveTextContent('More members of the other pillars (not Citizens): +3');
    expect(gaps).toHaveTextContent('No member speaks for this group: Newly arrived migrants.');
    expect(gaps).toHaveTextContent('More consenting members who speak for Newly arrived migrants: +1');
  });

  it('says “fewer than 5” for a withheld group count and words a withheld gap without its figures', async () => {
    show(() => json(publicBalance));
    const expats = await screen.findByTestId('balance-group-EXPAT');
    expect(expats).toHaveTextContent('Fewer than 5');
    expect(screen.getByTestId('balance-group-NATIVE')).toHaveTextContent('6');
    const gaps = screen.getByTestId('balance-gaps');
    expect(gaps).toHaveTextContent('Expats: fewer seats than the town’s baseline less the tolerance (1.2%).');
    expect(gaps).toHaveTextContent('shown only to the town’s coordinators');
    expect(gaps).not.toHaveTextContent('+?');
  });

  it('says so when the panel meets every rule', async () => {
    show(() => json({ ...publicBalance, score: 100, gaps: [] }));
    expect(await screen.findByTestId('balance-no-gaps')).toHaveTextContent('The panel meets every balance rule.');
  });

  it('shows an empty state for a panel without members', async () => {
    show(() => json({ ...publicBalance, seats: 0, score: 0 }));
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No members yet');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the problem and a retry when the balance cannot be loaded', async () => {
    show(() => problem(404, 'Not found', 'panel p-1 does not exist'));
    expect(await screen.findByTestId('problem-alert')).toBeInTheDocument();
  });

  it('is announced as loading first', () => {
    show(() => json(publicBalance));
    expect(screen.getByTestId('loading')).toBeInTheDocument();
  });
});
