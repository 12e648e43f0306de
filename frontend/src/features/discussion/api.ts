import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PracticeClient } from '../../api/client';
import type { components } from '../../api/generated/practice';
import type { Complete, WithActions } from '../../api/types';

type Schemas = components['schemas'];
export type Post = WithActions<Complete<Schemas['Post']>>;
export type PostAuthor = Post['author'];
export type PostThread = { post: Post; replies: Post[] };
export type QuestionSummary = { question: Post; replyCount: number };
export type QuestionPage = WithActions<Omit<Complete<Schemas['QuestionSummaryPage']>, 'items'>> & {
  items: QuestionSummary[];
};
export type CommentPage = WithActions<Omit<Complete<Schemas['PostThreadPage']>, 'items'>> & { items: PostThread[] };
export type ModerationItem = Omit<Complete<Schemas['ModerationQueueItem']>, 'post'> & { post: Post };
export type ModerationStep = ModerationItem['moderation'][number];
export type ModerationPage = WithActions<Omit<Complete<Schemas['ModerationQueueItemPage']>, 'items'>> & {
  items: ModerationItem[];
};

/** The service's length limits (DiscussionText), in characters after trimming. */
export const LIMITS = {
  title: { min: 2, max: 200 },
  body: { min: 2, max: 4000 },
  reason: { min: 2, max: 500 },
} as const;

/** Characters as the service counts them: Unicode code points after trimming. */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

/** Query keys: a post anywhere in a practice's discussion invalidates `practice(id)`. */
export const discussionKeys = {
  practice: (practiceId: string) => ['discussion', practiceId] as const,
  questions: (practiceId: string, page: number) => ['discussion', practiceId, 'questions', page] as const,
  thread: (practiceId: string, questionId: string) => ['discussion', practiceId, 'thread', questionId] as const,
  comments: (practiceId: string, page: number) => ['discussion', practiceId, 'comments', page] as const,
  moderation: ['moderation'] as const,
};

export const PAGE_SIZE = 10;

export const questionsQuery = (client: PracticeClient, practiceId: string, page: number) =>
  queryOptions({
    queryKey: discussionKeys.questions(practiceId, page),
    queryFn: () =>
      call(
        client.GET('/practices/{id}/questions', {
          params: { path: { id: practiceId }, query: { page, size: PAGE_SIZE } },
        }),
      ) as Promise<QuestionPage>,
  });

export const threadQuery = (client: PracticeClient, practiceId: string, questionId: string) =>
  queryOptions({
    queryKey: discussionKeys.thread(practiceId, questionId),
    queryFn: () =>
      call(
        client.GET('/practices/{id}/questions/{questionId}', { params: { path: { id: practiceId, questionId } } }),
      ) as Promise<PostThread>,
  });

export const commentsQuery = (client: PracticeClient, practiceId: string, page: number) =>
  queryOptions({
    queryKey: discussionKeys.comments(practiceId, page),
    queryFn: () =>
      call(
        client.GET('/practices/{id}/comments', {
          params: { path: { id: practiceId }, query: { page, size: PAGE_SIZE } },
        }),
      ) as Promise<CommentPage>,
  });

export const moderationQuery = (client: PracticeClient, page: number) =>
  queryOptions({
    queryKey: [...discussionKeys.moderation, page],
    queryFn: () =>
      call(
        client.GET('/moderation/queue', { params: { query: { page, size: PAGE_SIZE } } }),
      ) as Promise<ModerationPage>,
  });

/** What a new post answers to: the practice (a question or comment) or a question or comment (a reply). */
export type PostTarget =
  | { kind: 'question'; practiceId: string }
  | { kind: 'comment'; practiceId: string }
  | { kind: 'reply'; practiceId: string; parent: Post };

/** Writes a question, comment or reply; the key makes a retried create answer the first one. */
export async function writePost(
  client: PracticeClient,
  target: PostTarget,
  text: { title?: string; body: string },
  idempotencyKey: string,
): Promise<unknown> {
  const header = { 'Idempotency-Key': idempotencyKey };
  const id = target.practiceId;
  switch (target.kind) {
    case 'question':
      return call(
        client.POST('/practices/{id}/questions', {
          params: { path: { id }, header },
          body: { title: text.title ?? '', body: text.body },
        }),
      );
    case 'comment':
      return call(
        client.POST('/practices/{id}/comments', { params: { path: { id }, header }, body: { body: text.body } }),
      );
    case 'reply':
      if (target.parent.kind === 'QUESTION') {
        return call(
          client.POST('/practices/{id}/questions/{questionId}/replies', {
            params: { path: { id, questionId: target.parent.id }, header },
            body: { body: text.body },
          }),
        );
      }
      return call(
        client.POST('/practices/{id}/comments/{commentId}/replies', {
          params: { path: { id, commentId: target.parent.id }, header },
          body: { body: text.body },
        }),
      );
  }
}

/** Marks `replyId` as the answer of `question`, with the question's version as If-Match. */
export async function markAnswer(client: PracticeClient, question: Post, replyId: string): Promise<unknown> {
  return call(
    client.PUT('/practices/{id}/questions/{questionId}/answer', {
      params: { path: { id: question.practiceId, questionId: question.id }, header: ifMatch(question.version) },
      body: { replyId },
    }),
  );
}

export async function reportPost(client: PracticeClient, postId: string, reason: string): Promise<Post> {
  return call(
    client.POST('/posts/{id}/reports', { params: { path: { id: postId } }, body: { reason: reason.trim() || null } }),
  ) as Promise<Post>;
}

/** Hides or restores a post, with the version the moderator read and the audited reason. */
export async function moderatePost(
  client: PracticeClient,
  post: Post,
  step: 'hide' | 'restore',
  reason: string,
): Promise<Post> {
  const params = { path: { id: post.id }, header: ifMatch(post.version) };
  const request =
    step === 'hide'
      ? client.POST('/posts/{id}/hide', { params, body: { reason } })
      : client.POST('/posts/{id}/restore', { params, body: { reason } });
  return call(request) as Promise<Post>;
}
