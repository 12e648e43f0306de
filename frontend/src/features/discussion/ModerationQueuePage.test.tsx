import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cities, fakeSession, json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import type { Post } from './api';
import { ModerationQueuePage } from './ModerationQueuePage';

const admin = fakeSession({ username: 'admin', roles: ['network-admin'], city: null });

const reported: Post = {
  id: 'c9',
  practiceId: 'p1',
  kind: 'COMMENT',
  parentId: null,
  title: null,
  body: 'Buy cheap watches',
  hidden: false,
  moderationReason: null,
  author: { role: 'MEMBER', city: 'tartu', erased: false, you: false },
  answer: false,
  answerId: null,
  answeredAt: null,
  createdAt: '2026-11-02T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  version: 4,
  allowedActions: ['REPLY_TO_POST', 'REPORT_POST', 'MODERATE_POSTS'],
};

const item = {
  post: reported,
  reports: [
    { reason: 'Advertising', reportedAt: '2026-11-03T09:00:00Z' },
    { reason: null, reportedAt: '2026-11-03T08:00:00Z' },
  ],
  moderation: [
    { step: 'RESTORE', reason: 'Hidden by mistake', moderatedAt: '2026-11-02T12:00:00Z', moderatedBy: 'kc-id' },
  ],
};

describe('ModerationQueuePage', () => {
  it('shows a reported post with its reports and audit, and hides it with a reason and If-Match', async () => {
    const { fetch, requests } = mockFetch((_request, url) => {
      if (url.pathname === '/cities') return json(cities);
      if (url.pathname === '/moderation/queue') return json(page([item], 0, 10, 1, ['MODERATE_POSTS']));
      if (url.pathname === '/posts/c9/hide') return json({ ...reported, hidden: true });
      return undefined;
    });
    renderWithProviders(<ModerationQueuePage />, { fetch, session: admin });
    const entry = await screen.findByTestId('moderation-item');
    expect(within(entry).getByTestId('post-body')).toHaveTextContent('Buy cheap watches');
    expect(within(entry).getByRole('heading', { name: '2 reports' })).toBeInTheDocument();
    expect(within(entry).getByTestId('moderation-reports')).toHaveTextContent('Advertising');
    expect(within(entry).getByTestId('moderation-reports')).toHaveTextContent('no reason given');
    expect(within(entry).getByTestId('moderation-audit')).toHaveTextContent('Restored by a network admin');
    expect(within(entry).getByTestId('moderation-audit')).not.toHaveTextContent('kc-id');
    const user = userEvent.setup({ delay: null });
    await user.click(within(entry).getByTestId('hide-button'));
    await user.click(screen.getByTestId('hide-submit'));
    expect(await screen.findByText('At least 2 characters, please.')).toBeInTheDocument();
    await user.type(screen.getByTestId('hide-reason'), 'Spam');
    await user.click(screen.getByTestId('hide-submit'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const sent = requests.find((r) => r.method === 'POST') as Request;
    expect(sent.headers.get('If-Match')).toBe('"4"');
    expect(await sent.json()).toEqual({ reason: 'Spam' });
    expect(await screen.findByText('Post hidden')).toBeInTheDocument();
  });

  it('shows the empty queue and a refusal', async () => {
    const empty = mockFetch((_r, url) =>
      url.pathname === '/moderation/queue' ? json(page([], 0, 10, 0)) : json(cities),
    );
    const { unmount } = renderWithProviders(<ModerationQueuePage />, { fetch: empty.fetch, session: admin });
    expect(await screen.findByText('Nothing reported')).toBeInTheDocument();
    unmount();
    const refused = mockFetch((_r, url) =>
      url.pathname === '/moderation/queue' ? problem(403, 'Forbidden', undefined, [], 'forbidden') : json(cities),
    );
    renderWithProviders(<ModerationQueuePage />, { fetch: refused.fetch });
    expect(await screen.findByTestId('problem-alert')).toHaveAttribute('data-problem', 'forbidden');
  });
});
