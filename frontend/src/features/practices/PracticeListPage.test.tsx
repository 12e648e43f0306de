import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import { PracticeListPage } from './PracticeListPage';

function practice(n: number) {
  return {
    id: `p-${n}`,
    city: 'tartu',
    title: `Practice ${n}`,
    summary: `Summary ${n}`,
    status: 'PUBLISHED',
    publishedAt: '2025-03-01T12:00:00Z',
    version: 1,
  };
}

function routes(practices: (url: URL) => Response) {
  return mockFetch((_req, url) => {
    if (url.host === 'panel.test' && url.pathname === '/cities') return json(cities);
    if (url.host === 'practice.test' && url.pathname === '/practices') return practices(url);
    return undefined;
  });
}

describe('PracticeListPage', () => {
  it('shows an empty state when nothing is published', async () => {
    const { fetch } = routes(() => json(page([])));
    renderWithProviders(<PracticeListPage />, { fetch, session: fakeSession(null), route: '/practices' });
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No good practices published yet');
    expect(screen.queryByTestId('paging')).not.toBeInTheDocument();
  });

  it('lists title, town, summary and publication date, anonymously', async () => {
    const { fetch, requests } = routes(() => json(page([practice(1), practice(2)])));
    renderWithProviders(<PracticeListPage />, { fetch, session: fakeSession(null), route: '/practices' });
    const items = await screen.findAllByTestId('practice-item');
    expect(items).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Practice 1' })).toHaveAttribute('href', '/practices/p-1');
    expect(items[0]).toHaveTextContent('Summary 1');
    await waitFor(() => expect(items[0]).toHaveTextContent('Tartu'));
    expect(items[0]).toHaveTextContent('Published Mar 1, 2025');
    const practiceRequest = requests.find((r) => r.url.startsWith('http://practice.test'))!;
    expect(new URL(practiceRequest.url).searchParams.get('status')).toBe('PUBLISHED');
    expect(practiceRequest.headers.has('Authorization')).toBe(false);
  });

  it('pages through the results', async () => {
    const { fetch, requests } = routes((url) => {
      const p = Number(url.searchParams.get('page'));
      return json(page([practice(p * 10 + 1)], p, 10, 25));
    });
    renderWithProviders(<PracticeListPage />, { fetch, route: '/practices' });
    expect(await screen.findByTestId('paging-position')).toHaveTextContent('Page 1 of 3');
    expect(screen.getByTestId('paging-total')).toHaveTextContent('25 items');
    const previous = screen.getByRole('button', { name: 'Previous page' });
    expect(previous).toBeDisabled();

    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Practice 11' })).toBeInTheDocument();
    expect(screen.getByTestId('paging-position')).toHaveTextContent('Page 2 of 3');
    const pages = requests
      .filter((r) => r.url.startsWith('http://practice.test'))
      .map((r) => new URL(r.url).searchParams.get('page'));
    expect(pages).toEqual(['0', '1']);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Practice 21' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('starts on the page named in the URL', async () => {
    const { fetch, requests } = routes((url) =>
      json(page([practice(5)], Number(url.searchParams.get('page')), 10, 25)),
    );
    renderWithProviders(<PracticeListPage />, { fetch, route: '/practices?page=3&city=tartu' });
    expect(await screen.findByTestId('paging-position')).toHaveTextContent('Page 3 of 3');
    const url = new URL(requests.find((r) => r.url.startsWith('http://practice.test'))!.url);
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('city')).toBe('tartu');
  });

  it('says a page beyond the last one is beyond the end, not that nothing is published', async () => {
    const { fetch } = routes((url) => {
      const p = Number(url.searchParams.get('page'));
      return json(p === 0 ? page([practice(1)]) : page([], p, 10, 1));
    });
    renderWithProviders(<PracticeListPage />, { fetch, route: '/practices?page=99' });
    const beyond = await screen.findByTestId('beyond-last-page');
    expect(beyond).toHaveTextContent('There is no page 99');
    expect(beyond).toHaveTextContent('The list has 1 page.');
    expect(screen.queryByText('No good practices published yet')).not.toBeInTheDocument();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(await screen.findByRole('link', { name: 'Practice 1' })).toBeInTheDocument();
  });

  it('shows the problem in the reader’s words, the service’s detail only beside', async () => {
    const { fetch } = routes(() =>
      problem(400, 'Invalid request', 'size: must be a whole number from 1 to 100', [], 'validation'),
    );
    renderWithProviders(<PracticeListPage />, { fetch, route: '/practices' });
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('Please check your entries');
    expect(screen.getByTestId('problem-detail')).toHaveTextContent('size: must be a whole number from 1 to 100');
  });
});
