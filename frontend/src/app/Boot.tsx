import { useEffect, useState } from 'react';
import { Alert, Code, Container, MantineProvider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { App } from './App';
import { loadRuntimeConfig, type RuntimeConfig } from './api/config';
import { Loading } from './shared/Loading';
import { theme } from './theme';

/** Loads /config.json, then starts the app; shows what is wrong when the configuration is missing. */
export function Boot({ load = () => loadRuntimeConfig() }: { load?: () => Promise<RuntimeConfig> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ config?: RuntimeConfig; error?: Error }>({});
  useEffect(() => {
    load().then(
      (config) => setState({ config }),
      (error: unknown) => setState({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (state.config) return <App config={state.config} />;
  return (
    <MantineProvider theme={theme}>
      <Container size="sm" py="xl">
        {state.error ? (
          <Alert color="red" title={t('boot.configError.title')} role="alert" data-testid="config-error">
            <Stack gap="xs">
              <Text size="sm">{t('boot.configError.text')}</Text>
              <Code block>{state.error.message}</Code>
            </Stack>
          </Alert>
        ) : (
          <Loading />
        )}
      </Container>
    </MantineProvider>
  );
}
