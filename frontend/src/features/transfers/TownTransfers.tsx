import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cityName, useCities } from '../../lib/cities';
import { formatDate } from '../../lib/format';
import { townTransfersQuery, type TransferSummary } from './api';
import { TransferStatusBadge } from './TransferStatusBadge';

type Way = 'takenUp' | 'travelled';

/**
 * On a town's practices page: its transfers both ways — the practices of other towns it took up,
 * and where its own practices travelled — each with its state.
 */
export function TownTransfers({ city }: { city: string }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const transfers = useQuery(townTransfersQuery(client, city));

  return (
    <Card withBorder component="section" aria-labelledby="town-transfers-title" data-testid="town-transfers">
      <Stack gap="md">
        <Title order={2} id="town-transfers-title">
          {t('townTransfers.title')}
        </Title>
        {transfers.isPending && <Loading lines={3} label={t('townTransfers.loading')} />}
        {transfers.isError && (
          <ProblemAlert
            error={transfers.error}
            onRetry={() => void transfers.refetch()}
            testId="town-transfers-error"
          />
        )}
        {transfers.isSuccess && (
          <>
            <TransferWay way="takenUp" items={transfers.data.items.filter((item) => item.city === city)} />
            <TransferWay way="travelled" items={transfers.data.items.filter((item) => item.sourceCity === city)} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function TransferWay({ way, items }: { way: Way; items: TransferSummary[] }) {
  const { t } = useTranslation();
  const cities = useCities();
  const headingId = `town-transfers-${way}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid={`town-transfers-${way}`}>
      <Title order={3} size="h4" id={headingId}>
        {t(`townTransfers.${way}.title`)}
      </Title>
      {items.length === 0 ? (
        <EmptyState title={t(`townTransfers.${way}.empty`)} testId={`town-transfers-${way}-empty`} />
      ) : (
        <List listStyleType="none" spacing="xs">
          {items.map((item) => (
            <List.Item key={item.id} data-testid="town-transfer-item" data-status={item.status}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/practices/${item.practiceId}`} fw={500}>
                  {item.practiceTitle}
                </Anchor>
                <Text size="sm">
                  {way === 'takenUp'
                    ? t('townTransfers.takenUp.from', { town: cityName(cities.data, item.sourceCity) })
                    : t('townTransfers.travelled.to', { town: cityName(cities.data, item.city) })}
                </Text>
                <TransferStatusBadge status={item.status} />
                <Anchor component={Link} to={`/transfers/${item.id}`} size="sm">
                  {t('townTransfers.open', { date: formatDate(item.updatedAt) })}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
