import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession, json, mockFetch } from '../../test/utils';
import { renderWithProviders } from '../../test/utils';
import { FindingDetailPage } from './FindingDetailPage';
import { finding, FINDING_ID, insufficientEvidence } from './fixtures';

function render(body: Record<string, unknown>, publish: () => Response = () => json(finding({ status: 'PUBLISHED' }))) {
  const mock = mockFetch((req, url) => {
    if (url.host !== 'practice.test') return undefined;
    if (req.method === 'GET' && url.pathname === `/findings/${FINDING_ID}`) return json(body);
    if (req.method === 'POST' && url.pathname === `/findings/${FINDING_ID}/publish`) return publish();
    if (url.pathname === `/findings/${FINDING_ID}/revisions`) {
      const revision = { language: 'en', statement: 'x', explanation: null, evidence: [{ kind: 'PRACTICE', id: 'p' }] };
      return json([
        { ...revision, number: 1, kind: 'PUBLICATION', revisedByRole: 'NETWORK_ADMIN', at: '2026-12-04T11:00:00Z' },
        { ...revision, number: 2, kind: 'EDIT', revisedByRole: 'NETWORK_ADMIN', at: '2026-12-05T11:00:00Z' },
      ]);
    }
    if (req.method === 'POST' && url.pathname === `/findings/${FINDING_ID}/withdraw`) {
      return json(finding({ status: 'WITHDRAWN' }));
    }
    return undefined;
  });
  renderWithProviders(<FindingDetailPage />, {
    fetch: mock.fetch,
    session: fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }),
    route: `/findings/${FINDING_ID}`,
    path: '/findings/:id',
  });
  return mock;
}

const sent = (requests: Request[], method: string, suffix: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname.endsWith(suffix));

describe('FindingDetailPage', () => {
  it('shows the statement, its evidence and the towns it comes from', async () => {
    render(finding());
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Newcomers find work sooner');
    expect(screen.getByTestId('finding-explanation')).toHaveTextContent('halved the months');
    expect(screen.getByTestId('finding-towns')).toHaveTextContent('Evidence from: mechelen');
    expect(screen.getByTestId('evidence-short')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Good practice' })).toHaveAttribute(
      'href',
      '/practices/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    );
  });

  it('tells in words why the evidence does not allow publishing, and changes nothing', async () => {
    const { requests } = render(finding(), insufficientEvidence);
    await userEvent.click(await screen.findByTestId('publish-finding'));
    const problem = await screen.findByTestId('evidence-problem');
    expect(problem).toHaveTextContent(
      'Publishing needs published evidence from at least 2 towns; the published citations come only from mechelen.',
    );
    expect(problem).toHaveTextContent('Citations not published yet: 1.');
    expect(sent(requests, 'POST', '/publish')[0]?.headers.get('If-Match')).toBe('"3"');
    expect(screen.getByTestId('publication-status')).toHaveAttribute('data-status', 'DRAFT');
  });

  it('publishes with the version read and reads the finding again', async () => {
    const { requests } = render(finding({ evidenceSufficient: true }));
    await userEvent.click(await screen.findByTestId('publish-finding'));
    await waitFor(() => expect(sent(requests, 'GET', `/findings/${FINDING_ID}`)).toHaveLength(2));
    expect(screen.queryByTestId('evidence-problem')).not.toBeInTheDocument();
  });

  it('offers no control the service does not allow', async () => {
    render(finding({ status: 'PUBLISHED', allowedActions: [], allowedTransitions: ['WITHDRAWN'] }));
    await screen.findByTestId('finding-detail');
    expect(screen.queryByTestId('publish-finding')).not.toBeInTheDocument();
    expect(screen.queryByTestId('edit-finding')).not.toBeInTheDocument();
    expect(screen.queryByTestId('withdraw')).not.toBeInTheDocument();
  });

  it('withdraws only with a reason', async () => {
    const { requests } = render(
      finding({ status: 'PUBLISHED', allowedActions: ['WITHDRAW_FINDING'], allowedTransitions: ['WITHDRAWN'] }),
    );
    await userEvent.click(await screen.findByTestId('withdraw'));
    await userEvent.click(screen.getByTestId('withdraw-confirm'));
    expect(await screen.findByText('Give the reason.')).toBeInTheDocument();
    expect(sent(requests, 'POST', '/withdraw')).toHaveLength(0);

    await userEvent.type(screen.getByTestId('withdraw-reason'), 'A cited practice overstated its results.');
    await userEvent.click(screen.getByTestId('withdraw-confirm'));
    await waitFor(() => expect(sent(requests, 'POST', '/withdraw')).toHaveLength(1));
    const withdrawal = sent(requests, 'POST', '/withdraw')[0]!;
    expect(withdrawal.headers.get('If-Match')).toBe('"3"');
    expect(await withdrawal.json()).toEqual({ reason: 'A cited practice overstated its results.' });
  });

  it('marks a field shown in the original when it is not translated into the language asked for', async () => {
    const untranslated = finding({
      language: 'de',
      translations: [{ language: 'fr', translatedAt: '2026-12-04T12:00:00Z', translatedByCity: null }],
      reading: {
        language: 'en',
        fields: [
          { name: 'statement', language: 'de', source: 'FALLBACK', text: 'Neuankömmlinge finden schneller Arbeit' },
          { name: 'explanation', language: 'de', source: 'FALLBACK', text: 'Mentoring-Paare' },
        ],
      },
    });
    const { requests } = render(untranslated);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');
    expect(screen.getAllByTestId('reading-mark')[0]).toHaveTextContent(
      'Not translated yet: shown in the original, German.',
    );
    expect(screen.getByTestId('reading-language')).toBeInTheDocument();
    expect(new URL(sent(requests, 'GET', `/findings/${FINDING_ID}`)[0]!.url).searchParams.get('lang')).toBe('en');
  });

  it('lists the revisions of a published finding, the latest first', async () => {
    render(finding({ status: 'PUBLISHED', publishedAt: '2026-12-04T11:00:00Z', allowedActions: [] }));
    const items = (await screen.findByTestId('finding-revisions')).querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Revised on .* by the network admin · evidence cited: 1$/);
    expect(items[1]).toHaveTextContent(/^Published on /);
  });
});
