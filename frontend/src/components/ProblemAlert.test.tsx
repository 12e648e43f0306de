import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { fakeSession, mockFetch, renderWithProviders } from '../test/utils';
import { ProblemAlert } from './ProblemAlert';

const { fetch } = mockFetch(() => undefined);

describe('ProblemAlert', () => {
  it('prompts to log in on 401', async () => {
    const session = fakeSession(null);
    renderWithProviders(<ProblemAlert error={new ApiError({ status: 401, title: 'Authentication required' })} />, {
      fetch,
      session,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Please log in');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Log in' }));
    expect(session.login).toHaveBeenCalled();
  });

  it('says "not allowed" on 403', () => {
    renderWithProviders(<ProblemAlert error={new ApiError({ status: 403, title: 'Forbidden' })} />, { fetch });
    expect(screen.getByRole('alert')).toHaveTextContent('Not allowed');
    expect(screen.getByRole('alert')).toHaveTextContent('You are not allowed to do this.');
  });

  it('shows the translated title of the type, the detail as secondary text and the violations', () => {
    const error = new ApiError({
      status: 422,
      type: 'urn:cohesion:problem:unknown-city',
      title: 'Unknown city',
      detail: 'atlantis is not a partner',
      violations: [{ field: 'city', message: 'unknown' }],
    });
    renderWithProviders(<ProblemAlert error={error} />, { fetch });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Unknown town');
    expect(alert).toHaveTextContent('This town is not a partner of the network.');
    expect(screen.getByTestId('problem-detail')).toHaveTextContent('The service said: atlantis is not a partner');
    expect(alert).toHaveTextContent('city: unknown');
  });
});
