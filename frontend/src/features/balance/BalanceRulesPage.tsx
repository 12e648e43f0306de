import { useState } from 'react';
import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { balanceRulesHistoryQuery, balanceRulesQuery } from '../../api/balance';
import type { BalanceRules } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDateTime, formatNumber } from '../../lib/format';
import { formatPercent } from '../../lib/percent';
import { allowedActions } from '../../lib/permissions';
import { BalanceRulesForm } from './BalanceRulesForm';

/** The rules in force in words. */
function RulesInWords({ rules }: { rules: BalanceRules }) {
  const { t } = useTranslation();
  return (
    <List data-testid="balance-rules-current">
      <List.Item>
        {t('balance.rules.pillarBand', {
          min: formatPercent(rules.pillarMinPercent),
          max: formatPercent(rules.pillarMaxPercent),
        })}
      </List.Item>
      <List.Item>{rules.everyGroupVoiced ? t('balance.rules.voiced') : t('balance.rules.notVoiced')}</List.Item>
      <List.Item>
        {rules.baselineTolerancePercent === null
          ? t('balance.rules.noTolerance')
          : t('balance.rules.tolerance', { points: formatNumber(rules.baselineTolerancePercent) })}
      </List.Item>
      <List.Item>
        {rules.minimumMembers === null
          ? t('balance.rules.noMinimum')
          : t('balance.rules.minimum', { seats: formatNumber(rules.minimumMembers) })}
      </List.Item>
    </List>
  );
}

function History() {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const history = useQuery(balanceRulesHistoryQuery(client));
  if (history.isPending) return <Loading lines={2} />;
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  const h = (key: 'version' | 'changedAt' | 'band' | 'voiced' | 'tolerance' | 'minimum') =>
    t(`balance.rules.history.${key}`);
  return (
    <ScrollRegion label={t('balance.rules.history.caption')}>
      <Table miw={640} data-testid="balance-rules-history">
        <Table.Caption>{t('balance.rules.history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['version', 'changedAt', 'band', 'voiced', 'tolerance', 'minimum'] as const).map((k) => (
              <Table.Th scope="col" key={k}>
                {h(k)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.map((r) => (
            <Table.Tr key={r.version}>
              <Table.Th scope="row">{formatNumber(r.version)}</Table.Th>
              <Table.Td>
                <time dateTime={r.changedAt}>{formatDateTime(r.changedAt)}</time>
              </Table.Td>
              <Table.Td>{`${formatPercent(r.pillarMinPercent)}–${formatPercent(r.pillarMaxPercent)}`}</Table.Td>
              <Table.Td>{r.everyGroupVoiced ? t('balance.rules.history.yes') : t('balance.rules.history.no')}</Table.Td>
              <Table.Td>
                {r.baselineTolerancePercent === null
                  ? t('balance.rules.history.off')
                  : formatNumber(r.baselineTolerancePercent)}
              </Table.Td>
              <Table.Td>
                {r.minimumMembers === null ? t('balance.rules.history.off') : formatNumber(r.minimumMembers)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/**
 * The network's balance rules: the current version in words and its history for everyone; the
 * form to change them only for whom the service allows it (EDIT_BALANCE_RULES).
 */
export function BalanceRulesPage() {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const rules = useQuery(balanceRulesQuery(client));
  // a reload after a stale save starts the form afresh from the latest version
  const [generation, setGeneration] = useState(0);

  if (rules.isPending) return <Loading heading />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  const r = rules.data;
  const mayEdit = allowedActions(r).has('EDIT_BALANCE_RULES');
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('balance.rules.title')}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={t('balance.rules.lead')}
      />
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('balance.rules.current', { version: r.version })}
        </Title>
        <RulesInWords rules={r} />
      </Stack>
      {mayEdit ? (
        <BalanceRulesForm
          key={`${r.version}:${generation}`}
          rules={r}
          onReload={() => void rules.refetch().then(() => setGeneration((g) => g + 1))}
        />
      ) : (
        <Alert color="blue" data-testid="balance-rules-read-only">
          <Text size="sm">{t('balance.rules.readOnly')}</Text>
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('balance.rules.history.title')}
        </Title>
        <History />
      </Stack>
    </Stack>
  );
}
