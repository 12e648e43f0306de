import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CityDetail } from '../../api/types';
import { fakeSession, json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { TownProfilePage } from './TownProfilePage';

const mechelen = {
  code: 'mechelen',
  name: 'Mechelen',
  countryCode: 'BE',
  countryName: 'Belgium',
  defaultLanguage: 'nl-BE',
  timeZone: 'Europe/Brussels',
  languages: ['nl', 'fr'],
  latitude: 51.02574,
  longitude: 4.47762,
  baseline: {
    shares: { NATIVE: 78.5, EXPAT: 6.2, NEWLY_ARRIVED_MIGRANT: null, PRECARIOUS_OR_VULNERABLE: 14 },
    source: 'Mechelen statistics office',
    year: 2024,
  },
  updatedAt: '2026-11-30T10:00:00Z',
  version: 4,
  allowedActions: ['CREATE_PANEL', 'EDIT_CITY'],
} satisfies CityDetail;

function setup(city: CityDetail, put?: (request: Request) => Response, session = fakeSession(null)) {
  const mock = mockFetch((request, url) => {
    if (url.pathname === '/cities/mechelen' && request.method === 'GET') return json(city);
    if (url.pathname === '/cities/mechelen' && request.method === 'PUT' && put) return put(request);
    if (url.pathname === '/cities') return json([city]);
    return undefined;
  });
  renderWithProviders(<TownProfilePage />, {
    fetch: mock.fetch,
    session,
    route: '/towns/mechelen/profile',
    path: '/towns/:city/profile',
  });
  return mock;
}

describe('TownProfilePage', () => {
  it('shows anyone the languages, the location and the baseline with its source', async () => {
    setup({ ...mechelen, allowedActions: [] });
    expect(await screen.findByTestId('town-languages')).toHaveTextContent('Dutch, French');
    expect(screen.getByTestId('town-location')).toHaveTextContent('51.02574, 4.47762');
    const baseline = screen.getByRole('table', { name: 'Population baseline of Mechelen' });
    expect(baseline).toHaveTextContent('Natives78.5%');
    expect(baseline).toHaveTextContent('Newly arrived migrantsNot known');
    expect(screen.getByTestId('town-baseline-source')).toHaveTextContent('Source: Mechelen statistics office (2024)');
    expect(screen.queryByTestId('town-profile-form')).not.toBeInTheDocument();
  });

  it('says so when the town has no baseline yet', async () => {
    const none = {
      shares: { NATIVE: null, EXPAT: null, NEWLY_ARRIVED_MIGRANT: null, PRECARIOUS_OR_VULNERABLE: null },
      source: null,
      year: null,
    };
    setup({ ...mechelen, baseline: none, latitude: null, longitude: null, allowedActions: [] });
    expect(await screen.findByTestId('town-baseline-none')).toBeInTheDocument();
    expect(screen.getByTestId('town-location')).toHaveTextContent('Not placed on the map yet');
  });

  it('lets the network admin save the profile with its version as If-Match', async () => {
    const { requests } = setup(
      mechelen,
      () => json({ ...mechelen, version: 5 }),
      fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
    );
    const user = userEvent.setup({ delay: null });
    const expats = await screen.findByLabelText(/Expats – Share of the inhabitants/);
    await user.clear(expats);
    await user.type(expats, '7,5');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Town profile saved')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toEqual({
      languages: ['nl', 'fr'],
      latitude: 51.02574,
      longitude: 4.47762,
      baseline: {
        shares: { NATIVE: 78.5, EXPAT: 7.5, NEWLY_ARRIVED_MIGRANT: null, PRECARIOUS_OR_VULNERABLE: 14 },
        source: 'Mechelen statistics office',
        year: 2024,
      },
    });
  });

  it('refuses a malformed language list before sending and shows the service’s refusal', async () => {
    const { requests } = setup(
      mechelen,
      () =>
        problem(
          422,
          'Invalid town profile',
          'population shares need their source and year',
          [],
          'invalid-town-profile',
        ),
      fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
    );
    const user = userEvent.setup({ delay: null });
    const languages = await screen.findByLabelText(/^Languages/);
    await user.clear(languages);
    await user.type(languages, 'Dutch');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText(/Use two-letter codes/)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(languages);
    await user.type(languages, 'nl');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByTestId('problem-alert')).toBeInTheDocument();
  });

  it('shows the problem when the town does not exist', async () => {
    const mock = mockFetch(() => problem(404, 'Not found', 'town atlantis does not exist', [], 'not-found'));
    renderWithProviders(<TownProfilePage />, {
      fetch: mock.fetch,
      session: fakeSession(null),
      route: '/towns/atlantis/profile',
      path: '/towns/:city/profile',
    });
    expect(await screen.findByTestId('problem-alert')).toBeInTheDocument();
  });
});
