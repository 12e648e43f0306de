import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import { MyTownPage } from './MyTownPage';

const panel = { id: 'p-1', city: 'mechelen', name: 'Mechelen LPS', description: 'The panel', createdAt: '2025-01-01T00:00:00Z' };
const initiative = { id: 'i-1', panelId: 'p-1', city: 'mechelen', title: 'Welcome desk', summary: 'Desk', status: 'PILOTING', version: 2, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-02T00:00:00Z' };

function backend(overrides: { createPanel?: () => Response } = {}) {
  return mockFetch((req, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (url.pathname === '/panels' && req.method === 'GET') return json(page([panel]));
    if (url.pathname === '/panels' && req.method === 'POST') return overrides.createPanel?.() ?? json({ ...panel, id: 'p-2', name: 'New' }, 201);
    if (url.pathname === '/initiatives') return json(page([initiative]));
    if (url.pathname === '/practices') return json(page([]));
    return undefined;
  });
}

describe('MyTownPage', () => {
  it('shows a coordinator the panels, initiatives and drafts of the town, with the create forms', async () => {
    const { fetch, requests } = backend();
    renderWithProviders(<MyTownPage />, { fetch, session: fakeSession({ roles: ['city-coordinator'], city: 'mechelen' }), route: '/my-town' });
    expect(await screen.findByTestId('panel-item')).toHaveTextContent('Mechelen LPS');
    expect(await screen.findByRole('link', { name: 'Welcome desk' })).toHaveAttribute('href', '/initiatives/i-1');
    expect(screen.getByTestId('create-panel-form')).toBeInTheDocument();
    expect(await screen.findByTestId('create-initiative-form')).toBeInTheDocument();
    expect(await screen.findByText('No drafted practices')).toBeInTheDocument();
    const urls = requests.map((r) => new URL(r.url));
    expect(urls.find((u) => u.pathname === '/initiatives')!.searchParams.get('city')).toBe('mechelen');
    const drafts = urls.find((u) => u.pathname === '/practices')!;
    expect(drafts.searchParams.get('status')).toBe('DRAFT');
    expect(drafts.searchParams.get('city')).toBe('mechelen');
    expect(requests.every((r) => r.headers.get('Authorization')?.startsWith('Bearer '))).toBe(true);
  });

  it('shows a panel member the lists without forms or drafts', async () => {
    const { fetch, requests } = backend();
    renderWithProviders(<MyTownPage />, { fetch, session: fakeSession({ username: 'member-mechelen', roles: ['panel-member'], city: 'mechelen' }), route: '/my-town' });
    expect(await screen.findByTestId('panel-item')).toHaveTextContent('Mechelen LPS');
    expect(screen.queryByTestId('create-panel-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('create-initiative-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('draft-practices-section')).not.toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).pathname === '/practices')).toBe(false);
  });

  it('lets a network admin choose the town', async () => {
    const { fetch, requests } = backend();
    renderWithProviders(<MyTownPage />, { fetch, session: fakeSession({ username: 'network-admin', roles: ['network-admin'], city: null }), route: '/my-town' });
    expect(screen.getByTestId('no-town')).toBeInTheDocument();
    const selector = screen.getByLabelText('Town');
    await waitFor(() => expect(within(selector).getAllByRole('option')).toHaveLength(3));
    await userEvent.setup({ delay: null }).selectOptions(selector, 'tartu');
    expect(await screen.findByRole('heading', { name: 'My town: Tartu' })).toBeInTheDocument();
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get('city') === 'tartu')).toBe(true));
    expect(await screen.findByTestId('create-panel-form')).toBeInTheDocument();
  });

  it('creates a panel and shows the violations next to the fields', async () => {
    let answer = () => problem(400, 'Invalid request', 'name: taken', [{ field: 'name', message: 'already used in this town' }]);
    const { fetch, requests } = backend({ createPanel: () => answer() });
    renderWithProviders(<MyTownPage />, { fetch, session: fakeSession({ roles: ['city-coordinator'], city: 'mechelen' }), route: '/my-town' });
    const form = await screen.findByTestId('create-panel-form');
    const user = userEvent.setup({ delay: null });
    await user.type(within(form).getByLabelText(/Name/), 'LPS');
    await user.click(within(form).getByRole('button', { name: 'Create panel' }));
    expect(await within(form).findByText('already used in this town')).toBeInTheDocument();

    answer = () => json({ ...panel, id: 'p-2', name: 'Second panel' }, 201);
    await user.clear(within(form).getByLabelText(/Name/));
    await user.type(within(form).getByLabelText(/Name/), 'Second');
    await user.click(within(form).getByRole('button', { name: 'Create panel' }));
    await waitFor(() => expect(within(form).getByLabelText(/Name/)).toHaveValue(''));
    const posts = requests.filter((r) => r.method === 'POST');
    expect(await posts[1].json()).toEqual({ city: 'mechelen', name: 'Second', description: null });
  });
});
