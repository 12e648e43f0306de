import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Practice } from '../../api/types';
import { json, mockFetch, problem, renderWithProviders } from '../../test/utils';
import { PracticeEditForm } from './PracticeEditForm';

const draft = {
  id: 'pr-1',
  city: 'mechelen',
  sourceInitiativeId: 'i-1',
  title: 'Welcome desk',
  summary: 'A desk for newcomers',
  context: 'Many newcomers',
  approach: 'One desk',
  results: 'Fewer queues',
  resources: 'Two staff',
  transferability: 'High',
  lessons: 'Start small',
  status: 'DRAFT',
  version: 3,
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-02T10:00:00Z',
  publishedAt: null,
  reviewResults: null,
  indicatorOutcomes: [],
  outcome: 'ADOPTED',
  allowedActions: ['EDIT_PRACTICE', 'SUBMIT_PRACTICE'],
  allowedTransitions: ['SUBMITTED'],
  checklist: null,
  validationHistory: null,
  language: 'en',
  themes: [],
  targetGroups: [],
  sdgTargets: [],
  contactRole: null,
  translations: [],
  reading: { language: 'en', fields: [] },
  followedByMe: false,
} satisfies Practice;

function setup(handler: Parameters<typeof mockFetch>[0]) {
  const mock = mockFetch(handler);
  const callbacks = { onSubmitted: vi.fn(), onReload: vi.fn() };
  renderWithProviders(<PracticeEditForm practice={draft} maySubmit {...callbacks} />, { fetch: mock.fetch });
  return { ...mock, ...callbacks };
}

describe('PracticeEditForm', () => {
  it('shows every text field of the practice', () => {
    setup(() => undefined);
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Welcome desk');
    expect(screen.getByLabelText(/Context and problem/)).toHaveValue('Many newcomers');
    expect(screen.getByLabelText(/Lessons learned/)).toHaveValue('Start small');
    expect(screen.getByTestId('practice-field-transferability')).toHaveValue('High');
  });

  it('saves with the version as If-Match, and the next save with the version it got back', async () => {
    const saved = { ...draft, title: 'Welcome desk 2', version: 4 };
    const { requests } = setup(() => json(saved));
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText(/^Title/), ' 2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Practice saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close this message' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1].headers.get('If-Match')).toBe('"4"');
    expect(requests[0].method).toBe('PUT');
    expect(requests[0].headers.get('If-Match')).toBe('"3"');
    expect(await requests[0].json()).toEqual({
      title: 'Welcome desk 2',
      summary: 'A desk for newcomers',
      context: 'Many newcomers',
      approach: 'One desk',
      results: 'Fewer queues',
      resources: 'Two staff',
      transferability: 'High',
      lessons: 'Start small',
    });
  });

  it.each([
    ['412', () => problem(412, 'Precondition failed', 'version 5 is current')],
    [
      'the stale-version type',
      () => problem(409, 'Changed by someone else', 'Practice is at version 5', [], 'stale-version'),
    ],
  ])('says the practice was changed by someone else on %s and offers a reload', async (_name, answer) => {
    const { onReload } = setup(answer);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText(/Approach/), '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByTestId('practice-error');
    expect(alert).toHaveTextContent('Changed by someone else');
    expect(alert).toHaveTextContent('Reload to see the latest version');
    await waitFor(() => expect(alert).toHaveFocus());
    await user.click(screen.getByTestId('problem-reload'));
    expect(onReload).toHaveBeenCalled();
  });

  it('shows the service violations next to their fields', async () => {
    setup(() =>
      problem(400, 'Invalid request', 'title: size must be between 1 and 200; lessons: must not be blank', [
        { field: 'updatePractice.body.title', message: 'size must be between 1 and 200' },
        { field: 'lessons', message: 'must not be blank' },
      ]),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const title = screen.getByLabelText(/^Title/);
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('size must be between 1 and 200');
    expect(screen.getByLabelText(/Lessons learned/)).toHaveAccessibleDescription('must not be blank');
    expect(screen.getByLabelText(/Approach/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('practice-error')).toHaveTextContent('Please check your entries');
  });

  it('checks required fields before sending anything', async () => {
    const { requests } = setup(() => json(draft));
    const user = userEvent.setup({ delay: null });
    await user.clear(screen.getByLabelText(/^Title/));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('submits for validation with If-Match, but only without unsaved changes', async () => {
    const submitted = { ...draft, status: 'SUBMITTED' as Practice['status'], version: 4, allowedActions: [] };
    const { requests, onSubmitted } = setup(() => json(submitted));
    const user = userEvent.setup({ delay: null });
    const submit = screen.getByTestId('submit-button');
    await user.type(screen.getByLabelText(/Results and evidence/), '!');
    expect(submit).toBeDisabled();
    await user.type(screen.getByLabelText(/Results and evidence/), '{Backspace}');
    expect(submit).toBeEnabled();
    await user.click(submit);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(submitted));
    expect(requests[0].method).toBe('POST');
    expect(requests[0].url).toBe('http://practice.test/practices/pr-1/submit');
    expect(requests[0].headers.get('If-Match')).toBe('"3"');
  });
});
