import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, renderWithProviders } from '../../test/utils';
import { PracticeEditPage } from './PracticeEditPage';

const practice = {
  id: 'pr-1',
  city: 'mechelen',
  sourceInitiativeId: 'i-1',
  title: 'Welcome desk',
  summary: 'A desk for newcomers',
  context: 'Many newcomers',
  approach: 'One desk',
  results: 'Fewer queues',
  resources: null,
  transferability: null,
  lessons: null,
  status: 'DRAFT',
  version: 3,
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-02T10:00:00Z',
  publishedAt: null,
  reviewResults: null,
  indicatorOutcomes: [],
  outcome: 'ADOPTED',
};

function render(allowedActions: string[]) {
  const { fetch } = mockFetch((_req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/practices/pr-1') return json({ ...practice, allowedActions });
    return undefined;
  });
  renderWithProviders(<PracticeEditPage />, {
    fetch,
    session: fakeSession({ roles: ['panel-member'] }),
    route: '/practices/pr-1/edit',
    path: '/practices/:id/edit',
  });
}

describe('PracticeEditPage', () => {
  it('gives a reader without EDIT_PRACTICE the texts read-only: no form, no Save', async () => {
    render([]);
    expect(await screen.findByTestId('practice-not-yours')).toBeInTheDocument();
    expect(screen.getByText('Many newcomers')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('offers Save, and Submit only with SUBMIT_PRACTICE', async () => {
    render(['EDIT_PRACTICE']);
    expect(await screen.findByRole('button', { name: 'Save' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Submit for validation' })).not.toBeInTheDocument();
  });

  it('offers Submit when the service allows it', async () => {
    render(['EDIT_PRACTICE', 'SUBMIT_PRACTICE']);
    expect(await screen.findByRole('button', { name: 'Submit for validation' })).toBeInTheDocument();
    expect(document.title).toBe('Edit practice · Cohesion');
  });
});
