import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { notifySuccess } from '../../components/notify';
import { discussionKeys, LIMITS, writePost, type PostTarget } from './api';
import { DiscussionProblem } from './DiscussionProblem';
import { TextField, withinLimits } from './TextField';

/**
 * Writes a question (title and text), a comment or a reply. Checks the service's limits before
 * sending, sends an Idempotency-Key (a retry after a lost answer creates nothing twice) and,
 * once written, reloads the practice's discussion.
 */
export function PostForm({
  target,
  onDone,
  onCancel,
}: {
  target: PostTarget;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const key = useRef(crypto.randomUUID());
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState(false);
  const asksTitle = target.kind === 'question';

  const write = useMutation({
    mutationFn: () => writePost(client, target, { title: asksTitle ? title : undefined, body }, key.current),
    onSuccess: async () => {
      key.current = crypto.randomUUID();
      setTitle('');
      setBody('');
      setChecked(false);
      notifySuccess(t(`discussion.done.${target.kind}`));
      await queryClient.invalidateQueries({ queryKey: discussionKeys.practice(target.practiceId) });
      onDone?.();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    if ((asksTitle && !withinLimits(title, LIMITS.title)) || !withinLimits(body, LIMITS.body)) return;
    write.mutate();
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(`discussion.form.label.${target.kind}`)}
      data-testid={`${target.kind}-form`}
    >
      <Stack gap="sm">
        {asksTitle && (
          <TextField
            label={t('discussion.form.title')}
            value={title}
            onChange={setTitle}
            limits={LIMITS.title}
            checked={checked}
            multiline={false}
            testId="question-title"
          />
        )}
        <TextField
          label={t(`discussion.form.body.${target.kind}`)}
          value={body}
          onChange={setBody}
          limits={LIMITS.body}
          checked={checked}
          testId={`${target.kind}-body`}
          focusOnShow={target.kind === 'reply'}
        />
        <Text size="xs" c="dimmed">
          {t('discussion.form.plainText')}
        </Text>
        {write.error && <DiscussionProblem error={write.error} />}
        <Group gap="sm">
          <Button type="submit" loading={write.isPending} data-testid={`${target.kind}-submit`}>
            {t(`discussion.form.submit.${target.kind}`)}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={write.isPending}>
              {t('discussion.form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
