import { Button, Chip, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practiceKeys } from '../../api/practices';
import type { Practice } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allowedActions } from '../../lib/permissions';
import { followKeys, myFollowsQuery, setPracticeFollowed, setThemeFollowed, type FollowedTheme } from './api';

/** The practice's themes as toggles: a followed theme brings every new practice published in it. */
function ThemeChips({ themes }: { themes: readonly FollowedTheme[] }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const mine = useQuery({ ...myFollowsQuery(client), enabled: themes.length > 0 });
  const toggle = useMutation({
    mutationFn: ({ theme, follow }: { theme: FollowedTheme; follow: boolean }) =>
      setThemeFollowed(client, theme, follow),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followKeys.mine }),
  });
  if (themes.length === 0 || !mine.data) return null;
  const followed = new Set<string>(mine.data.themes.map((f) => f.theme));
  return (
    <Stack gap={4}>
      <Text size="sm" id="follow-practice-themes">
        {t('following.themes.onPractice')}
      </Text>
      <Group gap="xs" role="group" aria-labelledby="follow-practice-themes" data-testid="follow-practice-themes">
        {themes.map((theme) => (
          <Chip
            key={theme}
            size="xs"
            checked={followed.has(theme)}
            onChange={(checked) => toggle.mutate({ theme, follow: checked })}
            disabled={toggle.isPending}
          >
            {t(`initiativeContent.theme.${theme}`)}
          </Chip>
        ))}
      </Group>
      {toggle.error && <ProblemAlert error={toggle.error} focusOnShow />}
    </Stack>
  );
}

/**
 * Follow / Following on a published practice, from its allowedActions (FOLLOW or UNFOLLOW): a
 * toggle button (aria-pressed) that tells the follower in the notification centre when the
 * practice is revised or a question on it is answered; and its themes, to follow each of them.
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
    <Stack gap="xs">
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
      </div>
      {toggle.error && <ProblemAlert error={toggle.error} focusOnShow />}
      <ThemeChips themes={practice.themes} />
    </Stack>
  );
}
