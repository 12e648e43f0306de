import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, page, renderWithProviders } from '../../test/utils';
import { IndicatorsSection } from './IndicatorsSection';

function indicator(allowedActions: string[]) {
  return {
    id: 'ind-1',
    initiativeId: 'i-1',
    city: 'mechelen',
    name: 'Newcomers in work',
    unit: '%',
    baseline: 20,
    target: 40,
    direction: 'HIGHER_IS_BETTER',
    version: 2,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-03-31T10:00:00Z',
    progress: {
      progressPercent: 50,
      targetMet: false,
      latestValue: 30,
      latestMeasuredOn: '2026-03-31',
      trend: 'IMPROVING',
    },
    measurements: [
      {
        id: 'm-1',
        measuredOn: '2026-01-31',
        value: 25,
        source: 'Survey',
        note: null,
        recordedAt: '2026-02-01T10:00:00Z',
      },
      {
        id: 'm-2',
        measuredOn: '2026-03-31',
        value: 30,
        source: 'Survey',
        note: 'Q1',
        recordedAt: '2026-04-01T10:00:00Z',
      },
    ],
    allowedActions,
  };
}

function backend(listActions: string[], items: unknown[]) {
  return mockFetch((req, url) => {
    if (url.pathname === '/initiatives/i-1/indicators' && req.method === 'GET')
      return json(page(items, 0, 100, items.length, listActions));
    if (url.pathname === '/indicators/ind-1/measurements' && req.method === 'POST') return json({}, 201);
    return undefined;
  });
}

describe('IndicatorsSection', () => {
  it('shows the progress and the measurements as a table, without controls for a reader', async () => {
    const { fetch } = backend([], [indicator([])]);
    renderWithProviders(<IndicatorsSection initiativeId="i-1" />, { fetch });
    const card = await screen.findByTestId('indicator-card');
    expect(within(card).getByTestId('indicator-progress')).toHaveTextContent('50 % of the way to the target');
    expect(within(card).getByTestId('indicator-progress')).toHaveTextContent('improving');
    const table = within(card).getByRole('table', { name: 'Measurements of Newcomers in work' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(card).getByTestId('indicator-chart')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByTestId('indicator-measure')).not.toBeInTheDocument();
    expect(screen.queryByTestId('indicator-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('indicator-add')).not.toBeInTheDocument();
  });

  it('adds a measurement with an Idempotency-Key when the service allows ADD_MEASUREMENT', async () => {
    const { fetch, requests } = backend([], [indicator(['ADD_MEASUREMENT'])]);
    renderWithProviders(<IndicatorsSection initiativeId="i-1" />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('indicator-measure'));
    const form = screen.getByTestId('measurement-form');
    await user.click(within(form).getByTestId('measurement-submit'));
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await user.type(within(form).getByTestId('measurement-value'), '32');
    await user.type(within(form).getByTestId('measurement-source'), 'Survey');
    await user.click(within(form).getByTestId('measurement-submit'));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(screen.queryByTestId('indicator-edit')).not.toBeInTheDocument();
  });

  it('offers a first indicator on an empty list only when MANAGE_INDICATORS is allowed', async () => {
    const { fetch } = backend(['MANAGE_INDICATORS'], []);
    renderWithProviders(<IndicatorsSection initiativeId="i-1" />, { fetch });
    expect(await screen.findByTestId('indicators-empty')).toHaveTextContent('No indicators yet');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('indicator-add'));
    const form = screen.getByTestId('indicator-form');
    await user.type(within(form).getByTestId('indicator-name'), 'Waiting time');
    await user.type(within(form).getByTestId('indicator-unit'), 'days');
    await user.type(within(form).getByTestId('indicator-baseline'), '10');
    await user.type(within(form).getByTestId('indicator-target'), '5');
    await user.click(within(form).getByTestId('indicator-submit'));
    expect(
      await within(form).findByText('With “higher is better” the target must be above the baseline'),
    ).toBeInTheDocument();
  });
});
