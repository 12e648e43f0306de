import { useState, type ReactNode } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { notifySuccess } from '../../components/notify';
import { cityName, useCities } from '../../lib/cities';
import { formatDateTime } from '../../lib/format';
import { LinkedText } from '../../lib/linkify';
import { allowedActions } from '../../lib/permissions';
import { discussionKeys, markAnswer, moderatePost, reportPost, type Post, type PostAuthor } from './api';
import { DiscussionProblem } from './DiscussionProblem';
import { PostForm } from './PostForm';
import { ReasonForm } from './ReasonForm';

/** Who wrote a post, by capacity and town, never by name or id; "erased" after erasure. */
export function AuthorLine({ author }: { author: PostAuthor }) {
  const { t } = useTranslation();
  const cities = useCities();
  const role = t(`discussion.post.role.${author.role}`);
  const who = author.erased
    ? t('discussion.post.erased')
    : author.city
      ? t('discussion.post.author', { role, city: cityName(cities.data, author.city) })
      : role;
  return (
    <Text size="sm" fw={500} component="span" data-testid="post-author">
      {who}
      {author.you && ` (${t('discussion.post.you')})`}
    </Text>
  );
}

/** The text of a post, or the moderators' notice in its place. */
export function PostText({ post }: { post: Post }) {
  const { t } = useTranslation();
  if (post.body === null) {
    return (
      <Text size="sm" fs="italic" c="dimmed" data-testid="post-hidden">
        {t('discussion.post.hidden')}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="post-body">
      <LinkedText text={post.body} />
    </Text>
  );
}

type Open = 'reply' | 'report' | 'moderate' | null;

/**
 * One question, comment or reply: author and time, title and text (links only for http(s)), and
 * the controls its `allowedActions` name: reply, mark as the answer (`question` is the question a
 * reply belongs to), report, hide or restore. `children` are the post's replies.
 */
export function PostCard({
  post,
  question,
  headingLevel = 4,
  onReplied,
  children,
}: {
  post: Post;
  question?: Post;
  headingLevel?: 3 | 4 | 5;
  onReplied?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const actions = allowedActions(post);
  const [open, setOpen] = useState<Open>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: discussionKeys.practice(post.practiceId) });

  const mark = useMutation({
    mutationFn: () => markAnswer(client, question as Post, post.id),
    onSuccess: async () => {
      notifySuccess(t('discussion.done.answer'));
      await reload();
    },
  });
  const report = useMutation({
    mutationFn: (reason: string) => reportPost(client, post.id, reason),
    onSuccess: () => {
      setOpen(null);
      notifySuccess(t('discussion.done.report'));
    },
  });
  const moderate = useMutation({
    mutationFn: (reason: string) => moderatePost(client, post, post.hidden ? 'restore' : 'hide', reason),
    onSuccess: async (done) => {
      setOpen(null);
      notifySuccess(t(done.hidden ? 'discussion.done.hide' : 'discussion.done.restore'));
      await Promise.all([reload(), queryClient.invalidateQueries({ queryKey: discussionKeys.moderation })]);
    },
  });
  const toggle = (which: Open) => setOpen((current) => (current === which ? null : which));
  const moderationStep = post.hidden ? 'restore' : 'hide';

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={post.title ?? t(`discussion.post.kind.${post.kind}`)}
      data-testid={`post-${post.kind.toLowerCase()}`}
      data-post-id={post.id}
      style={post.answer ? { borderLeft: '4px solid var(--mantine-color-green-7)' } : undefined}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <AuthorLine author={post.author} />
          <Text size="xs" c="dimmed" component="span">
            {formatDateTime(post.createdAt)}
          </Text>
          {post.answer && (
            <Badge color="green" variant="filled" data-testid="answer-badge">
              {t('discussion.post.answer')}
            </Badge>
          )}
          {post.hidden && (
            <Badge color="gray" data-testid="hidden-badge">
              {t('discussion.post.hiddenBadge')}
            </Badge>
          )}
        </Group>
        {post.title && (
          <Title order={headingLevel} size="h5" style={{ overflowWrap: 'anywhere' }}>
            <LinkedText text={post.title} />
          </Title>
        )}
        <PostText post={post} />
        {post.hidden && post.moderationReason && (
          <Text size="xs" c="dimmed" data-testid="moderation-reason">
            {t('discussion.post.moderationReason', { reason: post.moderationReason })}
          </Text>
        )}
        {mark.error && <DiscussionProblem error={mark.error} />}
        <Group gap="xs" wrap="wrap">
          {actions.has('REPLY_TO_POST') && (
            <Button
              size="xs"
              variant="light"
              aria-expanded={open === 'reply'}
              onClick={() => toggle('reply')}
              data-testid="reply-button"
            >
              {t('discussion.post.reply')}
            </Button>
          )}
          {actions.has('MARK_ANSWER') && question && (
            <Button
              size="xs"
              variant="light"
              color="green"
              loading={mark.isPending}
              onClick={() => mark.mutate()}
              data-testid="mark-answer"
            >
              {t('discussion.post.markAnswer')}
            </Button>
          )}
          {actions.has('REPORT_POST') && (
            <Button
              size="xs"
              variant="light"
              color="gray"
              aria-expanded={open === 'report'}
              onClick={() => toggle('report')}
              data-testid="report-button"
            >
              {t('discussion.post.report')}
            </Button>
          )}
          {actions.has('MODERATE_POSTS') && (
            <Button
              size="xs"
              variant="light"
              color={post.hidden ? 'blue' : 'red'}
              aria-expanded={open === 'moderate'}
              onClick={() => toggle('moderate')}
              data-testid={`${moderationStep}-button`}
            >
              {t(`discussion.moderation.${moderationStep}`)}
            </Button>
          )}
        </Group>
        {open === 'reply' && (
          <PostForm
            target={{ kind: 'reply', practiceId: post.practiceId, parent: post }}
            onDone={() => {
              setOpen(null);
              onReplied?.();
            }}
            onCancel={() => setOpen(null)}
          />
        )}
        {open === 'report' && (
          <ReasonForm
            label={t('discussion.report.reason')}
            hint={t('discussion.report.hint')}
            submitLabel={t('discussion.report.submit')}
            required={false}
            pending={report.isPending}
            error={report.error}
            onSubmit={(reason) => report.mutate(reason)}
            onCancel={() => setOpen(null)}
            testId="report"
          />
        )}
        {open === 'moderate' && (
          <ReasonForm
            label={t('discussion.moderation.reason')}
            hint={t('discussion.moderation.reasonHint')}
            submitLabel={t(`discussion.moderation.${moderationStep}`)}
            required
            pending={moderate.isPending}
            error={moderate.error}
            onSubmit={(reason) => moderate.mutate(reason)}
            onCancel={() => setOpen(null)}
            testId={moderationStep}
          />
        )}
        {children}
      </Stack>
    </Paper>
  );
}
