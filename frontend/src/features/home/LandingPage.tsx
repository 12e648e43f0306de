import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../shared/Loading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSession } from '../auth/session';
import { useCities } from '../panels/useCities';

const STEPS = ['panels', 'initiatives', 'practices', 'findings'] as const;

/** Public network overview: what the network does, its partner towns, the way to the practices. */
export function LandingPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const cities = useCities();
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg">{t('home.lead')}</Text>
        <Text c="dimmed">{t('home.approach')}</Text>
        <Group>
          <Button component={Link} to="/practices" data-testid="browse-practices">
            {t('home.browsePractices')}
          </Button>
          {user && (
            <Button component={Link} to="/my-town" variant="light">
              {t('home.goToMyTown')}
            </Button>
          )}
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {STEPS.map((s, i) => (
          <Card key={s} withBorder padding="md">
            <Text size="xs" c="dimmed">
              {i + 1}
            </Text>
            <Text fw={600}>{t(`home.steps.${s}.title`)}</Text>
            <Text size="sm" c="dimmed">
              {t(`home.steps.${s}.text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Stack gap="sm" component="section" aria-labelledby="towns-title">
        <Title order={2} id="towns-title">
          {t('home.towns.title')}
        </Title>
        {cities.loading && !cities.data && <Loading />}
        {cities.error !== undefined && <ProblemAlert error={cities.error} onRetry={cities.reload} />}
        {cities.data && cities.data.length === 0 && <Text c="dimmed">{t('home.towns.empty')}</Text>}
        {cities.data && cities.data.length > 0 && (
          <Group gap="xs" data-testid="town-list">
            {cities.data.map((c) => (
              <Anchor key={c.code} component={Link} to={`/practices?city=${encodeURIComponent(c.code)}`}>
                <Badge variant="outline" size="lg" tt="none">
                  {c.name} · {c.countryName}
                </Badge>
              </Anchor>
            ))}
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
