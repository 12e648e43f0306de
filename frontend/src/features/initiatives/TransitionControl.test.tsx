import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Initiative } from '../../api/types';
import { json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { TransitionControl } from './TransitionControl';

function initiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    id: 'i-1',
    panelId: 'p-1',
    city: 'mechelen',
    title: 'Welcome desk',
    summary: 'A desk for newcomers',
    language: 'en',
    titleTranslations: {},
    summaryTranslations: {},
    themes: [],
    targetGroups: [],
    sdgTargets: [],
    budget: null,
    partners: [],
    milestones: [],
    status: 'UNDER_REVIEW',
    outcome: null,
    conclusion: null,
    version: 4,
    createdAt: '2025-01-01T10:00:00Z',
    updatedAt: '2025-02-01T10:00:00Z',
    allowedTransitions: ['CONCLUDED', 'WITHDRAWN'],
    history: [],
    adaptedFrom: null,
    allowedActions: ['CHANGE_STATUS'],
    ...overrides,
  };
}

function setup(i: Initiative, handler: Parameters<typeof mockFetch>[0] = () => json({})) {
  const mock = mockFetch(handler);
  const onChanged = vi.fn();
  const onReload = vi.fn();
  renderWithProviders(<TransitionControl initiative={i} onChanged={onChanged} onReload={onReload} />, {
    fetch: mock.fetch,
  });
  return { ...mock, onChanged, onReload };
}

describe('TransitionControl', () => {
  it('offers only the steps the service allows', () => {
    setup(initiative({ status: 'PROPOSED', allowedTransitions: ['APPROVED', 'WITHDRAWN'] }));
    expect(screen.getByRole('button', { name: 'Approve' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    expect(screen.getByTestId('transition-APPROVED')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Conclude' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start piloting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Propose' })).not.toBeInTheDocument();
  });

  it('says so when no step is possible', () => {
    setup(initiative({ status: 'CONCLUDED', allowedTransitions: [] }));
    expect(screen.getByTestId('no-transitions')).toHaveTextContent('No further step is possible.');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('asks only for a reason on an ordinary step, and sends it with the version as If-Match', async () => {
    const updated = initiative({ status: 'WITHDRAWN', version: 5, allowedTransitions: [] });
    const { requests, onChanged } = setup(initiative(), () => json(updated));
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(screen.queryByLabelText(/Outcome/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Conclusion/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Reason/), 'none');
    await user.click(screen.getByTestId('transition-submit'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(updated));
    expect(requests).toHaveLength(1);
    expect(requests[0].headers.get('If-Match')).toBe('"4"');
    expect(await requests[0].json()).toEqual({ to: 'WITHDRAWN', reason: 'none' });
  });

  it('asks for an outcome and a conclusion when concluding', async () => {
    const { requests, onChanged } = setup(initiative(), () =>
      json(initiative({ status: 'CONCLUDED', outcome: 'ADAPTED', allowedTransitions: [] })),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Conclude' }));
    const outcome = screen.getByLabelText(/Outcome/);
    expect(
      within(outcome)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose an outcome…', 'Adopted', 'Adapted', 'Discontinued']);
    expect(screen.getByLabelText(/Conclusion/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Reason/), 'done');
    await user.click(screen.getByTestId('transition-submit'));
    expect(await screen.findByText('Choose an outcome')).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    await user.selectOptions(outcome, 'ADAPTED');
    await user.type(screen.getByLabelText(/Conclusion/), 'ok');
    await user.click(screen.getByTestId('transition-submit'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(await requests[0].json()).toEqual({ to: 'CONCLUDED', reason: 'done', outcome: 'ADAPTED', conclusion: 'ok' });
  });

  it('tells the user to reload when someone else changed the initiative (412), and moves focus to it', async () => {
    const { onReload, onChanged } = setup(initiative(), () =>
      problem(412, 'Precondition failed', 'Initiative is at version 5'),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    await user.type(screen.getByLabelText(/Reason/), 'x');
    await user.click(screen.getByTestId('transition-submit'));
    const conflict = await screen.findByTestId('transition-error');
    expect(conflict).toHaveTextContent('changed by someone else');
    await waitFor(() => expect(conflict).toHaveFocus());
    await user.click(within(conflict).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('shows the problem detail of an illegal step (422) and violations next to the fields', async () => {
    let answer = problem(
      422,
      'Step not allowed',
      'From UNDER_REVIEW only CONCLUDED or WITHDRAWN are allowed',
      [],
      'illegal-transition',
    );
    setup(initiative(), () => answer);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    await user.type(screen.getByLabelText(/Reason/), 'x');
    await user.click(screen.getByTestId('transition-submit'));
    const alert = await screen.findByTestId('transition-error');
    expect(alert).toHaveTextContent('Step not possible');
    expect(within(alert).getByTestId('problem-detail')).toHaveTextContent(
      'The service said: From UNDER_REVIEW only CONCLUDED or WITHDRAWN are allowed',
    );

    answer = problem(400, 'Invalid request', 'reason: too short', [
      { field: 'transition.body.reason', message: 'size must be between 5 and 2000' },
    ]);
    await user.click(screen.getByTestId('transition-submit'));
    expect(await screen.findByText('size must be between 5 and 2000')).toBeInTheDocument();
  });
});
