import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi, useRuntimeConfig } from '../../api/ApiContext';
import { OPEN_DATA_PATH, openDataPackageQuery, PRACTICES_FEED_PATH } from '../../api/openData';
import type { OpenDataResource } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';

/** A dataset and its files (one resource per format: practices-csv, practices-json). */
interface Dataset {
  name: string;
  title: string;
  columns: number;
  files: OpenDataResource[];
}

/** The resources of the data package grouped by dataset, in the package's order. */
export function datasetsOf(resources: readonly OpenDataResource[]): Dataset[] {
  const datasets: Dataset[] = [];
  for (const resource of resources) {
    const name = resource.name.replace(/-(csv|json)$/, '');
    let dataset = datasets.find((d) => d.name === name);
    if (!dataset) {
      dataset = { name, title: resource.title, columns: resource.schema.fields.length, files: [] };
      datasets.push(dataset);
    }
    dataset.files.push(resource);
  }
  return datasets;
}

/**
 * Public page of the open data: each dataset's downloads (from the data package descriptor), the
 * licence, the descriptor itself and the Atom feed.
 */
export function OpenDataPage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const config = useRuntimeConfig();
  const descriptor = useQuery(openDataPackageQuery(practice));
  const base = `${config.practiceApi}${OPEN_DATA_PATH}`;
  const feed = `${config.practiceApi}${PRACTICES_FEED_PATH}`;

  function datasetLabel(dataset: Dataset): string {
    return t(`openData.datasets.${dataset.name}.title`, { defaultValue: dataset.title });
  }

  function downloads() {
    if (descriptor.isPending) return <Loading label={t('openData.loading')} lines={2} />;
    if (descriptor.isError) {
      return <ProblemAlert error={descriptor.error} onRetry={() => void descriptor.refetch()} />;
    }
    const datasets = datasetsOf(descriptor.data.resources);
    if (datasets.length === 0) {
      return <EmptyState title={t('openData.empty')} testId="open-data-empty" />;
    }
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {datasets.map((dataset) => (
          <Card key={dataset.name} withBorder radius="md" data-testid={`open-data-${dataset.name}`}>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {datasetLabel(dataset)}
              </Title>
              <Text size="sm">{t(`openData.datasets.${dataset.name}.hint`, { defaultValue: '' })}</Text>
              <Text size="sm" c="dimmed">
                {t('openData.columns', { n: dataset.columns })}
              </Text>
              <Group gap="md">
                {dataset.files.map((file) => (
                  <Anchor
                    key={file.name}
                    href={`${base}${file.path}`}
                    download={file.path}
                    data-testid={`download-${file.name}`}
                  >
                    {t('openData.download', { file: file.path })}
                  </Anchor>
                ))}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    );
  }

  const licence = descriptor.data?.licenses[0];
  return (
    <Stack gap="lg">
      <PageHeader title={t('openData.title')} lead={t('openData.intro')} />
      <Stack gap="sm" component="section" aria-labelledby="open-data-downloads">
        <Title order={2} size="h3" id="open-data-downloads">
          {t('openData.downloadsTitle')}
        </Title>
        {downloads()}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="open-data-licence">
        <Title order={2} size="h3" id="open-data-licence">
          {t('openData.licenceTitle')}
        </Title>
        <Text data-testid="open-data-licence">
          {t('openData.licence')}{' '}
          {licence && (
            <Anchor href={licence.path} rel="license">
              {licence.title}
            </Anchor>
          )}
        </Text>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="open-data-formats">
        <Title order={2} size="h3" id="open-data-formats">
          {t('openData.descriptorTitle')}
        </Title>
        <Text size="sm">{t('openData.descriptorHint')}</Text>
        <Anchor href={`${base}datapackage.json`} data-testid="open-data-descriptor">
          {t('openData.descriptor')}
        </Anchor>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="open-data-feed">
        <Title order={2} size="h3" id="open-data-feed">
          {t('openData.feedTitle')}
        </Title>
        <Text size="sm">{t('openData.feedHint')}</Text>
        <Anchor href={feed} type="application/atom+xml" data-testid="open-data-feed-link">
          {t('openData.feed')}
        </Anchor>
      </Stack>
    </Stack>
  );
}
