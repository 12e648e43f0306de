import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, renderWithProviders, testConfig } from '../../test/utils';
import { oidcSettings } from '../auth/OidcSessionProvider';
import { UserMenu } from './UserMenu';

const backend = () => mockFetch((_req, url) => (url.pathname === '/cities' ? json(cities) : undefined));

describe('UserMenu', () => {
  it('offers a login button to anonymous visitors', async () => {
    const session = fakeSession(null);
    renderWithProviders(<UserMenu />, { fetch: backend().fetch, session });
    await userEvent.setup({ delay: null }).click(screen.getByTestId('login-button'));
    expect(session.login).toHaveBeenCalled();
  });

  it('shows username, roles and town, and logs out', async () => {
    const session = fakeSession({ username: 'coordinator-tartu', roles: ['city-coordinator'], city: 'tartu' });
    renderWithProviders(<UserMenu />, { fetch: backend().fetch, session });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'User menu of coordinator-tartu' }));
    expect(await screen.findByText('Signed in as coordinator-tartu')).toBeInTheDocument();
    expect(screen.getByTestId('user-roles')).toHaveTextContent('City coordinator');
    expect(await screen.findByText('Town: Tartu')).toBeInTheDocument();
    await user.click(screen.getByTestId('logout-button'));
    expect(session.logout).toHaveBeenCalled();
  });
});

describe('oidcSettings', () => {
  it('uses the authorization code flow of the configured realm and comes back to the SPA', () => {
    const settings = oidcSettings(testConfig, 'http://127.0.0.1:3000');
    expect(settings).toMatchObject({
      authority: 'http://idp.test/realms/cohesion',
      client_id: 'cohesion-web',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:3000/auth/callback',
      post_logout_redirect_uri: 'http://127.0.0.1:3000/',
    });
  });
});
