import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PracticeSearchFacets } from '../../api/types';
import { cities, fakeSession, json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { PracticeSearchPage } from './PracticeSearchPage';

const none: PracticeSearchFacets = {
  themes: [],
  targetGroups: [],
  towns: [],
  sdgTargets: [],
  outcomes: [],
  hasTransfers: [],
};

function result(items: unknown[], facets = none, totalItems = items.length, pageIndex = 0) {
  return {
    items,
    page: pageIndex,
    size: 10,
    totalItems,
    totalPages: Math.ceil(totalItems / 10),
    facets,
    allowedActions: ['SEARCH_PRACTICES'],
  };
}

const hit = {
  id: 'p-1',
  city: 'tartu',
  outcome: 'ADOPTED',
  language: 'et',
  languages: ['et'],
  title: 'Keelekohvik',
  summary: 'Newcomers and natives talk',
  themes: ['LANGUAGE_AND_EDUCATION'],
  targetGroups: ['EXPAT'],
  sdgTargets: ['10.2'],
  transferCount: 0,
  publishedAt: '2025-03-01T12:00:00Z',
  score: 0.5,
};

function routes(search: (url: URL) => Response) {
  return mockFetch((_req, url) => {
    if (url.host === 'panel.test' && url.pathname === '/cities') return json(cities);
    if (url.host === 'practice.test' && url.pathname === '/practice-search') return search(url);
    return undefined;
  });
}

const searches = (requests: Request[]) =>
  requests.filter((r) => r.url.startsWith('http://practice.test')).map((r) => new URL(r.url).searchParams);

describe('PracticeSearchPage', () => {
  it('searches with the words typed, anonymously, and shows hits and facet counts', async () => {
    const facets = {
      ...none,
      themes: [
        { value: 'LANGUAGE_AND_EDUCATION', count: 1 },
        { value: 'HOUSING', count: 3 },
      ],
      towns: [{ value: 'tartu', count: 1 }],
      hasTransfers: [{ value: 'false', count: 1 }],
    };
    const { fetch, requests } = routes(() => json(result([hit], facets)));
    renderWithProviders(<PracticeSearchPage />, { fetch, session: fakeSession(null), route: '/practice-search' });
    const hits = await screen.findAllByTestId('practice-search-hit');
    expect(hits).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Keelekohvik' })).toHaveAttribute('href', '/practices/p-1');
    await waitFor(() => expect(hits[0]).toHaveTextContent('Tartu'));
    expect(hits[0]).toHaveTextContent('Language and education');
    const themes = screen.getByTestId('practice-facet-themes');
    expect(within(themes).getByLabelText('Housing (3)')).toBeInTheDocument();
    expect(screen.getByLabelText('Not taken up yet (1)')).toBeInTheDocument();
    expect(screen.getByTestId('practice-search-total')).toHaveTextContent('Practices found: 1');

    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('searchbox', { name: 'Search words' }), 'welcome desk');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(searches(requests).at(-1)?.get('q')).toBe('welcome desk'));
    expect(requests.every((r) => !r.headers.has('Authorization'))).toBe(true);
  });

  it('filters by the facet values ticked, starting again at the first page', async () => {
    const facets = { ...none, themes: [{ value: 'HOUSING', count: 3 }] };
    const { fetch, requests } = routes((url) => json(result([hit], facets, 25, Number(url.searchParams.get('page')))));
    renderWithProviders(<PracticeSearchPage />, { fetch, route: '/practice-search?q=rent&page=2' });
    expect(await screen.findByTestId('paging-position')).toHaveTextContent('Page 2 of 3');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByLabelText('Housing (3)'));
    await waitFor(() => expect(searches(requests).at(-1)?.getAll('theme')).toEqual(['HOUSING']));
    const last = searches(requests).at(-1)!;
    expect(last.get('q')).toBe('rent');
    expect(last.get('page')).toBe('0');

    await user.selectOptions(screen.getByTestId('practice-search-sort'), 'recent');
    await waitFor(() => expect(searches(requests).at(-1)?.get('sort')).toBe('recent'));

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(searches(requests).at(-1)?.getAll('theme')).toEqual([]));
  });

  it('says so when nothing matches', async () => {
    const { fetch } = routes(() => json(result([])));
    renderWithProviders(<PracticeSearchPage />, { fetch, route: '/practice-search?q=nothing' });
    expect(await screen.findByTestId('practice-search-empty')).toHaveTextContent('No practice matches');
  });

  it('shows the problem when the search fails', async () => {
    const { fetch } = routes(() =>
      problem(
        400,
        'Invalid request',
        'q: size must be between 0 and 200',
        [{ field: 'q', message: 'too long' }],
        'validation',
      ),
    );
    renderWithProviders(<PracticeSearchPage />, { fetch, route: '/practice-search?q=x' });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('practice-search-hit')).not.toBeInTheDocument();
  });
});
