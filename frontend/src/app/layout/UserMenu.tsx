import { Anchor, Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cityName, useCities } from '../../lib/cities';
import { useSession } from '../../lib/session';

/**
 * Login button when anonymous; otherwise a button that opens a small panel with username,
 * roles, town and logout (a dialog, not a menu: it holds text besides its one action).
 */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const cities = useCities();
  if (session.isLoading) {
    return (
      <Text size="sm" c="dimmed">
        {t('auth.restoring')}
      </Text>
    );
  }
  if (!session.user) {
    return (
      <Button onClick={() => session.login()} data-testid="login-button">
        {t('auth.login')}
      </Button>
    );
  }
  const { user } = session;
  return (
    <Popover position="bottom-end" withinPortal trapFocus returnFocus shadow="md">
      <Popover.Target>
        <Button
          variant="light"
          data-testid="user-menu"
          aria-label={t('auth.userMenu', { username: user.username })}
          maw={180}
        >
          <Text span truncate="end" size="sm" fw={600}>
            {user.username}
          </Text>
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('auth.userMenu', { username: user.username })}>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('auth.signedInAs', { username: user.username })}
          </Text>
          <Group gap={4} data-testid="user-roles">
            {user.roles.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('auth.noRoles')}
              </Text>
            ) : (
              user.roles.map((role) => (
                <Badge key={role} size="sm" variant="light" tt="none">
                  {t(`roles.${role}`)}
                </Badge>
              ))
            )}
          </Group>
          <Text size="sm" data-testid="user-city">
            {t('auth.town', { town: user.city ? cityName(cities.data, user.city) : t('auth.noTown') })}
          </Text>
          <Anchor component={Link} to="/my-data" size="sm" data-testid="my-data-link">
            {t('privacy.myData.menu')}
          </Anchor>
          <Button variant="default" size="xs" onClick={() => session.logout()} data-testid="logout-button">
            {t('auth.logout')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
