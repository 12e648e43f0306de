import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UserMenu } from '../features/auth/UserMenu';
import { useSession } from '../features/auth/session';

function NavItem({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={NavLink} to={to} end={to === '/'} size="sm" fw={500}>
      {children}
    </Anchor>
  );
}

/** Header with navigation and the user menu; the page below. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="lg" wrap="nowrap" component="nav" aria-label={t('nav.label')}>
              <Anchor component={NavLink} to="/" underline="never" c="inherit">
                <Text fw={700} size="lg">
                  {t('app.name')}
                </Text>
              </Anchor>
              <NavItem to="/practices">{t('nav.practices')}</NavItem>
              {user && <NavItem to="/my-town">{t('nav.myTown')}</NavItem>}
            </Group>
            <UserMenu />
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
