import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/generated/practice';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate, formatNumber } from '../../lib/format';
import { ResultsTables } from './ReviewRoundSection';

type Practice = Pick<components['schemas']['PracticeDetail'], 'reviewResults' | 'indicatorOutcomes'>;

/**
 * On a good practice: the results from the panel's review and the indicator outcomes, both marked
 * as carried from the initiative's conclusion (they are not the town's own text and not editable).
 */
export function PracticeEvidence({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const review = practice.reviewResults;
  const indicators = practice.indicatorOutcomes ?? [];
  if (!review && indicators.length === 0) return null;
  const num = (v: number | null | undefined) => (v == null ? '–' : formatNumber(v));
  return (
    <Stack gap="md" data-testid="practice-evidence">
      {review && (
        <Card withBorder component="section" aria-labelledby="practice-review-title" data-testid="practice-review">
          <Stack gap="sm">
            <Title order={2} size="h3" id="practice-review-title">
              {t('reviews.practice.reviewTitle')}
            </Title>
            <Badge variant="outline" color="gray">
              {t('reviews.practice.carried')}
            </Badge>
            <Text size="sm">{t('reviews.counts', { submitted: review.submitted, eligible: review.eligible })}</Text>
            <ResultsTables criteria={review.criteria} byPillar={review.byPillar} t={t} />
          </Stack>
        </Card>
      )}
      {indicators.length > 0 && (
        <Card
          withBorder
          component="section"
          aria-labelledby="practice-indicators-title"
          data-testid="practice-indicators"
        >
          <Stack gap="sm">
            <Title order={2} size="h3" id="practice-indicators-title">
              {t('reviews.practice.indicatorsTitle')}
            </Title>
            <Badge variant="outline" color="gray">
              {t('reviews.practice.carried')}
            </Badge>
            <ScrollRegion label={t('reviews.practice.indicatorsTitle')}>
              <Table>
                <Table.Caption>{t('reviews.practice.indicatorsTitle')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reviews.practice.indicator')}</Table.Th>
                    <Table.Th scope="col">{t('reviews.practice.baseline')}</Table.Th>
                    <Table.Th scope="col">{t('reviews.practice.target')}</Table.Th>
                    <Table.Th scope="col">{t('reviews.practice.latest')}</Table.Th>
                    <Table.Th scope="col">{t('reviews.practice.progress')}</Table.Th>
                    <Table.Th scope="col">{t('reviews.practice.targetMet')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {indicators.map((i) => (
                    <Table.Tr key={i.indicatorId}>
                      <Table.Th scope="row">
                        {i.name}
                        {i.unit ? ` (${i.unit})` : ''}
                      </Table.Th>
                      <Table.Td>{num(i.baseline)}</Table.Td>
                      <Table.Td>{num(i.target)}</Table.Td>
                      <Table.Td>
                        {i.latestValue == null
                          ? t('reviews.practice.noValue')
                          : `${num(i.latestValue)}${i.latestMeasuredOn ? ` · ${formatDate(i.latestMeasuredOn)}` : ''}`}
                      </Table.Td>
                      <Table.Td>{i.progressPercent == null ? '–' : `${num(i.progressPercent)} %`}</Table.Td>
                      <Table.Td>{i.targetMet ? t('reviews.practice.yes') : t('reviews.practice.no')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
