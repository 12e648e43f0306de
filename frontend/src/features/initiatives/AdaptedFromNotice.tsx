import { Anchor, Card, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { practiceQuery } from '../../api/practices';
import type { Initiative } from '../../api/types';
import { cityName, useCities } from '../../lib/cities';

type AdaptedFrom = NonNullable<Initiative['adaptedFrom']>;

/**
 * Where an initiative came from: the practice of another town it adapts through a transfer. The
 * link works before the practice's title has loaded, and also when it could not be loaded.
 */
export function AdaptedFromNotice({ link }: { link: AdaptedFrom }) {
  const { t } = useTranslation();
  const api = useApi();
  const cities = useCities();
  const practice = useQuery(practiceQuery(api.practice, link.practiceId));
  return (
    <Card withBorder data-testid="initiative-adapted-from">
      <Text>
        {t('adaptedFrom.lead', { town: cityName(cities.data, link.sourceCity) })}{' '}
        <Anchor
          component={Link}
          to={`/practices/${link.practiceId}`}
          lang={practice.data?.language}
          data-testid="initiative-adapted-from-link"
        >
          {practice.data?.title ?? t('adaptedFrom.open')}
        </Anchor>
      </Text>
    </Card>
  );
}
