import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { Loading } from '../../shared/Loading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useAsync } from '../../shared/useAsync';
import { canManageTown } from '../auth/token';
import { useSession } from '../auth/session';
import { cityName, useCities } from '../panels/useCities';
import { getPractice } from './api';
import { PracticeEditForm } from './PracticeEditForm';
import { PracticeStatusBadge } from './PracticeStatusBadge';

/** Edit page of a (usually drafted) practice: its texts, save and publish. */
export function PracticeEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const { user } = useSession();
  const navigate = useNavigate();
  const cities = useCities();
  const practice = useAsync(() => getPractice(client, id), [client, id]);

  if (practice.loading && !practice.data) return <Loading />;
  if (!practice.data) return <ProblemAlert error={practice.error} onRetry={practice.reload} />;
  const p = practice.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/my-town?city=${encodeURIComponent(p.city)}`} size="sm">
        {t('practices.edit.backToTown', { town: cityName(cities.data, p.city) })}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('practices.edit.title')}</Title>
          <Text size="sm" c="dimmed">
            {cityName(cities.data, p.city)}
          </Text>
        </Stack>
        <PracticeStatusBadge status={p.status} />
      </Group>
      {!canManageTown(user, p.city) && (
        <Alert color="yellow" data-testid="practice-not-yours">
          {t('practices.edit.notAllowedHint')}
        </Alert>
      )}
      <PracticeEditForm
        key={`${p.id}:${p.version}`}
        practice={p}
        onSaved={practice.setData}
        onReload={practice.reload}
        onPublished={(done) => navigate(`/practices/${done.id}`)}
      />
    </Stack>
  );
}
