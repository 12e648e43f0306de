import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import { composition, initiatives, practiceTowns, transfers } from './fixtures';
import { NetworkPage } from './NetworkPage';

const latestFinding = {
  id: '11111111-1111-4111-8111-111111111111',
  status: 'PUBLISHED',
  language: 'en',
  statement: 'Newcomers find work sooner when a resident mentors them',
  themes: ['EMPLOYMENT'],
  sdgTargets: [],
  citations: 3,
  proposedBy: null,
  updatedAt: '2026-12-04T10:00:00Z',
  publishedAt: '2026-12-04T10:00:00Z',
  allowedActions: [],
};

function routes(overrides: { composition?: () => Response; transfers?: () => Response } = {}) {
  return mockFetch((_req, url) => {
    if (url.host === 'panel.test' && url.pathname === '/network/composition') {
      return overrides.composition?.() ?? json(composition);
    }
    if (url.host === 'initiative.test' && url.pathname === '/network/initiatives') return json(initiatives);
    if (url.host === 'practice.test' && url.pathname === '/open-data/towns.json') return json(practiceTowns);
    if (url.host === 'practice.test' && url.pathname === '/findings') return json(page([latestFinding]));
    if (url.host === 'practice.test' && url.pathname === '/open-data/transfers.json') {
      return overrides.transfers?.() ?? json(transfers);
    }
    return undefined;
  });
}

describe('NetworkPage', () => {
  it('puts every town on the map with its figures in the marker’s name', async () => {
    const { fetch, requests } = routes();
    renderWithProviders(<NetworkPage />, { fetch, route: '/network' });

    const mechelen = await screen.findByTestId('map-town-mechelen');
    expect(screen.getByTestId('map-town-tartu')).toBeInTheDocument();
    expect(screen.getByTestId('map-town-celje')).toBeInTheDocument();
    await screen.findByRole('button', { name: /Mechelen: Balanced, score 100 of 100; active initiatives: 3/ });
    expect(mechelen).toHaveAccessibleName(
      'Mechelen: Balanced, score 100 of 100; active initiatives: 3; published practices: 3',
    );
    expect(screen.getByTestId('map-town-celje')).toHaveAccessibleName(
      'Celje: No active panel; active initiatives: 0; published practices: 0',
    );
    // Anonymous: no request carries a token.
    expect(requests.every((r) => !r.headers.has('Authorization'))).toBe(true);
  });

  it('opens a town’s figures from its marker by keyboard', async () => {
    const user = userEvent.setup();
    const { fetch } = routes();
    renderWithProviders(<NetworkPage />, { fetch, route: '/network' });

    const tartu = await screen.findByTestId('map-town-tartu');
    await screen.findByRole('button', { name: /Tartu: Score 71 of 100, gaps: 2; active initiatives: 1/ });
    tartu.focus();
    await user.keyboard('{Enter}');
    const popover = await screen.findByTestId('map-popover-tartu');
    expect(within(popover).getByText('Score 71 of 100, gaps: 2')).toBeInTheDocument();
    expect(within(popover).getByText('12')).toBeInTheDocument();
    expect(within(popover).getByText('Good practices of Tartu').closest('a')).toHaveAttribute(
      'href',
      '/practices?city=tartu',
    );
  });

  it('offers the towns, pillars and flows as tables, saying when a count is withheld', async () => {
    const user = userEvent.setup();
    const { fetch } = routes();
    renderWithProviders(<NetworkPage />, { fetch, route: '/network' });

    const towns = await screen.findByTestId('towns-table');
    expect(within(towns).getAllByRole('row')).toHaveLength(4);
    await user.click(screen.getByTestId('towns-toggle'));
    expect(screen.getByTestId('towns-toggle')).toHaveAttribute('aria-expanded', 'true');
    expect(within(screen.getByTestId('towns-row-mechelen')).getByText('18')).toBeInTheDocument();

    const pillars = screen.getByTestId('pillars-table');
    expect(within(pillars).getByRole('row', { name: 'Citizens 9' })).toBeInTheDocument();

    const flows = await screen.findByTestId('transfers-table');
    const rows = within(flows).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('MechelenTartu21');
    expect(screen.getByTestId('total-towns')).toHaveTextContent('3');
    expect(screen.getByTestId('total-panels')).toHaveTextContent('2 of 4');
    expect(screen.getByTestId('total-practices')).toHaveTextContent('5');
    expect(screen.getByTestId('total-transfers')).toHaveTextContent('4');
    expect(screen.getByTestId('portal-findings-link')).toHaveAttribute('href', '/findings');
    expect(await screen.findByTestId(`latest-finding-${latestFinding.id}`)).toHaveAttribute(
      'href',
      `/findings/${latestFinding.id}`,
    );
    expect(screen.getByTestId('network-report-pdf')).toHaveAttribute(
      'href',
      'http://practice.test/reports/network.pdf?lang=en',
    );
  });

  it('shows a withheld network count as fewer than 5', async () => {
    const small = {
      ...composition,
      members: { count: null, suppressed: true },
      pillars: composition.pillars.map((p) => ({ ...p, count: null, suppressed: true })),
    };
    const { fetch } = routes({ composition: () => json(small) });
    renderWithProviders(<NetworkPage />, { fetch, route: '/network' });

    expect(await within(screen.getByTestId('total-members')).findByText('fewer than 5')).toBeInTheDocument();
    expect(within(screen.getByTestId('pillars-table')).getAllByText('fewer than 5')).toHaveLength(4);
  });

  it('says so when no practice has travelled yet', async () => {
    const { fetch } = routes({ transfers: () => json([]) });
    renderWithProviders(<NetworkPage />, { fetch, route: '/network' });
    expect(await screen.findByTestId('transfers-empty')).toHaveTextContent('No practice has travelled yet.');
  });

  it('shows the problem and retries when the towns cannot be loaded', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const { fetch } = routes({
      composition: () => (++calls === 1 ? problem(503, 'Service unavailable') : json(composition)),
    });
    renderWithProviders(<NetworkPage />, { fetch, route: '/network' });

    await user.click(await screen.findByRole('button', { name: /try again|retry/i }));
    expect(await screen.findByTestId('map-town-mechelen')).toBeInTheDocument();
  });
});
