import { useState } from 'react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { cityQuery } from '../../api/towns';
import { POPULATION_GROUPS, type CityDetail } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatPercent } from '../../lib/percent';
import { allowedActions } from '../../lib/permissions';
import { TownProfileForm } from './TownProfileForm';

/** A language's name in the reader's language, e.g. "nl" → "Dutch"; the code when unknown. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Baseline({ city }: { city: CityDetail }) {
  const { t } = useTranslation();
  const b = city.baseline;
  const known = POPULATION_GROUPS.some((g) => b.shares[g] !== null);
  if (!known) {
    return (
      <Text c="dimmed" data-testid="town-baseline-none">
        {t('townProfile.baseline.none')}
      </Text>
    );
  }
  return (
    <>
      <ScrollRegion label={t('townProfile.baseline.table', { town: city.name })}>
        <Table miw={360} data-testid="town-baseline">
          <Table.Caption>{t('townProfile.baseline.table', { town: city.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('townProfile.baseline.group')}</Table.Th>
              <Table.Th scope="col">{t('townProfile.baseline.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {POPULATION_GROUPS.map((g) => {
              const share = b.shares[g];
              return (
                <Table.Tr key={g}>
                  <Table.Th scope="row">{t(`balance.groups.${g}`)}</Table.Th>
                  <Table.Td>{share === null ? t('townProfile.baseline.unknown') : formatPercent(share)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {b.source && b.year !== null && (
        <Text size="sm" c="dimmed" data-testid="town-baseline-source">
          {t('townProfile.baseline.source', { source: b.source, year: b.year })}
        </Text>
      )}
    </>
  );
}

/**
 * A town's public profile: the languages of its panel work, its place on the map and the
 * population baseline its panels' balance is compared with. The network admin edits it here.
 */
export function TownProfilePage() {
  const { city: code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { panel: client } = useApi();
  const city = useQuery(cityQuery(client, code));
  const [generation, setGeneration] = useState(0);

  if (city.isPending) return <Loading heading />;
  if (city.isError) return <ErrorState error={city.error} onRetry={() => void city.refetch()} />;
  const c = city.data;
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('townProfile.title', { town: c.name })}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={t('townProfile.lead', { town: c.name })}
      />
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('townProfile.languages')}
        </Title>
        <Text data-testid="town-languages">
          {new Intl.ListFormat(locale, { type: 'unit' }).format(c.languages.map((l) => languageName(l, locale)))}
        </Text>
        <Title order={2} size="h3">
          {t('townProfile.location')}
        </Title>
        <Text data-testid="town-location">
          {c.latitude !== null && c.longitude !== null
            ? t('townProfile.coordinates', {
                lat: new Intl.NumberFormat(locale, { maximumFractionDigits: 5 }).format(c.latitude),
                lon: new Intl.NumberFormat(locale, { maximumFractionDigits: 5 }).format(c.longitude),
              })
            : t('townProfile.noLocation')}
        </Text>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('townProfile.baseline.title')}
        </Title>
        <Text size="sm">{t('townProfile.baseline.lead')}</Text>
        <Baseline city={c} />
      </Stack>
      {allowedActions(c).has('EDIT_CITY') ? (
        <TownProfileForm
          key={`${c.version}:${generation}`}
          city={c}
          onReload={() => void city.refetch().then(() => setGeneration((g) => g + 1))}
        />
      ) : null}
    </Stack>
  );
}
