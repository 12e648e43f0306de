import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelBalanceQuery } from '../../api/balance';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatNumber } from '../../lib/format';
import { GroupTable, PillarTable } from './BalanceTables';
import { changeText, gapText } from './gapText';
import { PillarChart } from './PillarChart';

export interface BalanceSectionProps {
  /** The panel whose balance is shown (GET /panels/{id}/balance). */
  panelId: string;
  /** Level of the section's heading on the page that holds it (its subheadings follow). */
  headingLevel?: 2 | 3;
}

/**
 * A panel's balance for the panel page: score, each pillar against the rules (chart and table),
 * consenting members per population group (small counts withheld by the service unless the
 * caller may see them), and each gap in words with the smallest changes that would close it.
 * Public: it shows what the service returns for the caller, nothing more.
 */
export function BalanceSection({ panelId, headingLevel = 2 }: BalanceSectionProps) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const balance = useQuery(panelBalanceQuery(client, panelId));
  const sub = (headingLevel + 1) as 3 | 4;
  const headingId = `balance-${panelId}`;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md" data-testid="balance-section">
      <Title order={headingLevel} id={headingId}>
        {t('balance.title')}
      </Title>
      {balance.isPending && <Loading lines={2} />}
      {balance.isError && <ProblemAlert error={balance.error} onRetry={() => void balance.refetch()} />}
      {balance.data && (
        <>
          <Group gap="sm" align="center">
            <Text fw={500}>{t('balance.score')}</Text>
            <Badge
              size="xl"
              variant="light"
              color={balance.data.score === 100 ? 'teal' : 'orange'}
              data-testid="balance-score"
            >
              {t('balance.scoreValue', { score: balance.data.score })}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('balance.scoreHelp')} {t('balance.rulesInForce', { version: balance.data.rulesVersion })}
          </Text>
          {balance.data.seats === 0 ? (
            <EmptyState title={t('balance.noMembers.title')}>{t('balance.noMembers.text')}</EmptyState>
          ) : (
            <>
              <Text size="sm" data-testid="balance-seats">
                {t('balance.seats', { seats: formatNumber(balance.data.seats) })}
              </Text>
              <Title order={sub}>{t('balance.chart.title')}</Title>
              <PillarChart pillars={balance.data.pillars} />
              <PillarTable pillars={balance.data.pillars} />
              <GroupTable groups={balance.data.groups} />
            </>
          )}
          <Title order={sub}>{t('balance.gaps.title')}</Title>
          {balance.data.gaps.length === 0 ? (
            <Text data-testid="balance-no-gaps">{t('balance.gaps.none')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="balance-gaps">
              {balance.data.gaps.map((gap) => (
                <Paper component="li" withBorder p="sm" key={`${gap.kind}-${gap.pillar ?? gap.group ?? ''}`}>
                  <Text fw={500}>{gapText(t, gap)}</Text>
                  <Text size="sm">{t('balance.gaps.closedBy')}</Text>
                  <List size="sm">
                    {gap.changes.map((change) => (
                      <List.Item key={change.kind}>{changeText(t, change)}</List.Item>
                    ))}
                  </List>
                </Paper>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
