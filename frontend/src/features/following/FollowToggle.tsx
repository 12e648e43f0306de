import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practiceKeys } from '../../api/practices';
import type { Practice } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allowedActions } from '../../lib/permissions';
import { followKeys, setPracticeFollowed } from './api';

/**
 * Follow / Following on a published practice, from its allowedActions (FOLLOW or UNFOLLOW): a
 * toggle button (aria-pressed) that tells the follower in the notification centre when the
 * practice is revised or a question on it is answered.
 */
export function FollowToggle({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const actions = allowedActions(practice);
  const toggle = useMutation({
    mutationFn: (follow: boolean) => setPracticeFollowed(client, practice.id, follow),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.detail(practice.id) });
      await queryClient.invalidateQueries({ queryKey: followKeys.mine });
    },
  });
  if (!actions.has('FOLLOW') && !actions.has('UNFOLLOW')) return null;
  const followed = practice.followedByMe;
  return (
    <div>
      <Button
        variant={followed ? 'filled' : 'light'}
        size="xs"
        aria-pressed={followed}
        loading={toggle.isPending}
        onClick={() => toggle.mutate(!followed)}
        data-testid="follow-practice"
      >
        {followed ? t('following.practice.following') : t('following.practice.follow')}
      </Button>
      {toggle.error && <ProblemAlert error={toggle.error} focusOnShow />}
    </div>
  );
}
