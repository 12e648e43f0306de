import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClients } from './client';
import type { RuntimeConfig } from './config';

const ApiContext = createContext<ApiClients | null>(null);
const ConfigContext = createContext<RuntimeConfig | null>(null);

export function ApiProvider({
  clients,
  config,
  children,
}: {
  clients: ApiClients;
  config: RuntimeConfig;
  children: ReactNode;
}) {
  return (
    <ConfigContext.Provider value={config}>
      <ApiContext.Provider value={clients}>{children}</ApiContext.Provider>
    </ConfigContext.Provider>
  );
}

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi() needs an <ApiProvider>');
  return clients;
}

export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useRuntimeConfig() needs an <ApiProvider>');
  return config;
}
