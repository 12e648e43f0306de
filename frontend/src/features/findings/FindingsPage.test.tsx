import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import { FindingsPage } from './FindingsPage';

const finding = {
  id: '11111111-1111-4111-8111-111111111111',
  status: 'PUBLISHED',
  language: 'en',
  statement: 'Newcomers find work sooner when a resident mentors them',
  themes: ['EMPLOYMENT'],
  sdgTargets: ['10.2'],
  citations: 3,
  proposedBy: null,
  updatedAt: '2026-12-04T10:00:00Z',
  publishedAt: '2026-12-04T10:00:00Z',
  allowedActions: [],
};

const recommendation = {
  id: '22222222-2222-4222-8222-222222222222',
  status: 'PUBLISHED',
  audience: 'EU_INSTITUTIONS',
  language: 'en',
  title: 'Support peer-staffed digital help desks',
  findings: 1,
  proposedBy: null,
  updatedAt: '2026-12-04T10:00:00Z',
  publishedAt: '2026-12-04T10:00:00Z',
  allowedActions: [],
};

function routes(findings: () => Response, recommendations: () => Response) {
  return mockFetch((_req, url) => {
    if (url.host !== 'practice.test') return undefined;
    if (url.pathname === '/findings') return findings();
    if (url.pathname === '/recommendations') return recommendations();
    return undefined;
  });
}

describe('FindingsPage', () => {
  it('lists the published findings and the recommendations by audience', async () => {
    const { fetch, requests } = routes(
      () => json(page([finding])),
      () => json(page([recommendation])),
    );
    renderWithProviders(<FindingsPage />, { fetch, route: '/findings' });

    const card = await screen.findByTestId(`finding-${finding.id}`);
    expect(card).toHaveTextContent(finding.statement);
    expect(card).toHaveTextContent('Employment');
    expect(card).toHaveTextContent('Evidence cited: 3');
    const audience = await screen.findByTestId('audience-EU_INSTITUTIONS');
    expect(audience).toHaveTextContent('To EU institutions');
    expect(audience).toHaveTextContent(recommendation.title);
    expect(screen.queryByTestId('audience-LOCAL_AUTHORITIES')).not.toBeInTheDocument();
    const asked = requests.map((r) => new URL(r.url));
    expect(asked.find((u) => u.pathname === '/findings')?.searchParams.get('status')).toBe('PUBLISHED');
  });

  it('says so when nothing is published yet', async () => {
    const { fetch } = routes(
      () => json(page([])),
      () => json(page([])),
    );
    renderWithProviders(<FindingsPage />, { fetch, route: '/findings' });
    expect(await screen.findByTestId('findings-empty')).toHaveTextContent('No common finding has been published yet.');
    expect(await screen.findByTestId('recommendations-empty')).toBeInTheDocument();
  });

  it('shows the problem when the findings cannot be read', async () => {
    const { fetch } = routes(
      () => problem(503, 'Service unavailable'),
      () => json(page([])),
    );
    renderWithProviders(<FindingsPage />, { fetch, route: '/findings' });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('findings-empty')).not.toBeInTheDocument();
    expect(await screen.findByTestId('recommendations-empty')).toBeInTheDocument();
  });
});
