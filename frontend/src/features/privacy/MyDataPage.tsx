import { Button, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { exportMyData, type PersonalData } from '../../api/privacy';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';

/** Saves the export as a file the person keeps (GDPR Art. 20: in a machine-readable format). */
function download(data: PersonalData) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `cohesion-personal-data-${data.exportedAt.slice(0, 10)}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** "My data": what the platform holds about the signed-in person, as a JSON download. */
export function MyDataPage() {
  const { t } = useTranslation();
  const api = useApi();
  const fetchData = useMutation({
    mutationFn: () => exportMyData(api),
    onSuccess: (data) => {
      download(data);
      notifySuccess(t('privacy.myData.downloaded'));
    },
  });

  return (
    <Stack gap="lg" data-testid="my-data-page">
      <PageHeader
        title={t('privacy.myData.title')}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={t('privacy.myData.lead')}
      />
      <Stack gap="xs">
        <Text>{t('privacy.myData.contains')}</Text>
        <List>
          <List.Item>{t('privacy.myData.items.memberships')}</List.Item>
          <List.Item>{t('privacy.myData.items.sessions')}</List.Item>
          <List.Item>{t('privacy.myData.items.audit')}</List.Item>
          <List.Item>{t('privacy.myData.items.initiatives')}</List.Item>
          <List.Item>{t('privacy.myData.items.practiceExchange')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('privacy.myData.erasure')}
        </Text>
      </Stack>
      {fetchData.error && <ProblemAlert error={fetchData.error} focusOnShow onRetry={() => fetchData.mutate()} />}
      <div>
        <Button onClick={() => fetchData.mutate()} loading={fetchData.isPending} data-testid="download-my-data">
          {t('privacy.myData.download')}
        </Button>
      </div>
    </Stack>
  );
}
