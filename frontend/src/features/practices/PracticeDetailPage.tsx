import type { ReactNode } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Practice } from '../../api/types';
import { practiceQuery } from '../../api/practices';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { cityName, useCities } from '../../lib/cities';
import { formatDate, formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { PracticeStatusBadge } from './PracticeStatusBadge';
import { PracticeText } from './PracticeText';

/**
 * Every field of one good practice; an Edit button for who may edit it. `sections` lets the app add
 * other features' parts (the evidence carried from the conclusion) below the text; `text` lets it
 * show the text otherwise (read in another language) than in its original.
 */
export function PracticeDetailPage({
  sections,
  text,
}: { sections?: (practice: Practice) => ReactNode; text?: (practice: Practice) => ReactNode } = {}) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { practice: client } = useApi();
  const { user } = useSession();
  const cities = useCities();
  const practice = useQuery(practiceQuery(client, id));
  const actions = allowedActions(practice.data);

  if (practice.isPending) return <Loading heading />;
  if (practice.isError) return <ErrorState error={practice.error} onRetry={() => void practice.refetch()} />;
  const p = practice.data;

  return (
    <Stack gap="lg" component="article" data-testid="practice-detail">
      <PageHeader
        title={p.title}
        titleLang={p.language !== i18n.resolvedLanguage ? p.language : undefined}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('practices.title'), to: '/practices' },
        ]}
        lead={[
          cityName(cities.data, p.city),
          p.publishedAt ? t('practices.publishedAt', { date: formatDate(p.publishedAt) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        aside={
          <Group gap="xs">
            <PracticeStatusBadge status={p.status} />
            {actions.has('EDIT_PRACTICE') && (
              <Button
                component={Link}
                to={`/practices/${p.id}/edit`}
                variant="light"
                size="xs"
                data-testid="edit-practice"
              >
                {t('practices.edit.action')}
              </Button>
            )}
          </Group>
        }
      />
      {text ? text(p) : <PracticeText practice={p} />}
      {sections?.(p)}
      <Text size="xs" c="dimmed">
        {t('practices.timestamps', {
          created: formatDateTime(p.createdAt),
          updated: formatDateTime(p.updatedAt),
          version: p.version,
        })}
      </Text>
      {p.sourceInitiativeId && user && (
        <Anchor component={Link} to={`/initiatives/${p.sourceInitiativeId}`} size="sm">
          {t('practices.sourceInitiative')}
        </Anchor>
      )}
    </Stack>
  );
}
