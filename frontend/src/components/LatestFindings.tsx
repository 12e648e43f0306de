import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { publishedFindingsQuery } from '../api/findings';
import { Loading } from './Loading';
import { ProblemAlert } from './ProblemAlert';

/**
 * The network's latest published common findings, each a link to its page, and the way to all of
 * them: on the start page's step card and on the public network page.
 */
export function LatestFindings({ size = 3, heading = true }: { size?: number; heading?: boolean }) {
  const { t } = useTranslation();
  const { practice } = useApi();
  const findings = useQuery(publishedFindingsQuery(practice, size));
  return (
    <Stack gap={4} data-testid="latest-findings">
      {findings.isPending && <Loading lines={1} />}
      {findings.isError && <ProblemAlert error={findings.error} onRetry={() => void findings.refetch()} />}
      {findings.data && findings.data.items.length > 0 && (
        <>
          {heading && (
            <Text size="xs" fw={600}>
              {t('findings.latestTitle')}
            </Text>
          )}
          {findings.data.items.map((f) => (
            <Anchor
              key={f.id}
              component={Link}
              to={`/findings/${f.id}`}
              size="sm"
              lang={f.language}
              data-testid={`latest-finding-${f.id}`}
            >
              {f.statement}
            </Anchor>
          ))}
        </>
      )}
      <Anchor component={Link} to="/findings" size="sm" fw={600}>
        {t('findings.latestAll')}
      </Anchor>
    </Stack>
  );
}
