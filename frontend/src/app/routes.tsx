import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Loading';
import { AuthCallbackPage } from './auth/AuthCallbackPage';
import { CALLBACK_PATH } from './auth/OidcSessionProvider';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';

// One chunk per page: a visitor of the start page loads neither the forms nor the workspace.
const LandingPage = lazy(() => import('../features/home/LandingPage').then((m) => ({ default: m.LandingPage })));
const PracticeListPage = lazy(() =>
  import('../features/practices/PracticeListPage').then((m) => ({ default: m.PracticeListPage })),
);
const PracticeSearchPage = lazy(() =>
  import('../features/practiceSearch/PracticeSearchPage').then((m) => ({ default: m.PracticeSearchPage })),
);
const NetworkPage = lazy(() => import('../features/portal/NetworkPage').then((m) => ({ default: m.NetworkPage })));
const OpenDataPage = lazy(() => import('../features/openData/OpenDataPage').then((m) => ({ default: m.OpenDataPage })));
const FindingsPage = lazy(() => import('../features/findings/FindingsPage').then((m) => ({ default: m.FindingsPage })));
const FindingDetailPage = lazy(() =>
  import('../features/findings/FindingDetailPage').then((m) => ({ default: m.FindingDetailPage })),
);
const FindingEditorPage = lazy(() =>
  import('../features/findings/FindingEditorPage').then((m) => ({ default: m.FindingEditorPage })),
);
const RecommendationDetailPage = lazy(() =>
  import('../features/findings/RecommendationDetailPage').then((m) => ({ default: m.RecommendationDetailPage })),
);
const RecommendationEditorPage = lazy(() =>
  import('../features/findings/RecommendationEditorPage').then((m) => ({ default: m.RecommendationEditorPage })),
);
const PracticeDetailPage = lazy(() => import('./PracticeRoute').then((m) => ({ default: m.PracticeRoute })));
const TransferPage = lazy(() =>
  import('../features/transfers/TransferPage').then((m) => ({ default: m.TransferPage })),
);
const PracticeEditPage = lazy(() =>
  import('../features/practices/PracticeEditPage').then((m) => ({ default: m.PracticeEditPage })),
);
const TownPracticesPage = lazy(() => import('./TownPracticesRoute').then((m) => ({ default: m.TownPracticesRoute })));
const MyTownRedirect = lazy(() =>
  import('../features/workspace/MyTownRedirect').then((m) => ({ default: m.MyTownRedirect })),
);
const TownsPage = lazy(() => import('../features/workspace/TownsPage').then((m) => ({ default: m.TownsPage })));
const TownDashboardPage = lazy(() =>
  import('../features/workspace/TownDashboardPage').then((m) => ({ default: m.TownDashboardPage })),
);
const PanelsPage = lazy(() => import('../features/panels/PanelsPage').then((m) => ({ default: m.PanelsPage })));
const PanelRoute = lazy(() => import('./PanelRoute').then((m) => ({ default: m.PanelRoute })));
const InitiativesPage = lazy(() =>
  import('../features/initiatives/InitiativesPage').then((m) => ({ default: m.InitiativesPage })),
);
const TownProfilePage = lazy(() =>
  import('../features/towns/TownProfilePage').then((m) => ({ default: m.TownProfilePage })),
);
const BalanceRulesPage = lazy(() =>
  import('../features/balance/BalanceRulesPage').then((m) => ({ default: m.BalanceRulesPage })),
);
const InitiativeRoute = lazy(() => import('./InitiativeRoute').then((m) => ({ default: m.InitiativeRoute })));
const SessionPage = lazy(() => import('../features/sessions/SessionPage').then((m) => ({ default: m.SessionPage })));
const FollowingPage = lazy(() =>
  import('../features/following/FollowingPage').then((m) => ({ default: m.FollowingPage })),
);
const MyDataPage = lazy(() => import('../features/privacy/MyDataPage').then((m) => ({ default: m.MyDataPage })));
const AuditPage = lazy(() => import('../features/privacy/AuditPage').then((m) => ({ default: m.AuditPage })));

// Residents' feedback (survey): answering and public results need no login.
const PublicSurveyPage = lazy(() =>
  import('../features/survey/PublicSurveyPage').then((m) => ({ default: m.PublicSurveyPage })),
);
const PublicResultsPage = lazy(() =>
  import('../features/survey/PublicResultsPage').then((m) => ({ default: m.PublicResultsPage })),
);
const SurveyPrintPage = lazy(() =>
  import('../features/survey/SurveyPrintPage').then((m) => ({ default: m.SurveyPrintPage })),
);

const DrawWizardPage = lazy(() =>
  import('../features/sortition/DrawWizardPage').then((m) => ({ default: m.DrawWizardPage })),
);

const ValidationQueuePage = lazy(() =>
  import('../features/validation/ValidationQueuePage').then((m) => ({ default: m.ValidationQueuePage })),
);

const ModerationQueuePage = lazy(() =>
  import('../features/discussion/ModerationQueuePage').then((m) => ({ default: m.ModerationQueuePage })),
);

const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const NotificationPreferencesPage = lazy(() =>
  import('../features/notifications/NotificationPreferencesPage').then((m) => ({
    default: m.NotificationPreferencesPage,
  })),
);

