import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession, json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { FINDING_ID, recommendation } from './fixtures';
import { RecommendationEditorPage } from './RecommendationEditorPage';

const published = {
  id: FINDING_ID,
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

function render() {
  const mock = mockFetch((req, url) => {
    if (url.host !== 'practice.test') return undefined;
    if (url.pathname === '/findings') {
      return json(page(url.searchParams.get('status') === 'PUBLISHED' ? [published] : []));
    }
    if (req.method === 'POST' && url.pathname === '/recommendations') return json(recommendation(), 201);
    return undefined;
  });
  renderWithProviders(<RecommendationEditorPage />, {
    fetch: mock.fetch,
    session: fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
    route: '/recommendations/new',
    path: '/recommendations/new',
  });
  return mock;
}

describe('RecommendationEditorPage', () => {
  it('drafts a recommendation with its actions one per line and the findings picked', async () => {
    const { requests } = render();
    await userEvent.type(await screen.findByTestId('recommendation-title-input'), 'Fund resident mentors');
    await userEvent.selectOptions(screen.getByTestId('recommendation-audience'), 'EU_INSTITUTIONS');
    await userEvent.type(
      screen.getByTestId('recommendation-actions-input'),
      'Open a budget line{enter}{enter}Count jobs',
    );
    await waitFor(() => expect(requests.some((r) => new URL(r.url).pathname === '/findings')).toBe(true));
    await userEvent.click(screen.getByTestId('recommendation-findings'));
    await userEvent.click(await screen.findByRole('option', { name: published.statement, hidden: true }));
    await userEvent.click(screen.getByTestId('save-recommendation'));

    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      title: 'Fund resident mentors',
      summary: null,
      language: 'en',
      audience: 'EU_INSTITUTIONS',
      actions: ['Open a budget line', 'Count jobs'],
      findingIds: [FINDING_ID],
    });
  });

  it('sends nothing without an action and a finding', async () => {
    const { requests } = render();
    await userEvent.type(await screen.findByTestId('recommendation-title-input'), 'Fund resident mentors');
    await userEvent.click(screen.getByTestId('save-recommendation'));
    expect(await screen.findByText('Name at least one action.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one finding.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});
