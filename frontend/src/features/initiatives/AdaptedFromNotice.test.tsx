import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cities, json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { AdaptedFromNotice } from './AdaptedFromNotice';

const link = { practiceId: 'p-1', transferId: 't-1', sourceCity: 'mechelen' };

describe('AdaptedFromNotice', () => {
  it('links to the practice it was adapted from, by its title and town', async () => {
    const { fetch } = mockFetch((_req, url) => {
      if (url.pathname === '/cities') return json(cities);
      if (url.pathname === '/practices/p-1') return json({ id: 'p-1', title: 'Welkomstbalie', language: 'nl' });
      return undefined;
    });
    renderWithProviders(<AdaptedFromNotice link={link} />, { fetch });
    const anchor = await screen.findByRole('link', { name: 'Welkomstbalie' });
    expect(anchor).toHaveAttribute('href', '/practices/p-1');
    expect(anchor).toHaveAttribute('lang', 'nl');
    expect(screen.getByTestId('initiative-adapted-from')).toHaveTextContent('Adapted from a practice of Mechelen:');
  });

  it('still links to the practice when its title cannot be loaded', async () => {
    const { fetch } = mockFetch((_req, url) => {
      if (url.pathname === '/cities') return json(cities);
      if (url.pathname === '/practices/p-1') return problem(404, 'Not found');
      return undefined;
    });
    renderWithProviders(<AdaptedFromNotice link={link} />, { fetch });
    expect(await screen.findByRole('link', { name: 'read the practice' })).toHaveAttribute('href', '/practices/p-1');
  });
});
