import { useState } from 'react';
import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practiceQuery } from '../../api/practices';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { cityName, useCities } from '../../lib/cities';
import { townCrumbs, townPath } from '../../lib/crumbs';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { PracticeEditForm } from './PracticeEditForm';
import { PracticeStatusBadge } from './PracticeStatusBadge';
import { PracticeText } from './PracticeText';

/**
 * Edit page of a (usually drafted) practice: its texts, save and submit for validation. Who may not edit it
 * (the service's allowedActions) gets the texts read-only, never a form that would fail.
 */
export function PracticeEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const { user } = useSession();
  const navigate = useNavigate();
  const cities = useCities();
  const practice = useQuery(practiceQuery(client, id));
  // a reload after a stale save starts the form afresh from the latest version
  const [generation, setGeneration] = useState(0);
  const actions = allowedActions(practice.data);

  if (practice.isPending) return <Loading heading />;
  if (practice.isError) return <ErrorState error={practice.error} onRetry={() => void practice.refetch()} />;
  const p = practice.data;
  const crumbs = [
    ...townCrumbs(t, cities.data, p.city, user?.isAdmin ?? false),
    { label: t('practices.title'), to: townPath(p.city, 'practices') },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('practices.edit.title')}
        crumbs={crumbs}
        lead={`${p.title} · ${cityName(cities.data, p.city)}`}
        aside={<PracticeStatusBadge status={p.status} />}
      />
      {actions.has('EDIT_PRACTICE') ? (
        <PracticeEditForm
          key={`${p.id}:${generation}`}
          practice={p}
          maySubmit={actions.has('SUBMIT_PRACTICE')}
          onReload={() => void practice.refetch().then(() => setGeneration((g) => g + 1))}
          onSubmitted={(done) => navigate(`/practices/${done.id}`)}
        />
      ) : (
        <>
          <Alert color="blue" data-testid="practice-not-yours">
            {t('practices.edit.readOnly')}
          </Alert>
          <PracticeText practice={p} />
        </>
      )}
    </Stack>
  );
}
