import { useMemo, useRef } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiProvider } from './api/ApiContext';
import { createApiClients } from './api/client';
import type { RuntimeConfig } from './api/config';
import { AuthCallbackPage } from './features/auth/AuthCallbackPage';
import { CALLBACK_PATH, OidcSessionProvider } from './features/auth/OidcSessionProvider';
import { RequireAuth } from './features/auth/RequireAuth';
import { LandingPage } from './features/home/LandingPage';
import { InitiativeDetailPage } from './features/initiatives/InitiativeDetailPage';
import { MyTownPage } from './features/mytown/MyTownPage';
import { PracticeDetailPage } from './features/practices/PracticeDetailPage';
import { PracticeEditPage } from './features/practices/PracticeEditPage';
import { PracticeListPage } from './features/practices/PracticeListPage';
import { AppLayout } from './shared/AppLayout';
import { NotFoundPage } from './shared/NotFoundPage';
import { theme } from './theme';

/** The routes; public pages first, the rest behind a login. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<LandingPage />} />
        <Route path="practices" element={<PracticeListPage />} />
        <Route path="practices/:id" element={<PracticeDetailPage />} />
        <Route path="practices/:id/edit" element={<RequireAuth><PracticeEditPage /></RequireAuth>} />
        <Route path="my-town" element={<RequireAuth><MyTownPage /></RequireAuth>} />
        <Route path="initiatives/:id" element={<RequireAuth><InitiativeDetailPage /></RequireAuth>} />
        <Route path={CALLBACK_PATH.slice(1)} element={<AuthCallbackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App({ config }: { config: RuntimeConfig }) {
  const tokenRef = useRef<string | undefined>(undefined);
  const clients = useMemo(() => createApiClients(config, () => tokenRef.current), [config]);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <OidcSessionProvider config={config} tokenRef={tokenRef}>
        <ApiProvider clients={clients} config={config}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ApiProvider>
      </OidcSessionProvider>
    </MantineProvider>
  );
}
