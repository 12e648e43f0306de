import { Badge, Blockquote, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/generated/initiative';
import type { Complete } from '../api/types';
import { pick } from '../lib/localizedText';

type SurveyResults = Complete<components['schemas']['SurveyResults']>;

/**
 * A survey's aggregated answers, drawn the same for insiders, the public and the review round: per question the number of
 * answers, a rating's mean and distribution, a choice's counts per option (tables, so every figure
 * is read out), a free text's count and approved quotes.
 */
export function SurveyResultsView({ results, headingLevel = 3 }: { results: SurveyResults; headingLevel?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const text = (value: Record<string, string>) => pick(value, language, results.languages);
  return (
    <Stack gap="md" data-testid="survey-results">
      <Text data-testid="survey-response-count" fw={600}>
        {t('survey.results.responses', { count: results.responses })}
      </Text>
      {results.questions.map((q) => (
        <Card withBorder key={q.questionId} component="section" aria-labelledby={`result-${q.questionId}`}>
          <Stack gap="xs">
            <Title order={headingLevel} size="h5" id={`result-${q.questionId}`}>
              {text(q.text)}
            </Title>
            <Text size="sm" c="dimmed">
              {t('survey.results.answers', { count: q.answers })}
              {q.mean !== null && ` · ${t('survey.results.mean', { mean: q.mean.toFixed(1) })}`}
            </Text>
            {q.kind !== 'FREE_TEXT' && q.distribution.length > 0 && (
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      {t(q.kind === 'RATING' ? 'survey.results.score' : 'survey.results.option')}
                    </Table.Th>
                    <Table.Th scope="col">{t('survey.results.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.distribution.map((b) => (
                    <Table.Tr key={b.value}>
                      <Table.Td>{q.kind === 'RATING' ? b.value : text(b.label)}</Table.Td>
                      <Table.Td>{b.count}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {q.kind === 'FREE_TEXT' &&
              (q.quotes.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('survey.results.noQuotes')}
                </Text>
              ) : (
                q.quotes.map((quote, index) => (
                  <Blockquote key={index} p="sm" data-testid="survey-quote">
                    {quote}
                  </Blockquote>
                ))
              ))}
          </Stack>
        </Card>
      ))}
      {results.status === 'CLOSED' && <Badge variant="light">{t('survey.status.CLOSED')}</Badge>}
    </Stack>
  );
}
