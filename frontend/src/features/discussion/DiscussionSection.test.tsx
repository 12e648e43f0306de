import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Practice } from '../../api/types';
import { cities, fakeSession, json, mockFetch, page, problem, renderWithProviders } from '../../test/utils';
import type { Post } from './api';
import { DiscussionSection } from './DiscussionSection';

const PRACTICE_ID = '11111111-1111-4111-8111-111111111111';
const practice = { id: PRACTICE_ID, status: 'PUBLISHED', city: 'mechelen', allowedActions: [] } as unknown as Practice;

function post(over: Partial<Post> & { id: string; kind: Post['kind'] }): Post {
  return {
    practiceId: PRACTICE_ID,
    parentId: null,
    title: null,
    body: 'A text',
    hidden: false,
    moderationReason: null,
    author: { role: 'MEMBER', city: 'tartu', erased: false, you: false },
    answer: false,
    answerId: null,
    answeredAt: null,
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    version: 0,
    allowedActions: [],
    ...over,
  };
}

const question = post({
  id: 'q1',
  kind: 'QUESTION',
  title: 'How did you recruit?',
  body: 'We read <b>this</b> at https://example.org/guide.',
  version: 3,
});
const reply = post({
  id: 'r1',
  kind: 'REPLY',
  parentId: 'q1',
  body: 'By letter.',
  author: { role: 'COORDINATOR', city: 'mechelen', erased: false, you: false },
  allowedActions: ['MARK_ANSWER', 'REPORT_POST'],
});
const erasedComment = post({
  id: 'c1',
  kind: 'COMMENT',
  body: 'We tried it too.',
  author: { role: 'MEMBER', city: null, erased: true, you: false },
});
const hiddenComment = post({ id: 'c2', kind: 'COMMENT', body: null, hidden: true });

type Backend = {
  questions?: unknown[];
  comments?: unknown[];
  pageActions?: string[];
  onPost?: (request: Request, url: URL) => Response | undefined;
};

function backend({ questions = [], comments = [], pageActions = [], onPost }: Backend) {
  return mockFetch((request, url) => {
    if (url.pathname === '/cities') return json(cities);
    if (request.method !== 'GET') return onPost?.(request, url);
    if (url.pathname.endsWith('/questions')) return json(page(questions, 0, 10, questions.length, pageActions));
    if (url.pathname.endsWith('/comments')) return json(page(comments, 0, 10, comments.length, pageActions));
    if (url.pathname.endsWith('/questions/q1')) return json({ post: question, replies: [reply] });
    return undefined;
  });
}

