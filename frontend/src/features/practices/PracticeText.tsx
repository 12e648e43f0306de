import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../api/types';

const SECTIONS = ['context', 'approach', 'results', 'resources', 'transferability', 'lessons'] as const;

/** A practice's texts, read-only: summary and one section per part. */
export function PracticeText({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="lg">{practice.summary}</Text>
      {SECTIONS.map((s) => (
        <Stack gap={4} key={s} component="section" aria-labelledby={`practice-${s}`}>
          <Title order={2} size="h3" id={`practice-${s}`}>
            {t(`practices.fields.${s}`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} c={practice[s] ? undefined : 'dimmed'}>
            {practice[s] || t('practices.notProvided')}
          </Text>
        </Stack>
      ))}
    </>
  );
}
