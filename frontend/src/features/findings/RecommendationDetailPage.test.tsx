import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession, json, mockFetch, renderWithProviders } from '../../test/utils';
import { finding, FINDING_ID, recommendation, RECOMMENDATION_ID } from './fixtures';
import { RecommendationDetailPage } from './RecommendationDetailPage';

function render(body: Record<string, unknown>, session = fakeSession({ city: 'mechelen' })) {
  const mock = mockFetch((req, url) => {
    if (url.host !== 'practice.test') return undefined;
    if (req.method === 'GET' && url.pathname === `/recommendations/${RECOMMENDATION_ID}`) return json(body);
    if (req.method === 'GET' && url.pathname === `/findings/${FINDING_ID}`) {
      return json(finding({ status: 'PUBLISHED', allowedActions: [] }));
    }
    if (url.pathname === `/recommendations/${RECOMMENDATION_ID}/endorsements/mechelen`) {
      return new Response(null, { status: 204 });
    }
    if (req.method === 'POST' && url.pathname === `/recommendations/${RECOMMENDATION_ID}/publish`) {
      return json(
        {
          type: 'urn:cohesion:problem:unbacked-recommendation',
          title: 'Recommendation not backed by findings',
          status: 422,
        },
        422,
        'application/problem+json',
      );
    }
    return undefined;
  });
  renderWithProviders(<RecommendationDetailPage />, {
    fetch: mock.fetch,
    session,
    route: `/recommendations/${RECOMMENDATION_ID}`,
    path: '/recommendations/:id',
  });
  return mock;
}

describe('RecommendationDetailPage', () => {
  it('shows the actions in order, the backing findings and the endorsing towns', async () => {
    render(recommendation());
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Fund resident mentors');
    const actions = screen.getByTestId('recommendation-action-list');
    expect(actions.querySelectorAll('li')[1]).toHaveTextContent('Count the months to a first job');
    expect(await screen.findByTestId(`backing-${FINDING_ID}`)).toHaveTextContent('Newcomers find work sooner');
    expect(screen.getByTestId('endorsing-towns')).toHaveTextContent('tartu');
  });

  it('lets a coordinator endorse for their own town', async () => {
    const { requests } = render(recommendation());
    await userEvent.click(await screen.findByTestId('endorse'));
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'PUT' && r.url.endsWith('/endorsements/mechelen'))).toBe(true),
    );
  });

  it('offers the withdrawal of an endorsement the town gave', async () => {
    const { requests } = render(recommendation({ endorsingTowns: ['mechelen', 'tartu'] }));
    await userEvent.click(await screen.findByTestId('withdraw-endorsement'));
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'DELETE' && r.url.endsWith('/endorsements/mechelen'))).toBe(true),
    );
  });

  it('offers no endorsement without the right', async () => {
    render(recommendation({ allowedActions: [] }), fakeSession(null));
    await screen.findByTestId('recommendation-detail');
    expect(screen.queryByTestId('endorse')).not.toBeInTheDocument();
  });

  it('says why an unbacked draft cannot be published', async () => {
    render(
      recommendation({
        status: 'DRAFT',
        allowedActions: ['PUBLISH_RECOMMENDATION'],
        allowedTransitions: ['PUBLISHED'],
      }),
      fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
    );
    await userEvent.click(await screen.findByTestId('publish-recommendation'));
    expect(await screen.findByTestId('backing-problem')).toHaveTextContent('at least one published finding');
  });
});