describe('DiscussionSection', () => {
  it('shows nothing for a practice that is not published', () => {
    renderWithProviders(<DiscussionSection practice={{ ...practice, status: 'DRAFT' } as Practice} />, {
      fetch: backend({}).fetch,
    });
    expect(screen.queryByTestId('discussion-section')).toBeNull();
  });

  it('shows the empty lists and no form to a visitor the service allows nothing', async () => {
    renderWithProviders(<DiscussionSection practice={practice} />, {
      fetch: backend({}).fetch,
      session: fakeSession(null),
    });
    expect(await screen.findByText('No questions yet.')).toBeInTheDocument();
    expect(await screen.findByText('No comments yet.')).toBeInTheDocument();
    expect(screen.getByText('Log in to ask a question or write a comment.')).toBeInTheDocument();
    expect(screen.queryByTestId('ask-question')).toBeNull();
    expect(screen.queryByTestId('comment-form')).toBeNull();
  });

  it('renders posts as text with links, authors by capacity and town, erased and hidden posts', async () => {
    renderWithProviders(<DiscussionSection practice={practice} />, {
      fetch: backend({
        questions: [{ question, replyCount: 1 }],
        comments: [
          { post: erasedComment, replies: [] },
          { post: hiddenComment, replies: [] },
        ],
      }).fetch,
    });
    const q = await screen.findByTestId('post-question');
    expect(within(q).getByRole('heading', { name: 'How did you recruit?' })).toBeInTheDocument();
    expect(q.querySelector('b')).toBeNull();
    expect(within(q).getByTestId('post-body')).toHaveTextContent('We read <b>this</b> at https://example.org/guide.');
    expect(within(q).getByRole('link', { name: 'https://example.org/guide' })).toHaveAttribute(
      'rel',
      'nofollow noopener noreferrer',
    );
    expect(await within(q).findByText('Panel member, Tartu')).toBeInTheDocument();
    const comments = await screen.findAllByTestId('post-comment');
    expect(within(comments[0]).getByTestId('post-author')).toHaveTextContent('Author erased');
    expect(within(comments[1]).getByTestId('post-hidden')).toHaveTextContent('Hidden by the moderators.');
    expect(screen.queryByTestId('report-button')).toBeNull();
  });

  it('lets the source town mark a reply as the answer, with the question’s version as If-Match', async () => {
    const { fetch, requests } = backend({
      questions: [{ question, replyCount: 1 }],
      onPost: (request, url) =>
        request.method === 'PUT' && url.pathname.endsWith('/questions/q1/answer')
          ? json({ post: { ...question, answerId: 'r1' }, replies: [{ ...reply, answer: true }] })
          : undefined,
    });
    renderWithProviders(<DiscussionSection practice={practice} />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('toggle-replies'));
    await user.click(await screen.findByTestId('mark-answer'));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT') as Request;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ replyId: 'r1' });
  });

  it('asks a question with an Idempotency-Key, after checking the lengths', async () => {
    const { fetch, requests } = backend({
      pageActions: ['ASK_QUESTION', 'COMMENT_ON_PRACTICE'],
      onPost: (request) => (request.method === 'POST' ? json({ post: question, replies: [] }, 201) : undefined),
    });
    renderWithProviders(<DiscussionSection practice={practice} />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('ask-question'));
    await user.type(screen.getByTestId('question-title'), 'Q');
    await user.click(screen.getByTestId('question-submit'));
    expect(await screen.findAllByText('At least 2 characters, please.')).toHaveLength(2);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await user.type(screen.getByTestId('question-title'), 'uorum?');
    await user.type(screen.getByTestId('question-body'), 'How many came?');
    expect(screen.getByText('14 of 4,000 characters')).toBeInTheDocument();
    await user.click(screen.getByTestId('question-submit'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const sent = requests.find((r) => r.method === 'POST') as Request;
    expect(sent.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sent.json()).toEqual({ title: 'Quorum?', body: 'How many came?' });
  });

  it('tells how long to wait when the posting limit answers 429 with Retry-After', async () => {
    const { fetch } = backend({
      pageActions: ['COMMENT_ON_PRACTICE'],
      onPost: () => {
        const response = problem(429, 'Too many posts', 'wait', [], 'rate-limited');
        const headers = new Headers(response.headers);
        headers.set('Retry-After', '42');
        return new Response(response.body, { status: 429, headers });
      },
    });
    renderWithProviders(<DiscussionSection practice={practice} />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByTestId('comment-body'), 'Thanks for sharing');
    await user.click(screen.getByTestId('comment-submit'));
    expect(await screen.findByTestId('rate-limited')).toHaveTextContent('Please wait 42 s, then send again.');
  });

  it('reports a post with a reason', async () => {
    const { fetch, requests } = backend({
      questions: [{ question, replyCount: 1 }],
      onPost: (_request, url) => (url.pathname === '/posts/r1/reports' ? json(reply) : undefined),
    });
    renderWithProviders(<DiscussionSection practice={practice} />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('toggle-replies'));
    await user.click(await screen.findByTestId('report-button'));
    await user.type(screen.getByTestId('report-reason'), 'Advertising');
    await user.click(screen.getByTestId('report-submit'));
    expect(await screen.findByText('Thank you: the moderators will look at it')).toBeInTheDocument();
    const sent = requests.find((r) => r.method === 'POST') as Request;
    expect(await sent.json()).toEqual({ reason: 'Advertising' });
  });
});
