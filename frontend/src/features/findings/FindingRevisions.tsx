import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { findingRevisionsQuery } from '../../api/findings';
import type { Finding } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';

/**
 * How a published finding changed: its publication and each later edit, newest first, with the
 * capacity of who revised it (never a person) and how much evidence it cited then.
 */
export function FindingRevisions({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const revisions = useQuery({ ...findingRevisionsQuery(client, finding.id), enabled: finding.publishedAt !== null });
  if (finding.publishedAt === null) return null;

  function body() {
    if (revisions.isPending) return <Loading lines={2} />;
    if (revisions.isError) return <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />;
    return (
      <Stack gap={4} component="ul" m={0} data-testid="finding-revisions">
        {[...revisions.data].reverse().map((r) => (
          <Text component="li" size="sm" key={r.number}>
            {t(`findings.revisions.${r.kind}`, {
              date: formatDateTime(r.at),
              role: t(`findings.revisions.roles.${r.revisedByRole}`),
              n: r.evidence.length,
            })}
          </Text>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="finding-revisions-title">
      <Title order={2} size="h3" id="finding-revisions-title">
        {t('findings.revisions.title')}
      </Title>
      {body()}
    </Stack>
  );
}
