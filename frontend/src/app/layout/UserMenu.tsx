import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cityName, useCities } from '../panels/useCities';
import { useSession } from './session';

/** Login button when anonymous; otherwise a menu with username, roles, town and logout. */
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
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" data-testid="user-menu" aria-label={t('auth.userMenu', { username: user.username })}>
          {user.username}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('auth.signedInAs', { username: user.username })}</Menu.Label>
        <Group gap={4} px="sm" pb="xs" data-testid="user-roles">
          {user.roles.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('auth.noRoles')}
            </Text>
          ) : (
            user.roles.map((role) => (
              <Badge key={role} size="sm" variant="outline">
                {t(`roles.${role}`)}
              </Badge>
            ))
          )}
        </Group>
        <Text size="sm" px="sm" pb="xs" data-testid="user-city">
          {t('auth.town', { town: user.city ? cityName(cities.data, user.city) : t('auth.noTown') })}
        </Text>
        <Menu.Divider />
        <Menu.Item onClick={() => session.logout()} data-testid="logout-button">
          {t('auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
