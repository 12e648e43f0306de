import { useState } from 'react';
import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Practice } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PagedList } from '../../components/PagedList';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { commentsQuery, questionsQuery, threadQuery, type Post, type QuestionSummary } from './api';
import { PostCard } from './PostCard';
import { PostForm } from './PostForm';

/** A question with its reply count; its replies (and the marked answer) are loaded when opened. */
function QuestionItem({ summary }: { summary: QuestionSummary }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const question = summary.question;
  const [expanded, setExpanded] = useState(false);
  const thread = useQuery({ ...threadQuery(client, question.practiceId, question.id), enabled: expanded });
  const repliesId = `replies-${question.id}`;
  const current: Post = thread.data?.post ?? question;
  return (
    <PostCard post={current} headingLevel={4} onReplied={() => setExpanded(true)}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed" component="span">
          {t('discussion.questions.replies', { count: summary.replyCount })}
          {question.answerId && ` · ${t('discussion.questions.answered')}`}
        </Text>
        {summary.replyCount > 0 && (
          <Button
            size="xs"
            variant="default"
            w="fit-content"
            aria-expanded={expanded}
            aria-controls={repliesId}
            onClick={() => setExpanded((e) => !e)}
            data-testid="toggle-replies"
          >
            {t(expanded ? 'discussion.questions.hideReplies' : 'discussion.questions.showReplies')}
          </Button>
        )}
        <div id={repliesId}>
          {expanded && thread.isPending && <Loading />}
          {expanded && thread.isError && <ProblemAlert error={thread.error} onRetry={() => void thread.refetch()} />}
          {expanded && thread.isSuccess && (
            <List listStyleType="none" spacing="xs" pl="md" data-testid="question-replies">
              {thread.data.replies.map((reply) => (
                <List.Item key={reply.id}>
                  <PostCard post={reply} question={thread.data.post} headingLevel={5} />
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </PostCard>
  );
}

function Questions({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const [page, setPage] = useState(0);
  const [asking, setAsking] = useState(false);
  const questions = useQuery({ ...questionsQuery(client, practiceId, page), placeholderData: keepPreviousData });
  const mayAsk = allowedActions(questions.data).has('ASK_QUESTION');
  return (
    <Stack gap="sm" component="section" aria-labelledby="questions-title" data-testid="questions-section">
      <Title order={3} size="h4" id="questions-title">
        {t('discussion.questions.title')}
      </Title>
      {mayAsk &&
        (asking ? (
          <PostForm
            target={{ kind: 'question', practiceId }}
            onDone={() => {
              setAsking(false);
              setPage(0);
            }}
            onCancel={() => setAsking(false)}
          />
        ) : (
          <Button w="fit-content" onClick={() => setAsking(true)} data-testid="ask-question">
            {t('discussion.questions.ask')}
          </Button>
        ))}
      <PagedList
        query={questions}
        empty={{ title: t('discussion.questions.empty') }}
        onPage={setPage}
        pagingLabel={t('discussion.questions.paging')}
      >
        {(items) => (
          <List listStyleType="none" spacing="sm" data-testid="questions-list">
            {items.map((summary) => (
              <List.Item key={summary.question.id}>
                <QuestionItem summary={summary} />
              </List.Item>
            ))}
          </List>
        )}
      </PagedList>
    </Stack>
  );
}

function Comments({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const [page, setPage] = useState(0);
  const comments = useQuery({ ...commentsQuery(client, practiceId, page), placeholderData: keepPreviousData });
  const mayComment = allowedActions(comments.data).has('COMMENT_ON_PRACTICE');
  return (
    <Stack gap="sm" component="section" aria-labelledby="comments-title" data-testid="comments-section">
      <Title order={3} size="h4" id="comments-title">
        {t('discussion.comments.title')}
      </Title>
      <PagedList
        query={comments}
        empty={{ title: t('discussion.comments.empty') }}
        onPage={setPage}
        pagingLabel={t('discussion.comments.paging')}
      >
        {(items) => (
          <List listStyleType="none" spacing="sm" data-testid="comments-list">
            {items.map((thread) => (
              <List.Item key={thread.post.id}>
                <PostCard post={thread.post} headingLevel={4}>
                  {thread.replies.length > 0 && (
                    <List listStyleType="none" spacing="xs" pl="md" data-testid="comment-replies">
                      {thread.replies.map((reply) => (
                        <List.Item key={reply.id}>
                          <PostCard post={reply} headingLevel={5} />
                        </List.Item>
                      ))}
                    </List>
                  )}
                </PostCard>
              </List.Item>
            ))}
          </List>
        )}
      </PagedList>
      {mayComment && <PostForm target={{ kind: 'comment', practiceId }} />}
    </Stack>
  );
}

/**
 * "Questions and comments" on a published practice: questions (each with its replies and marked
 * answer), comments with their replies, and the forms and buttons the service allows the caller.
 * Nothing for a practice that is not published (it has no discussion).
 */
export function DiscussionSection({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (practice.status !== 'PUBLISHED') return null;
  return (
    <Card withBorder component="section" aria-labelledby="discussion-title" data-testid="discussion-section">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} size="h3" id="discussion-title">
            {t('discussion.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(user ? 'discussion.intro' : 'discussion.introAnonymous')}
          </Text>
        </Stack>
        <Questions practiceId={practice.id} />
        <Comments practiceId={practice.id} />
      </Stack>
    </Card>
  );
}
