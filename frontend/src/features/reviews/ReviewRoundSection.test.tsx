import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../test/utils';
import { ReviewRoundSection } from './ReviewRoundSection';
import type { ReviewRound } from './reviewApi';

function round(overrides: Partial<ReviewRound> = {}): ReviewRound {
  return {
    id: 'r-1',
    initiativeId: 'i-1',
    panelId: 'p-1',
    city: 'mechelen',
    status: 'OPEN',
    openedAt: '2026-11-01T10:00:00Z',
    closesAt: '2026-12-10T10:00:00Z',
    closedAt: null,
    eligible: 4,
    submitted: 1,
    quorum: { required: 2, met: false, missingPillars: ['EXPERTISE'], missing: ['1 more review(s)'] },
    pillars: [
      { pillar: 'CITIZENS', eligible: 3, reviewed: 1 },
      { pillar: 'EXPERTISE', eligible: 1, reviewed: 0 },
    ],
    results: null,
    myReview: null,
    version: 0,
    allowedActions: ['SUBMIT_REVIEW'],
    ...overrides,
  } as ReviewRound;
}

describe('ReviewRoundSection', () => {
  it('shows quorum progress and sends a complete review with a reason per criterion', async () => {
    const { fetch, requests } = mockFetch((request, url) => {
      if (url.pathname.endsWith('/review-rounds/latest'))
        return json({ initiativeId: 'i-1', round: round(), allowedActions: [] });
      if (request.method === 'POST') return json({}, 201);
      return undefined;
    });
    renderWithProviders(<ReviewRoundSection initiativeId="i-1" />, { fetch });
    expect(await screen.findByTestId('round-counts')).toHaveTextContent('Reviews: 1 of 4 eligible members');
    expect(screen.getByTestId('quorum-missing')).toHaveTextContent('Expertise');
    expect(screen.queryByTestId('close-round')).not.toBeInTheDocument();
    expect(screen.queryByTestId('open-round-form')).not.toBeInTheDocument();

    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('review-submit'));
    expect(screen.getAllByText('Choose a score from 1 to 5')).toHaveLength(5);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    for (const c of ['RELEVANCE', 'EFFECTIVENESS', 'INCLUSIVENESS', 'SUSTAINABILITY', 'TRANSFERABILITY']) {
      const group = screen.getByTestId(`criterion-${c}`);
      await user.click(group.querySelector('input[value="4"]') as HTMLInputElement);
      fireEvent.change(screen.getByTestId(`reason-${c}`), { target: { value: `Because ${c}` } });
    }
    await user.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const sent = requests.find((r) => r.method === 'POST')!;
    expect(new URL(sent.url).pathname).toMatch(/\/review-rounds\/r-1\/reviews$/);
    expect(await sent.json()).toMatchObject({
      relevance: { score: 4, reason: 'Because RELEVANCE' },
      transferability: { score: 4, reason: 'Because TRANSFERABILITY' },
    });
  }, 60_000);

  it('offers opening a round only when allowed, and shows closed results as tables', async () => {
    const closed = round({
      status: 'CLOSED',
      closedAt: '2026-12-01T10:00:00Z',
      submitted: 2,
      quorum: { required: 2, met: true, missingPillars: [], missing: [] },
      allowedActions: [],
      results: {
        reviews: 2,
        criteria: [{ criterion: 'RELEVANCE', mean: 4.5, distribution: [0, 0, 0, 1, 1] }],
        byPillar: [{ pillar: 'CITIZENS', reviews: 2, means: [{ criterion: 'RELEVANCE', mean: 4.5 }] }],
      },
    } as Partial<ReviewRound>);
    const { fetch } = mockFetch((_, url) =>
      url.pathname.endsWith('/review-rounds/latest')
        ? json({ initiativeId: 'i-1', round: closed, allowedActions: ['OPEN_REVIEW_ROUND'] })
        : undefined,
    );
    renderWithProviders(<ReviewRoundSection initiativeId="i-1" />, { fetch });
    expect(await screen.findByTestId('review-results')).toBeInTheDocument();
    expect(screen.getByTestId('mean-RELEVANCE')).toHaveTextContent('4.5');
    expect(screen.getByTestId('results-pillars')).toHaveTextContent('Citizens');
    expect(screen.getByTestId('open-round-form')).toBeInTheDocument();
    expect(screen.queryByTestId('review-form')).not.toBeInTheDocument();
  });

  describe("the residents' survey beside the round", () => {
    const results = {
      surveyId: 's-1',
      status: 'OPEN',
      languages: ['nl'],
      title: { nl: 'Hoe vindt u het?' },
      responses: 7,
      publicEnough: true,
      questions: [
        {
          questionId: 'q1',
          kind: 'RATING',
          text: { nl: 'Hoe nuttig?' },
          answers: 7,
          mean: 4.3,
          distribution: [{ value: '5', label: {}, count: 3 }],
          quotes: [],
        },
        {
          questionId: 'q2',
          kind: 'FREE_TEXT',
          text: { nl: 'Wat kan beter?' },
          answers: 2,
          mean: null,
          distribution: [],
          quotes: ['Graag ook op zaterdag.'],
        },
      ],
      moderation: [],
      allowedActions: [],
    };

    function respond(slot: object, resultsResponse: () => Response = () => json(results)) {
      return mockFetch((_, url) => {
        if (url.pathname.endsWith('/review-rounds/latest'))
          return json({ initiativeId: 'i-1', round: round(), allowedActions: [] });
        if (url.pathname.endsWith('/initiatives/i-1/survey')) return json(slot);
        if (url.pathname.endsWith('/initiatives/i-1/survey/results')) return resultsResponse();
        return undefined;
      });
    }

    it('shows the counts, means and approved quotes to those who may read them', async () => {
      const { fetch } = respond({ survey: { status: 'OPEN' }, allowedActions: ['VIEW_SURVEY_RESULTS'] });
      renderWithProviders(<ReviewRoundSection initiativeId="i-1" />, { fetch });
      const survey = await screen.findByTestId('review-survey');
      expect(await within(survey).findByTestId('survey-response-count')).toHaveTextContent('7');
      expect(survey).toHaveTextContent('4.3');
      expect(within(survey).getByTestId('survey-quote')).toHaveTextContent('Graag ook op zaterdag.');
    });

    it('says when the residents were not asked, and shows nothing to those who may not read it', async () => {
      const none = respond({ survey: null, allowedActions: ['VIEW_SURVEY_RESULTS'] });
      const { unmount } = renderWithProviders(<ReviewRoundSection initiativeId="i-1" />, { fetch: none.fetch });
      expect(await screen.findByTestId('review-survey-none')).toBeInTheDocument();
      expect(none.requests.some((r) => r.url.endsWith('/survey/results'))).toBe(false);
      unmount();

      const hidden = respond({ survey: { status: 'OPEN' }, allowedActions: [] });
      renderWithProviders(<ReviewRoundSection initiativeId="i-1" />, { fetch: hidden.fetch });
      expect(await screen.findByTestId('round-counts')).toBeInTheDocument();
      await waitFor(() => expect(hidden.requests.some((r) => r.url.endsWith('/survey'))).toBe(true));
      await waitFor(() => expect(screen.queryByTestId('review-survey')).not.toBeInTheDocument());
      expect(hidden.requests.some((r) => r.url.endsWith('/survey/results'))).toBe(false);
    });

    it('offers a retry when the results fail', async () => {
      const { fetch } = respond({ survey: { status: 'OPEN' }, allowedActions: ['VIEW_SURVEY_RESULTS'] }, () =>
        json({ type: 'about:blank', title: 'Server error', status: 500 }, 500),
      );
      renderWithProviders(<ReviewRoundSection initiativeId="i-1" />, { fetch });
      const survey = await screen.findByTestId('review-survey');
      expect(await within(survey).findByRole('button', { name: /retry|try again/i })).toBeInTheDocument();
    });
  });
});