function Page({ children, auth = false }: { children: ReactNode; auth?: boolean }) {
  const page = <Suspense fallback={<Loading heading />}>{children}</Suspense>;
  return auth ? <RequireAuth>{page}</RequireAuth> : page;
}

/** The routes; public pages first, the workspace behind a login. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route
          index
          element={
            <Page>
              <LandingPage />
            </Page>
          }
        />
        <Route
          path="practices"
          element={
            <Page>
              <PracticeListPage />
            </Page>
          }
        />
        <Route
          path="practice-search"
          element={
            <Page>
              <PracticeSearchPage />
            </Page>
          }
        />
        <Route
          path="network"
          element={
            <Page>
              <NetworkPage />
            </Page>
          }
        />
        <Route
          path="open-data"
          element={
            <Page>
              <OpenDataPage />
            </Page>
          }
        />
        <Route
          path="findings"
          element={
            <Page>
              <FindingsPage />
            </Page>
          }
        />
        <Route
          path="findings/new"
          element={
            <Page auth>
              <FindingEditorPage />
            </Page>
          }
        />
        <Route
          path="findings/:id"
          element={
            <Page>
              <FindingDetailPage />
            </Page>
          }
        />
        <Route
          path="findings/:id/edit"
          element={
            <Page auth>
              <FindingEditorPage />
            </Page>
          }
        />
        <Route
          path="recommendations/new"
          element={
            <Page auth>
              <RecommendationEditorPage />
            </Page>
          }
        />
        <Route
          path="recommendations/:id"
          element={
            <Page>
              <RecommendationDetailPage />
            </Page>
          }
        />
        <Route
          path="recommendations/:id/edit"
          element={
            <Page auth>
              <RecommendationEditorPage />
            </Page>
          }
        />
        <Route
          path="practices/:id"
          element={
            <Page>
              <PracticeDetailPage />
            </Page>
          }
        />
        <Route
          path="transfers/:id"
          element={
            <Page>
              <TransferPage />
            </Page>
          }
        />
        <Route
          path="practices/:id/edit"
          element={
            <Page auth>
              <PracticeEditPage />
            </Page>
          }
        />
        <Route
          path="my-town"
          element={
            <Page auth>
              <MyTownRedirect />
            </Page>
          }
        />
        <Route
          path="towns"
          element={
            <Page auth>
              <TownsPage />
            </Page>
          }
        />
        <Route
          path="towns/:city"
          element={
            <Page auth>
              <TownDashboardPage />
            </Page>
          }
        />
        <Route
          path="towns/:city/panels"
          element={
            <Page auth>
              <PanelsPage />
            </Page>
          }
        />
        {/* Public: anyone sees a panel's status, mandate, counts and balance; its town sees the
            members and sessions (PanelRoute composes the features). */}
        <Route
          path="panels/:id"
          element={
            <Page>
              <PanelRoute />
            </Page>
          }
        />
        <Route
          path="towns/:city/initiatives"
          element={
            <Page auth>
              <InitiativesPage />
            </Page>
          }
        />
        <Route
          path="towns/:city/practices"
          element={
            <Page auth>
              <TownPracticesPage />
            </Page>
          }
        />
        <Route
          path="towns/:city/profile"
          element={
            <Page>
              <TownProfilePage />
            </Page>
          }
        />
        <Route
          path="balance-rules"
          element={
            <Page>
              <BalanceRulesPage />
            </Page>
          }
        />
        <Route
          path="initiatives/:id"
          element={
            <Page auth>
              <InitiativeRoute />
            </Page>
          }
        />
        <Route
          path="panels/:panelId/sessions/:sessionId"
          element={
            <Page auth>
              <SessionPage />
            </Page>
          }
        />
        <Route
          path="panels/:panelId/personal-data-audit"
          element={
            <Page auth>
              <AuditPage />
            </Page>
          }
        />
        <Route
          path="my-data"
          element={
            <Page auth>
              <MyDataPage />
            </Page>
          }
        />
        <Route
          path="panels/:id/draw"
          element={
            <Page auth>
              <DrawWizardPage />
            </Page>
          }
        />
        <Route
          path="validation"
          element={
            <Page auth>
              <ValidationQueuePage />
            </Page>
          }
        />
        <Route
          path="moderation"
          element={
            <Page auth>
              <ModerationQueuePage />
            </Page>
          }
        />
        <Route
          path="notifications"
          element={
            <Page auth>
              <NotificationsPage />
            </Page>
          }
        />
        <Route
          path="notifications/preferences"
          element={
            <Page auth>
              <NotificationPreferencesPage />
            </Page>
          }
        />
        <Route
          path="following"
          element={
            <Page auth>
              <FollowingPage />
            </Page>
          }
        />
        <Route
          path="s/:token"
          element={
            <Page>
              <PublicSurveyPage />
            </Page>
          }
        />
        <Route
          path="s/:token/results"
          element={
            <Page>
              <PublicResultsPage />
            </Page>
          }
        />
        <Route
          path="initiatives/:id/survey/print"
          element={
            <Page auth>
              <SurveyPrintPage />
            </Page>
          }
        />
        <Route path={CALLBACK_PATH.slice(1)} element={<AuthCallbackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
