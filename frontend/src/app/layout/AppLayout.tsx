import { Anchor, AppShell, Burger, Container, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRuntimeConfig } from '../../api/ApiContext';
import { PRACTICES_FEED_PATH } from '../../api/openData';
import { useSession } from '../../lib/session';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { ErrorBoundary } from '../ErrorBoundary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';

function NavItems({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const items = [
    { to: '/network', label: t('portal.nav') },
    { to: '/practices', label: t('nav.practices') },
    { to: '/practice-search', label: t('practiceSearch.nav') },
    { to: '/open-data', label: t('openData.nav') },
    ...(user && user.city ? [{ to: '/my-town', label: t('nav.myTown') }] : []),
    ...(user?.isAdmin ? [{ to: '/towns', label: t('nav.towns') }] : []),
    ...(user?.isAdmin ? [{ to: '/validation', label: t('practiceValidation.nav') }] : []),
    ...(user?.isAdmin ? [{ to: '/moderation', label: t('discussion.moderation.nav') }] : []),
  ];
  return (
    <>
      {items.map((item) => (
        <Anchor
          key={item.to}
          component={NavLink}
          to={item.to}
          size="sm"
          fw={500}
          onClick={onNavigate}
          data-testid={`nav-${item.to.slice(1)}`}
        >
          {item.label}
        </Anchor>
      ))}
    </>
  );
}

/**
 * Skip link, header (brand, navigation, language, user) and the page. Below the `sm` breakpoint
 * the navigation and the language move behind a burger so the header never wraps on a phone.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { user } = useSession();
  const config = useRuntimeConfig();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: true } }}
      padding="md"
    >
      {/* React hoists it into <head>: feed readers find the practices feed from any page. */}
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t('openData.feedLinkTitle')}
        href={`${config.practiceApi}${PRACTICES_FEED_PATH}`}
      />
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="lg" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={opened}
                aria-controls="mobile-nav"
                data-testid="burger"
              />
              <Anchor component={NavLink} to="/" underline="never" c="inherit" aria-label={t('app.name')}>
                <Text fw={700} size="lg">
                  {t('app.name')}
                </Text>
              </Anchor>
              <Group gap="lg" wrap="nowrap" component="nav" aria-label={t('nav.label')} visibleFrom="sm">
                <NavItems />
              </Group>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Group visibleFrom="sm">
                <LanguageSwitcher />
              </Group>
              {user && user.roles.length > 0 && <NotificationBell />}
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Navbar p="md" id="mobile-nav" hiddenFrom="sm" aria-label={t('nav.label')}>
        {opened && (
          <Stack gap="md">
            <NavItems onNavigate={close} />
            <LanguageSwitcher />
          </Stack>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="lg">
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
