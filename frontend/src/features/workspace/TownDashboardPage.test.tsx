import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { TownDashboardPage } from './TownDashboardPage';
import { TownsPage } from './TownsPage';

function backend(practiceActions: string[]) {
  return mockFetch((_req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/panels') return json(page([], 0, 1, 2, ['CREATE_PANEL']));
    if (url.pathname === '/initiatives') return json(page([], 0, 1, 5, ['CREATE_INITIATIVE']));
    if (url.pathname === '/practices' && url.searchParams.get('status') === 'DRAFT') return json(page([], 0, 1, 3));
    if (url.pathname === '/practices') return json(page([], 0, 1, 1, practiceActions));
    return undefined;
  });
}

describe('TownDashboardPage', () => {
  it('shows a coordinator the areas of the town with their counts, drafts included', async () => {
    const { fetch, requests } = backend(['VIEW_PUBLISHED_PRACTICES', 'VIEW_DRAFT_PRACTICES']);
    renderWithProviders(<TownDashboardPage />, {
      fetch,
      session: fakeSession({ city: 'mechelen' }),
      route: '/towns/mechelen',
      path: '/towns/:city',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'My town: Mechelen' })).toBeInTheDocument();
    expect(await within(screen.getByTestId('area-panels')).findByText('2 panels')).toBeInTheDocument();
    expect(within(screen.getByTestId('area-panels')).getByRole('link', { name: 'Panels' })).toHaveAttribute(
      'href',
      '/towns/mechelen/panels',
    );
    expect(await within(screen.getByTestId('area-initiatives')).findByText('5 initiatives')).toBeInTheDocument();
    expect(await within(screen.getByTestId('area-practices')).findByText('3 drafted practices')).toBeInTheDocument();
    expect(
      requests.every(
        (r) => new URL(r.url).pathname === '/cities' || new URL(r.url).searchParams.get('city') === 'mechelen',
      ),
    ).toBe(true);
    expect(document.title).toBe('My town: Mechelen · Cohesion');
  });

  it('asks no drafts of the service for a reader who may not see them', async () => {
    const { fetch, requests } = backend(['VIEW_PUBLISHED_PRACTICES']);
    renderWithProviders(<TownDashboardPage />, {
      fetch,
      session: fakeSession({ roles: ['panel-member'], city: 'mechelen' }),
      route: '/towns/mechelen',
      path: '/towns/:city',
    });
    expect(await within(screen.getByTestId('area-practices')).findByText('1 published practice')).toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).searchParams.get('status') === 'DRAFT')).toBe(false);
  });
});

describe('TownsPage', () => {
  it('lets a network admin choose any town', async () => {
    const { fetch } = backend([]);
    renderWithProviders(<TownsPage />, {
      fetch,
      session: fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
      route: '/towns',
    });
    expect(await screen.findByRole('link', { name: 'Open Tartu' })).toHaveAttribute('href', '/towns/tartu');
    expect(screen.getAllByTestId('town-item')).toHaveLength(2);
  });
});
