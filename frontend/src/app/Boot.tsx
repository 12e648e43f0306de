import { useEffect, useState } from 'react';
import { Alert, Code, Container, MantineProvider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loadRuntimeConfig, type RuntimeConfig } from '../api/config';
import { Loading } from '../components/Loading';
import { i18nReady } from '../i18n';
import { App } from './App';
import { cssVariablesResolver, theme } from './theme';

/** Loads /config.json and the reader's language, then starts the app; says what is wrong when the configuration is missing. */
export function Boot({ load = loadRuntimeConfig }: { load?: () => Promise<RuntimeConfig> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ config?: RuntimeConfig; error?: Error }>({});
  useEffect(() => {
    Promise.all([load(), i18nReady]).then(
      ([config]) => setState({ config }),
      (error: unknown) => setState({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
  }, [load]);
  if (state.config) return <App config={state.config} />;
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Container size="sm" py="xl" component="main">
        {state.error ? (
          <Alert color="red" title={t('boot.configError.title')} role="alert" data-testid="config-error">
            <Stack gap="xs">
              <Text size="sm">{t('boot.configError.text')}</Text>
              <Code block>{state.error.message}</Code>
            </Stack>
          </Alert>
        ) : (
          <Loading heading />
        )}
      </Container>
    </MantineProvider>
  );
}
