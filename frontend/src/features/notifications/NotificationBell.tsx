import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notificationsQuery, unreadQuery } from './api';
import { useNotificationText } from './message';
import { useNotificationActions } from './useNotificationActions';

const LATEST = 5;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The header's bell: the unread count (polled modestly) as its accessible name, and a popover
 * with the latest notifications, each a link into the app that marks it read.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { initiative } = useApi();
  const [opened, setOpened] = useState(false);
  const unread = useQuery(unreadQuery(initiative));
  const latest = useQuery({ ...notificationsQuery(initiative, 0, LATEST), enabled: opened });
  const text = useNotificationText();
  const { markRead, markAllRead } = useNotificationActions();
  const count = unread.data ?? 0;
  const close = () => setOpened(false);

  // The popover's target is the button itself: Popover.Target gives its child aria-expanded and
  // aria-controls, which a plain wrapper (the count badge's div) may not carry.
  return (
    <Indicator label={count > 99 ? '99+' : count} size={16} disabled={count === 0} offset={4}>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        withinPortal
        trapFocus
        returnFocus
        shadow="md"
        width={340}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('notifications.bell.label', { count })}
            aria-expanded={opened}
            aria-haspopup="dialog"
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown role="dialog" aria-label={t('notifications.bell.title')} maw="calc(100vw - 16px)">
          <Stack gap="xs">
            <Text fw={600}>{t('notifications.bell.title')}</Text>
            {latest.isPending && <Loading lines={2} />}
            {latest.isError && <ProblemAlert error={latest.error} onRetry={() => void latest.refetch()} />}
            {latest.data && latest.data.items.length === 0 && (
              <Text size="sm" c="dimmed" data-testid="notifications-empty">
                {t('notifications.bell.empty')}
              </Text>
            )}
            {latest.data && latest.data.items.length > 0 && (
              <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {latest.data.items.map((n) => (
                  <li key={n.id}>
                    <Anchor
                      component={Link}
                      to={n.link}
                      size="sm"
                      fw={n.read ? 400 : 700}
                      data-testid="bell-notification"
                      onClick={() => {
                        if (!n.read) markRead.mutate(n.id);
                        close();
                      }}
                    >
                      {text(n)}
                    </Anchor>
                  </li>
                ))}
              </Stack>
            )}
            <Divider />
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Anchor component={Link} to="/notifications" size="sm" onClick={close}>
                {t('notifications.bell.all')}
              </Anchor>
              <Anchor component={Link} to="/notifications/preferences" size="sm" onClick={close}>
                {t('notifications.bell.settings')}
              </Anchor>
            </Group>
            {count > 0 && (
              <Button
                size="xs"
                variant="light"
                loading={markAllRead.isPending}
                onClick={() => markAllRead.mutate(latest.data?.items[0]?.createdAt)}
                data-testid="bell-mark-all-read"
              >
                {t('notifications.bell.markAllRead')}
              </Button>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
