import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { PanelPage } from './PanelPage';

const detail = (over: Record<string, unknown> = {}) => ({
  id: 'p-1',
  city: 'mechelen',
  name: 'Mechelen LPS',
  description: null,
  status: 'FORMING',
  mandate: { nl: 'Het panel adviseert de stad.' },
  termStart: '2026-01-01',
  termEnd: '2027-12-31',
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  statusChangedAt: null,
  composition: { members: 1, byPillar: { CITIZENS: 1, CIVIL_SOCIETY: 0, EXPERTISE: 0, PUBLIC_AUTHORITY: 0 } },
  allowedTransitions: ['ACTIVE', 'CLOSED'],
  allowedActions: [],
  ...over,
});

const member = (over: Record<string, unknown> = {}) => ({
  id: 'm-1',
  panelId: 'p-1',
  city: 'mechelen',
  displayName: 'Amira Haddad',
  stakeholderCategory: 'CITIZEN',
  pillar: 'CITIZENS',
  role: 'CHAIR',
  organisation: null,
  populationGroups: null,
  consent: null,
  keycloakUserId: null,
  joinedAt: '2026-01-10T09:00:00Z',
  leftAt: null,
  leaveReason: null,
  version: 2,
  updatedAt: '2026-01-10T09:00:00Z',
  allowedActions: [],
  ...over,
});

function backend(panel: object, members: object[], listActions: string[]) {
  return mockFetch((req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/panels/p-1' && req.method === 'GET') return json(panel);
    if (url.pathname === '/panels/p-1/members') return json(page(members, 0, 100, members.length, listActions));
    if (url.pathname === '/panels/p-1/transitions') return json(detail({ status: 'ACTIVE', version: 4 }));
    return undefined;
  });
}

const route = { route: '/panels/p-1', path: '/panels/:id' };

describe('PanelPage', () => {
  it('shows the public a panel with its mandate (fallback marked) and counts, but no members', async () => {
    const { fetch, requests } = backend(detail(), [], []);
    renderWithProviders(<PanelPage />, { fetch, ...route });
    expect(await screen.findByTestId('panel-mandate')).toHaveTextContent('Het panel adviseert de stad.');
    expect(screen.getByTestId('mandate-fallback')).toHaveTextContent('Nederlands');
    expect(screen.getByTestId('panel-status')).toHaveTextContent('Forming');
    expect(screen.getByTestId('composition-table')).toHaveTextContent('Citizens');
    expect(screen.getByTestId('members-private')).toBeInTheDocument();
    expect(screen.queryByTestId('transition-ACTIVE')).not.toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).pathname.endsWith('/members'))).toBe(false);
  });

  it('shows a panel member the members without any population groups column', async () => {
    const { fetch } = backend(detail({ allowedActions: ['VIEW_MEMBERS'] }), [member()], []);
    renderWithProviders(<PanelPage />, {
      fetch,
      session: fakeSession({ roles: ['panel-member'], city: 'mechelen' }),
      ...route,
    });
    const row = await screen.findByTestId('member-row', {}, { timeout: 5000 });
    expect(row).toHaveTextContent('Amira Haddad');
    expect(row).toHaveTextContent('Chair');
    expect(screen.queryByTestId('member-groups')).not.toBeInTheDocument();
    expect(screen.queryByTestId('add-member')).not.toBeInTheDocument();
  });

  it('shows a coordinator the groups and consent and takes a lifecycle step with the version as If-Match', async () => {
    const { fetch, requests } = backend(
      detail({
        allowedActions: ['EDIT_PANEL', 'CHANGE_PANEL_STATUS', 'ADD_MEMBER', 'VIEW_MEMBERS', 'VIEW_POPULATION_GROUPS'],
      }),
      [
        member({
          populationGroups: ['NEWLY_ARRIVED_MIGRANT'],
          consent: { recordedAt: '2026-01-10T09:00:00Z', textVersion: 'consent-v1' },
          allowedActions: ['EDIT_MEMBER', 'REMOVE_MEMBER', 'RECORD_CONSENT', 'WITHDRAW_CONSENT'],
        }),
      ],
      ['ADD_MEMBER', 'VIEW_POPULATION_GROUPS'],
    );
    renderWithProviders(<PanelPage />, {
      fetch,
      session: fakeSession({ roles: ['city-coordinator'], city: 'mechelen' }),
      ...route,
    });
    const groups = await screen.findByTestId('member-groups', {}, { timeout: 5000 });
    expect(groups).toHaveTextContent('Newly arrived migrants');
    expect(groups).toHaveTextContent('consent-v1');
    const row = screen.getByTestId('member-row');
    expect(within(row).getByRole('button', { name: /Withdraw consent/ })).toBeInTheDocument();
    expect(screen.getByTestId('add-member')).toBeInTheDocument();

    await userEvent.setup({ delay: null }).click(screen.getByTestId('transition-ACTIVE'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const step = requests.find((r) => r.method === 'POST')!;
    expect(step.headers.get('If-Match')).toBe('"3"');
    expect(await step.json()).toEqual({ to: 'ACTIVE' });
  });

  it('lets other areas add their sections', async () => {
    const { fetch } = backend(detail(), [], []);
    renderWithProviders(<PanelPage sections={(p) => <p data-testid="extra">{p.name} balance</p>} />, {
      fetch,
      ...route,
    });
    expect(await screen.findByTestId('extra')).toHaveTextContent('Mechelen LPS balance');
  });
});
