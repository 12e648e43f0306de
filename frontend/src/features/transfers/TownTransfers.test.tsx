import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cities, json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import { TownTransfers } from './TownTransfers';

function summary(over: Record<string, unknown>) {
  return {
    id: 't-1',
    practiceId: 'p-1',
    practiceTitle: 'Welcome desk',
    sourceCity: 'mechelen',
    city: 'tartu',
    status: 'INTERESTED',
    initiativeId: null,
    answered: false,
    createdAt: '2026-05-01T10:00:00Z',
    updatedAt: '2026-05-02T10:00:00Z',
    ...over,
  };
}

function backend(answer: () => Response) {
  return mockFetch((_req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/transfers') return answer();
    return undefined;
  });
}

describe('TownTransfers', () => {
  it('lists the practices the town took up and where its own practices travelled, with their states', async () => {
    const items = [
      summary({ id: 't-1', sourceCity: 'mechelen', city: 'tartu', status: 'TRANSFERRED' }),
      summary({
        id: 't-2',
        practiceId: 'p-2',
        practiceTitle: 'Square',
        sourceCity: 'tartu',
        city: 'celje',
        status: 'ADAPTING',
      }),
    ];
    const { fetch, requests } = backend(() => json(page(items, 0, 100, items.length, [])));
    renderWithProviders(<TownTransfers city="tartu" />, { fetch });

    const takenUp = await screen.findByTestId('town-transfers-takenUp');
    const row = within(takenUp).getByTestId('town-transfer-item');
    expect(row).toHaveAttribute('data-status', 'TRANSFERRED');
    expect(within(row).getByRole('link', { name: 'Welcome desk' })).toHaveAttribute('href', '/practices/p-1');
    await waitFor(() => expect(row).toHaveTextContent('from Mechelen'));
    expect(within(row).getByTestId('transfer-status')).toHaveTextContent('Transferred');

    const travelled = screen.getByTestId('town-transfers-travelled');
    const out = within(travelled).getByTestId('town-transfer-item');
    expect(out).toHaveTextContent('to celje');
    expect(within(out).getByRole('link', { name: /Transfer, updated/ })).toHaveAttribute('href', '/transfers/t-2');
    expect(requests.find((r) => new URL(r.url).pathname === '/transfers')?.url).toContain('city=tartu');
  });

  it('says so when a way has no transfer', async () => {
    const { fetch } = backend(() => json(page([], 0, 100, 0, [])));
    renderWithProviders(<TownTransfers city="delft" />, { fetch });
    expect(await screen.findByTestId('town-transfers-takenUp-empty')).toHaveTextContent(
      'No practice of another town taken up yet.',
    );
    expect(screen.getByTestId('town-transfers-travelled-empty')).toHaveTextContent(
      'None of its practices has travelled yet.',
    );
  });

  it('offers a retry when the transfers cannot be loaded', async () => {
    const { fetch } = backend(() => problem(503, 'Service unavailable'));
    renderWithProviders(<TownTransfers city="delft" />, { fetch });
    const error = await screen.findByTestId('town-transfers-error');
    expect(within(error).getByRole('button', { name: /retry|try again/i })).toBeInTheDocument();
  });
});
