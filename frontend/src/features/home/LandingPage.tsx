import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LatestFindings } from '../../components/LatestFindings';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCities } from '../../lib/cities';
import { useSession } from '../../lib/session';

const STEPS = ['panels', 'initiatives', 'practices', 'findings'] as const;

/** Public network overview: what the network does, its partner towns, the way to the practices. */
export function LandingPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const cities = useCities();
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <PageHeader title={t('home.title')} documentTitle={t('app.name')} />
        <Text size="lg">{t('home.lead')}</Text>
        <Text c="dimmed">{t('home.approach')}</Text>
        <Group>
          <Button component={Link} to="/practices" data-testid="browse-practices">
            {t('home.browsePractices')}
          </Button>
          <Button component={Link} to="/network" variant="light" data-testid="see-network">
            {t('portal.homeLink')}
          </Button>
          {user?.city && (
            <Button component={Link} to="/my-town" variant="light">
              {t('home.goToMyTown')}
            </Button>
          )}
          {user?.isAdmin && (
            <Button component={Link} to="/towns" variant="light">
              {t('home.goToTowns')}
            </Button>
          )}
        </Group>
      </Stack>
      <SimpleGrid
        cols={{ base: 1, sm: 2, md: 4 }}
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('home.stepsTitle')}
      >
        {STEPS.map((s, i) => (
          <Card key={s} withBorder padding="md" component="li">
            <Text size="xs" c="dimmed">
              {t('home.stepNumber', { number: i + 1 })}
            </Text>
            <Text fw={600} component="h2" fz="md" m={0}>
              {t(`home.steps.${s}.title`)}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`home.steps.${s}.text`)}
            </Text>
            {/* The step card of the network's fourth aim shows what it concluded lately. */}
            {s === 'findings' && (
              <Stack mt="xs">
                <LatestFindings />
              </Stack>
            )}
          </Card>
        ))}
      </SimpleGrid>
      <Stack gap="sm" component="section" aria-labelledby="towns-title">
        <Title order={2} id="towns-title">
          {t('home.towns.title')}
        </Title>
        {cities.isPending && <Loading lines={1} />}
        {cities.isError && <ProblemAlert error={cities.error} onRetry={() => void cities.refetch()} />}
        {cities.data && cities.data.length === 0 && <Text c="dimmed">{t('home.towns.empty')}</Text>}
        {cities.data && cities.data.length > 0 && (
          <Group gap="xs" data-testid="town-list">
            {cities.data.map((c) => (
              <Anchor key={c.code} component={Link} to={`/practices?city=${encodeURIComponent(c.code)}`}>
                <Badge variant="light" size="lg" tt="none">
                  {`${c.name} · ${c.countryName}`}
                </Badge>
              </Anchor>
            ))}
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
