import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRuntimeConfig } from '../api/ApiContext';

/**
 * The network report (practice-exchange-service, docs/findings.md) in the reader's language: the
 * printable PDF and the same report as a web page with print styles. Both are public.
 */
export function NetworkReportLinks() {
  const { t, i18n } = useTranslation();
  const config = useRuntimeConfig();
  const lang = encodeURIComponent(i18n.resolvedLanguage ?? 'en');
  const base = `${config.practiceApi}/reports/network`;
  return (
    <Group gap="md" data-testid="network-report">
      <Text size="sm" fw={500}>
        {t('findings.report.title')}
      </Text>
      <Anchor href={`${base}.pdf?lang=${lang}`} type="application/pdf" size="sm" data-testid="network-report-pdf">
        {t('findings.report.pdf')}
      </Anchor>
      <Anchor href={`${base}.html?lang=${lang}`} size="sm" data-testid="network-report-html">
        {t('findings.report.html')}
      </Anchor>
    </Group>
  );
}
