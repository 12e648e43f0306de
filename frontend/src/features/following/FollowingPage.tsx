import { Anchor, Button, Chip, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practiceKeys, practiceQuery } from '../../api/practices';
import { THEMES } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  followKeys,
  myFollowsQuery,
  setPracticeFollowed,
  setThemeFollowed,
  type FollowedTheme,
  type MyFollows,
} from './api';

function FollowedPractices({ follows }: { follows: MyFollows['practices'] }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const practices = useQueries({
    queries: follows.map((f) => ({ ...practiceQuery(client, f.practiceId), retry: false })),
  });
  const unfollow = useMutation({
    mutationFn: (id: string) => setPracticeFollowed(client, id, false),
    onSuccess: async (_, id) => {
      await queryClient.invalidateQueries({ queryKey: followKeys.mine });
      await queryClient.invalidateQueries({ queryKey: practiceKeys.detail(id) });
    },
  });
  if (follows.length === 0) {
    return <Text c="dimmed">{t('following.practices.empty')}</Text>;
  }
  return (
    <Stack gap="xs">
      <List spacing="xs" listStyleType="none" data-testid="followed-practices">
        {follows.map((f, i) => {
          const title = practices[i]?.data?.title ?? t('following.practices.unavailable');
          return (
            <List.Item key={f.practiceId}>
              <Group gap="sm" wrap="wrap">
                <Anchor component={Link} to={`/practices/${f.practiceId}`}>
                  {title}
                </Anchor>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => unfollow.mutate(f.practiceId)}
                  loading={unfollow.isPending && unfollow.variables === f.practiceId}
                  aria-label={t('following.practices.unfollowNamed', { title })}
                >
                  {t('following.practices.unfollow')}
                </Button>
              </Group>
            </List.Item>
          );
        })}
      </List>
      {unfollow.error && <ProblemAlert error={unfollow.error} focusOnShow />}
    </Stack>
  );
}

function FollowedThemes({ follows }: { follows: MyFollows['themes'] }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const followed = new Set<string>(follows.map((f) => f.theme));
  const toggle = useMutation({
    mutationFn: ({ theme, follow }: { theme: FollowedTheme; follow: boolean }) =>
      setThemeFollowed(client, theme, follow),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followKeys.mine }),
  });
  return (
    <Stack gap="xs">
      <Text size="sm">{t('following.themes.hint')}</Text>
      <Group gap="xs" role="group" aria-label={t('following.themes.title')} data-testid="followed-themes">
        {THEMES.map((theme) => (
          <Chip
            key={theme}
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

/** What I follow: practices (with unfollow) and the themes of the network's vocabulary as toggles. */
export function FollowingPage() {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const query = useQuery(myFollowsQuery(client));
  return (
    <Stack gap="lg" data-testid="following-page">
      <PageHeader
        title={t('following.title')}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('notifications.list.title'), to: '/notifications' },
        ]}
        lead={t('following.lead')}
      />
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <Stack gap="sm" component="section" aria-labelledby="following-practices">
            <Title order={2} size="h3" id="following-practices">
              {t('following.practices.title')}
            </Title>
            <FollowedPractices follows={query.data.practices} />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="following-themes">
            <Title order={2} size="h3" id="following-themes">
              {t('following.themes.title')}
            </Title>
            <FollowedThemes follows={query.data.themes} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
