import { useCallback, useMemo, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from '../api/ApiContext';
import { createApiClients } from '../api/client';
import type { RuntimeConfig } from '../api/config';
import { isApiError } from '../api/problem';
import { AccessTokenHolder, OidcSessionProvider } from './auth/OidcSessionProvider';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

/** Server state: a failed read is retried once unless the service refused it (4xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => count < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App({ config }: { config: RuntimeConfig }) {
  const [tokens] = useState(() => new AccessTokenHolder());
  const clients = useMemo(() => createApiClients(config, tokens.get), [config, tokens]);
  const [queryClient] = useState(createQueryClient);
  // nothing read for one user is shown to the next
  const forget = useCallback(() => queryClient.clear(), [queryClient]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {/* bottom of the screen: a toast never covers the header, its menu or a page's status */}
      <Notifications position="bottom-right" limit={3} />
      <QueryClientProvider client={queryClient}>
        <OidcSessionProvider config={config} tokens={tokens} onSignedOut={forget}>
          <ApiProvider clients={clients} config={config}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ApiProvider>
        </OidcSessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
