import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Practice } from '../../api/types';
import { json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { FollowingPage } from './FollowingPage';
import { FollowToggle } from './FollowToggle';

const practice = {
  id: 'p-1',
  title: 'Welcome desk',
  status: 'PUBLISHED',
  city: 'mechelen',
  allowedActions: ['FOLLOW'],
  followedByMe: false,
} as unknown as Practice;

describe('FollowToggle', () => {
  it('follows from allowedActions and is a pressed toggle afterwards', async () => {
    const state = { followed: false };
    const { fetch, requests } = mockFetch((request, url) => {
      if (url.pathname === '/practices/p-1/follow' && request.method === 'PUT') {
        state.followed = true;
        return new Response(null, { status: 204 });
      }
      return undefined;
    });
    renderWithProviders(<FollowToggle practice={practice} />, { fetch });
    const button = screen.getByRole('button', { name: 'Follow' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup({ delay: null }).click(button);
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(state.followed).toBe(true);
  });

  it('shows Following, pressed, for a follower', () => {
    const { fetch } = mockFetch(() => undefined);
    renderWithProviders(
      <FollowToggle practice={{ ...practice, followedByMe: true, allowedActions: ['UNFOLLOW'] } as Practice} />,
      { fetch },
    );
    expect(screen.getByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('is absent without FOLLOW or UNFOLLOW', () => {
    const { fetch } = mockFetch(() => undefined);
    renderWithProviders(<FollowToggle practice={{ ...practice, allowedActions: [] } as unknown as Practice} />, {
      fetch,
    });
    expect(screen.queryByTestId('follow-practice')).toBeNull();
  });
});

describe('FollowingPage', () => {
  it('lists followed practices with unfollow and themes as toggles', async () => {
    const state = { practices: [{ practiceId: 'p-1', followedAt: '2026-12-01T10:00:00Z' }], themes: [] as object[] };
    const { fetch, requests } = mockFetch((request, url) => {
      if (url.pathname === '/follows/me') return json(state);
      if (url.pathname === '/practices/p-1' && request.method === 'GET') return json(practice);
      if (url.pathname === '/practices/p-1/follow' && request.method === 'DELETE') {
        state.practices = [];
        return new Response(null, { status: 204 });
      }
      if (url.pathname === '/follows/themes/HOUSING' && request.method === 'PUT') {
        state.themes = [{ theme: 'HOUSING', followedAt: '2026-12-02T10:00:00Z' }];
        return new Response(null, { status: 204 });
      }
      return undefined;
    });
    renderWithProviders(<FollowingPage />, { fetch });
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('link', { name: 'Welcome desk' })).toHaveAttribute('href', '/practices/p-1');
    await user.click(screen.getByRole('checkbox', { name: 'Housing' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Housing' })).toBeChecked());
    await user.click(screen.getByRole('button', { name: 'Unfollow Welcome desk' }));
    expect(await screen.findByText(/You follow no practices yet/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual(['PUT', 'DELETE']);
  });

  it('shows a problem when the follows cannot be read', async () => {
    const { fetch } = mockFetch((_, url) =>
      url.pathname === '/follows/me' ? problem(503, 'Unavailable', 'database down') : undefined,
    );
    renderWithProviders(<FollowingPage />, { fetch });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
