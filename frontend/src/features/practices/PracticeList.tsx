import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { City, PracticeSummary } from '../../api/types';
import { cityName } from '../../lib/cities';
import { formatDate } from '../../lib/format';
import { PracticeStatusBadge } from './PracticeStatusBadge';

/** Cards of practices: title, town, summary, publication date (or status for drafts). */
export function PracticeList({
  items,
  cities,
  linkTo,
  label,
}: {
  items: PracticeSummary[];
  cities?: City[];
  linkTo: (p: PracticeSummary) => string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((p) => (
        <Card key={p.id} withBorder component="li" padding="md" data-testid="practice-item">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Anchor component={Link} to={linkTo(p)} fw={600} size="lg">
              {p.title}
            </Anchor>
            {p.status !== 'PUBLISHED' && <PracticeStatusBadge status={p.status} />}
          </Group>
          <Text size="sm" c="dimmed">
            {[
              cityName(cities, p.city),
              p.publishedAt ? t('practices.publishedAt', { date: formatDate(p.publishedAt) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" mt={4} lineClamp={3}>
            {p.summary}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
