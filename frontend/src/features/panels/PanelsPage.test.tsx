import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import { PanelsPage } from './PanelsPage';

const panel = {
  id: 'p-1',
  city: 'mechelen',
  name: 'Mechelen LPS',
  description: 'The panel',
  createdAt: '2025-01-01T00:00:00Z',
};

function backend(
  actions: string[],
  createPanel: () => Response = () => json({ ...panel, id: 'p-2', name: 'New' }, 201),
) {
  return mockFetch((req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/panels' && req.method === 'GET') return json(page([panel], 0, 10, 1, actions));
    if (url.pathname === '/panels' && req.method === 'POST') return createPanel();
    return undefined;
  });
}

const route = { route: '/towns/mechelen/panels', path: '/towns/:city/panels' };

describe('PanelsPage', () => {
  it('offers the create form when the service allows CREATE_PANEL', async () => {
    const { fetch, requests } = backend(['CREATE_PANEL']);
    renderWithProviders(<PanelsPage />, { fetch, ...route });
    expect(await screen.findByTestId('panel-item')).toHaveTextContent('Mechelen LPS');
    expect(screen.getByTestId('create-panel-form')).toBeInTheDocument();
    expect(new URL(requests.find((r) => new URL(r.url).pathname === '/panels')!.url).searchParams.get('city')).toBe(
      'mechelen',
    );
  });

  it('shows a read-only reader the list only: no form, whatever the roles say', async () => {
    // a coordinator's token, but the service grants nothing here: the UI follows the service
    const { fetch } = backend([]);
    renderWithProviders(<PanelsPage />, {
      fetch,
      session: fakeSession({ roles: ['city-coordinator'], city: 'mechelen' }),
      ...route,
    });
    expect(await screen.findByTestId('panel-item')).toBeInTheDocument();
    expect(screen.queryByTestId('create-panel-form')).not.toBeInTheDocument();
  });

  it('says a duplicate name is a conflict (409), not a stale version, and creates on the second try', async () => {
    let answer = () => problem(409, 'Duplicate name', 'panel Mechelen LPS exists in mechelen', [], 'duplicate-name');
    const { fetch, requests } = backend(['CREATE_PANEL'], () => answer());
    renderWithProviders(<PanelsPage />, { fetch, ...route });
    const form = await screen.findByTestId('create-panel-form');
    const user = userEvent.setup({ delay: null });
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Mechelen LPS');
    await user.click(within(form).getByRole('button', { name: 'Create panel' }));
    const alert = await within(form).findByTestId('create-panel-error');
    expect(alert).toHaveTextContent('A panel with this name already exists in this town');
    expect(alert).not.toHaveTextContent('Changed by someone else');
    await waitFor(() => expect(alert).toHaveFocus());

    answer = () => json({ ...panel, id: 'p-2', name: 'Second panel' }, 201);
    await user.clear(within(form).getByRole('textbox', { name: /^Name/ }));
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Second');
    await user.click(within(form).getByRole('button', { name: 'Create panel' }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: /^Name/ })).toHaveValue(''));
    const posts = requests.filter((r) => r.method === 'POST');
    expect(await posts[1].json()).toEqual({ city: 'mechelen', name: 'Second', description: null });
  });

  it('shows the violations next to the fields', async () => {
    const { fetch } = backend(['CREATE_PANEL'], () =>
      problem(
        400,
        'Invalid request',
        'name: taken',
        [{ field: 'name', message: 'already used in this town' }],
        'validation',
      ),
    );
    renderWithProviders(<PanelsPage />, { fetch, ...route });
    const form = await screen.findByTestId('create-panel-form');
    const user = userEvent.setup({ delay: null });
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'LPS');
    await user.click(within(form).getByRole('button', { name: 'Create panel' }));
    expect(await within(form).findByText('already used in this town')).toBeInTheDocument();
  });
});
