import { useState } from 'react';
import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { PageHeader } from '../../components/PageHeader';
import { PagedList } from '../../components/PagedList';
import { formatDateTime } from '../../lib/format';
import { moderationQuery, type ModerationItem } from './api';
import { PostCard } from './PostCard';

function QueueItem({ item }: { item: ModerationItem }) {
  const { t } = useTranslation();
  const headingId = `reports-${item.post.id}`;
  return (
    <Paper withBorder p="md" radius="md" data-testid="moderation-item">
      <Stack gap="sm">
        <PostCard post={item.post} headingLevel={3} />
        <Anchor component={Link} to={`/practices/${item.post.practiceId}`} size="sm" w="fit-content">
          {t('discussion.moderation.openPractice')}
        </Anchor>
        <Stack gap={4} component="section" aria-labelledby={headingId}>
          <Title order={3} size="h5" id={headingId}>
            {t('discussion.moderation.reports', { count: item.reports.length })}
          </Title>
          <List size="sm" data-testid="moderation-reports">
            {item.reports.map((report, i) => (
              <List.Item key={`${report.reportedAt}-${i}`}>
                {t('discussion.moderation.reportedAt', { date: formatDateTime(report.reportedAt) })}
                {': '}
                <Text span size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {report.reason ?? t('discussion.moderation.noReason')}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
        {item.moderation.length > 0 && (
          <Stack gap={4} component="section" aria-label={t('discussion.moderation.audit')}>
            <Text size="sm" fw={500}>
              {t('discussion.moderation.audit')}
            </Text>
            <List size="sm" data-testid="moderation-audit">
              {item.moderation.map((step) => (
                <List.Item key={`${step.step}-${step.moderatedAt}`}>
                  {t('discussion.moderation.auditEntry', {
                    step: t(`discussion.moderation.step.${step.step}`),
                    date: formatDateTime(step.moderatedAt),
                    reason: step.reason,
                  })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The network admin's moderation queue: posts with open reports, most recently reported first,
 * with the reports' reasons (never who made them) and each post's moderation audit; hide or
 * restore with a reason right there (the post's own controls, from its allowedActions).
 */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const [page, setPage] = useState(0);
  const queue = useQuery({ ...moderationQuery(practice, page), placeholderData: keepPreviousData });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('discussion.moderation.title')}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={t('discussion.moderation.intro')}
      />
      <PagedList
        query={queue}
        empty={{ title: t('discussion.moderation.empty.title'), text: t('discussion.moderation.empty.text') }}
        onPage={setPage}
        pagingLabel={t('discussion.moderation.paging')}
      >
        {(items) => (
          <List listStyleType="none" spacing="md" data-testid="moderation-queue">
            {items.map((item) => (
              <List.Item key={item.post.id}>
                <QueueItem item={item} />
              </List.Item>
            ))}
          </List>
        )}
      </PagedList>
    </Stack>
  );
}
