import { Anchor, Button, Stack, Switch } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notificationKeys, preferencesQuery, savePreferences, type VersionedPreferences } from './api';

function PreferencesForm({ current }: { current: VersionedPreferences }) {
  const { t } = useTranslation();
  const { initiative } = useApi();
  const queryClient = useQueryClient();
  const [emailEnabled, setEmailEnabled] = useState(current.preferences.emailEnabled);
  const [dailyDigest, setDailyDigest] = useState(current.preferences.dailyDigest);
  const save = useMutation({
    mutationFn: () => savePreferences(initiative, current.version, { emailEnabled, dailyDigest }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: notificationKeys.preferences });
      notifySuccess(t('notifications.preferences.saved'));
    },
  });
  return (
    <Stack
      gap="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      maw={560}
    >
      <Switch
        checked={emailEnabled}
        onChange={(e) => setEmailEnabled(e.currentTarget.checked)}
        label={t('notifications.preferences.email')}
        description={t('notifications.preferences.emailHint')}
        data-testid="pref-email"
      />
      <Switch
        checked={dailyDigest}
        disabled={!emailEnabled}
        onChange={(e) => setDailyDigest(e.currentTarget.checked)}
        label={t('notifications.preferences.digest')}
        description={t('notifications.preferences.digestHint')}
        data-testid="pref-digest"
      />
      {save.error && <ProblemAlert error={save.error} focusOnShow />}
      <div>
        <Button type="submit" loading={save.isPending} data-testid="pref-save">
          {t('notifications.preferences.save')}
        </Button>
      </div>
    </Stack>
  );
}

/** E-mail on or off, and a daily digest instead of one e-mail per notification. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { initiative } = useApi();
  const query = useQuery(preferencesQuery(initiative));
  return (
    <Stack gap="lg" data-testid="notification-preferences-page">
      <PageHeader
        title={t('notifications.preferences.title')}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('notifications.list.title'), to: '/notifications' },
        ]}
        lead={t('notifications.preferences.lead')}
      />
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <PreferencesForm key={query.data.version} current={query.data} />}
      <Anchor component={Link} to="/following" data-testid="link-following">
        {t('following.title')}
      </Anchor>
    </Stack>
  );
}
