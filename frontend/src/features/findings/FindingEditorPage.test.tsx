import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession, json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { FindingEditorPage } from './FindingEditorPage';
import { finding, FINDING_ID, insufficientEvidence, PRACTICE_A, PRACTICE_B } from './fixtures';

const hit = {
  id: PRACTICE_B,
  city: 'tartu',
  title: 'Job mentors from the neighbourhood',
  language: 'en',
  languages: ['en'],
  summary: null,
  outcome: 'ADOPTED',
  publishedAt: '2026-11-01T10:00:00Z',
  score: 0.5,
  sdgTargets: [],
  targetGroups: [],
  themes: ['EMPLOYMENT'],
  transferCount: 0,
};

function render(route: string, path: string, answers: { put?: () => Response } = {}) {
  const mock = mockFetch((req, url) => {
    if (url.host !== 'practice.test') return undefined;
    if (url.pathname === '/practice-search') {
      return json({
        ...page([hit]),
        facets: { themes: [], targetGroups: [], towns: [], sdgTargets: [], outcomes: [] },
      });
    }
    if (url.pathname === '/transfers') return json(page([]));
    if (req.method === 'POST' && url.pathname === '/findings') return json(finding(), 201);
    if (req.method === 'GET' && url.pathname === `/findings/${FINDING_ID}`) return json(finding());
    if (req.method === 'PUT' && url.pathname === `/findings/${FINDING_ID}`)
      return (answers.put ?? (() => json(finding())))();
    return undefined;
  });
  renderWithProviders(<FindingEditorPage />, {
    fetch: mock.fetch,
    session: fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
    route,
    path,
  });
  return mock;
}

const sent = (requests: Request[], method: string, pathname: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === pathname);

describe('FindingEditorPage', () => {
  it('drafts a finding citing a practice picked by search, once per Idempotency-Key', async () => {
    const { requests } = render('/findings/new', '/findings/new');
    await userEvent.type(await screen.findByTestId('finding-statement-input'), 'Mentors shorten the way to work');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Employment' }));
    await userEvent.type(screen.getByTestId('evidence-search'), 'mentors');
    await userEvent.click(await screen.findByRole('button', { name: /^Cite\s*Job mentors from the neighbourhood$/ }));
    expect(screen.getByTestId(`cited-${PRACTICE_B}`)).toHaveTextContent('Job mentors from the neighbourhood');
    await userEvent.click(screen.getByTestId('save-finding'));

    await waitFor(() => expect(sent(requests, 'POST', '/findings')).toHaveLength(1));
    const post = sent(requests, 'POST', '/findings')[0]!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      statement: 'Mentors shorten the way to work',
      explanation: null,
      language: 'en',
      themes: ['EMPLOYMENT'],
      sdgTargets: [],
      evidence: [{ kind: 'PRACTICE', id: PRACTICE_B }],
    });
  });

  it('sends nothing without a statement and a theme', async () => {
    const { requests } = render('/findings/new', '/findings/new');
    await userEvent.click(await screen.findByTestId('save-finding'));
    expect(await screen.findByText('Fill this in.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one theme.')).toBeInTheDocument();
    expect(sent(requests, 'POST', '/findings')).toHaveLength(0);
  });

  it('rewrites with If-Match and shows a refused evidence on the evidence field', async () => {
    const { requests } = render(`/findings/${FINDING_ID}/edit`, '/findings/:id/edit', { put: insufficientEvidence });
    await userEvent.click(await screen.findByRole('button', { name: /^Remove\s*Good practice/ }));
    expect(screen.queryByTestId(`cited-${PRACTICE_A}`)).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('save-finding'));
    expect(await screen.findByTestId('evidence-error')).toHaveTextContent(
      'the published citations come only from mechelen',
    );
    const put = sent(requests, 'PUT', `/findings/${FINDING_ID}`)[0]!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect((await put.json()).evidence).toEqual([]);
  });
});
