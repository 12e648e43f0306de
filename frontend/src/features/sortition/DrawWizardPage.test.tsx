import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { DrawWizardPage } from './DrawWizardPage';

const panel = {
  id: 'p-1',
  city: 'mechelen',
  name: 'Mechelen LPS',
  description: null,
  createdAt: '2025-01-01T00:00:00Z',
};
const pool = (actions: string[]) => ({
  panelId: 'p-1',
  seats: 2,
  onePerHousehold: false,
  addressColumns: [],
  quotas: [{ feature: 'gender', value: 'female', min: 1, max: 1 }],
  candidateCount: 3,
  version: 4,
  updatedAt: '2025-01-01T00:00:00Z',
  allowedActions: actions,
});
const candidate = (id: string, name: string, gender: string) => ({
  id,
  panelId: 'p-1',
  externalId: null,
  displayName: name,
  email: null,
  phone: null,
  address: {},
  features: { category: 'CITIZEN', gender },
  consentRecordedAt: null,
  consentTextVersion: null,
  memberId: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  version: 0,
});
const done = {
  id: 'd-1',
  panelId: 'p-1',
  status: 'DONE',
  phase: 'done',
  progressDone: 3,
  progressTotal: 3,
  seed: '-4242',
  seedGiven: true,
  inputsDigest: 'a'.repeat(64),
  algorithmVersion: 'leximin-1/ortools',
  poolVersion: 4,
  seats: 2,
  candidateCount: 3,
  candidates: [
    { candidateId: 'c-1', displayName: 'Ann', features: { gender: 'female' }, probability: 1, selected: true },
    { candidateId: 'c-2', displayName: 'Bob', features: { gender: 'male' }, probability: 0.5, selected: true },
    { candidateId: 'c-3', displayName: 'Cem', features: { gender: 'male' }, probability: 0.5, selected: false },
  ],
  selected: ['c-1', 'c-2'],
  failure: null,
  requestedAt: '2025-01-01T00:00:00Z',
  finishedAt: '2025-01-01T00:00:01Z',
  decidedAt: null,
  version: 7,
  allowedActions: ['CONFIRM_DRAW'],
};

function backend(actions: string[], upload: () => Response) {
  return mockFetch((req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/panels/p-1') return json(panel);
    if (url.pathname === '/panels/p-1/pool') return json(pool(actions));
    if (url.pathname === '/panels/p-1/pool/candidates')
      return json(
        page(
          [candidate('c-1', 'Ann', 'female'), candidate('c-2', 'Bob', 'male'), candidate('c-3', 'Cem', 'male')],
          0,
          100,
          3,
          actions,
        ),
      );
    if (url.pathname === '/panels/p-1/pool/candidates.csv' && req.method === 'PUT') return upload();
    if (url.pathname === '/panels/p-1/draws') return json(page([done], 0, 5, 1, actions));
    if (url.pathname === '/panels/p-1/draws/d-1' && req.method === 'GET') return json(done);
    if (url.pathname === '/panels/p-1/draws/d-1/confirmation') return json({ ...done, status: 'CONFIRMED' });
    return undefined;
  });
}

const route = { route: '/panels/p-1/draw', path: '/panels/:id/draw' };

describe('DrawWizardPage', () => {
  it('shows the per-line report of a rejected candidates file, sent as text/csv with If-Match', async () => {
    const rejected = () =>
      new Response(
        JSON.stringify({
          type: 'urn:cohesion:problem:csv-rejected',
          title: 'CSV file rejected',
          status: 422,
          detail: 'the candidates file was rejected (1 issues); nothing was imported',
          instance: '/panels/p-1/pool/candidates.csv',
          violations: [],
          issues: [{ line: 3, column: 'name', code: 'formula-cell', message: 'formula' }],
          conflicting: [],
        }),
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      );
    const { fetch, requests } = backend(['MANAGE_POOL', 'IMPORT_POOL', 'RUN_DRAW', 'CONFIRM_DRAW'], rejected);
    renderWithProviders(<DrawWizardPage />, { fetch, ...route });
    expect(await screen.findByTestId('candidate-count')).toHaveTextContent('3');
    const user = userEvent.setup({ delay: null });
    const file = new File(['id,name,category\nc1,=cmd,CITIZEN\n'], 'pool.csv', { type: 'text/csv' });
    // Mantine's FileInput is a button over a hidden file input.
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, file);
    await user.click(screen.getByTestId('candidates-upload'));
    const issues = await screen.findByTestId('csv-issues');
    expect(within(issues).getByText('3')).toBeInTheDocument();
    expect(issues).toHaveTextContent('could run as a spreadsheet formula');
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('Content-Type')).toBe('text/csv');
    expect(put.headers.get('If-Match')).toBe('"4"');
  });

  it('offers no upload, form or draw to a caller the service grants nothing', async () => {
    const { fetch } = backend([], () => json(pool([])));
    renderWithProviders(<DrawWizardPage />, { fetch, ...route });
    expect(await screen.findByTestId('candidate-count')).toBeInTheDocument();
    expect(screen.queryByTestId('candidates-upload')).not.toBeInTheDocument();
    expect(screen.queryByTestId('add-candidate-form')).not.toBeInTheDocument();
  });

  it('reviews the probabilities with the drawn panel first and confirms with the draw version', async () => {
    const { fetch, requests } = backend(['RUN_DRAW', 'CONFIRM_DRAW'], () => json(pool([])));
    renderWithProviders(<DrawWizardPage />, { fetch, ...route });
    await screen.findByTestId('candidate-count');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('wizard-next'));
    await user.click(screen.getByTestId('wizard-next'));
    await user.click(screen.getByTestId('wizard-next'));
    const table = await screen.findByTestId('probability-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-selected'))).toEqual(['true', 'true', null]);
    expect(screen.getByTestId('draw-audit')).toHaveTextContent('-4242');
    await user.click(screen.getByTestId('wizard-next'));
    await user.click(await screen.findByTestId('draw-confirm'));
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/confirmation'))).toBe(true),
    );
    const post = requests.find((r) => r.url.endsWith('/confirmation'))!;
    expect(post.headers.get('If-Match')).toBe('"7"');
  });
});
