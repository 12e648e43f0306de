import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCities } from '../../lib/cities';
import { townPath } from '../../lib/crumbs';

/** The network admin's workspace: every partner town, each opening its dashboard. */
export function TownsPage() {
  const { t } = useTranslation();
  const cities = useCities();
  return (
    <Stack gap="lg">
      <PageHeader title={t('towns.title')} crumbs={[{ label: t('nav.home'), to: '/' }]} lead={t('towns.intro')} />
      {cities.isPending && <Loading />}
      {cities.isError && <ProblemAlert error={cities.error} onRetry={() => void cities.refetch()} />}
      {cities.data && cities.data.length === 0 && (
        <EmptyState title={t('towns.empty.title')}>{t('towns.empty.text')}</EmptyState>
      )}
      {cities.data && cities.data.length > 0 && (
        <SimpleGrid
          cols={{ base: 1, xs: 2, md: 3 }}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('towns.title')}
        >
          {cities.data.map((c) => (
            <Card key={c.code} withBorder component="li" padding="md" data-testid="town-item">
              <Anchor
                component={Link}
                to={townPath(c.code)}
                fw={600}
                size="lg"
                aria-label={t('towns.open', { town: c.name })}
              >
                {c.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {c.countryName}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
