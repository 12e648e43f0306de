import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PagedList } from '../../components/PagedList';
import { notificationsQuery } from './api';
import { useNotificationText } from './message';
import { useNotificationActions } from './useNotificationActions';

const SIZE = 20;

/** All of the signed-in person's notifications, unread first, each leading into the app. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { initiative } = useApi();
  const [page, setPage] = useState(0);
  const query = useQuery(notificationsQuery(initiative, page, SIZE));
  const text = useNotificationText();
  const { markRead, markAllRead } = useNotificationActions();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const anyUnread = query.data?.items.some((n) => !n.read) ?? false;

  return (
    <Stack gap="lg" data-testid="notifications-page">
      <PageHeader
        title={t('notifications.list.title')}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={t('notifications.list.lead')}
      />
      <Group justify="space-between" wrap="wrap">
        <Anchor component={Link} to="/notifications/preferences">
          {t('notifications.bell.settings')}
        </Anchor>
        {anyUnread && (
          <Button
            variant="light"
            loading={markAllRead.isPending}
            onClick={() =>
              markAllRead.mutate(query.data?.items[0]?.createdAt, {
                onSuccess: () => notifySuccess(t('notifications.list.allReadDone')),
              })
            }
            data-testid="mark-all-read"
          >
            {t('notifications.list.markAllRead')}
          </Button>
        )}
      </Group>
      <PagedList
        query={query}
        empty={{ title: t('notifications.list.emptyTitle'), text: t('notifications.list.emptyText') }}
        onPage={setPage}
        pagingLabel={t('notifications.list.paging')}
      >
        {(items) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((n) => (
              <Card key={n.id} component="li" withBorder padding="sm" data-testid="notification">
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Badge variant={n.read ? 'outline' : 'filled'} color={n.read ? 'gray' : 'blue'}>
                      {n.read ? t('notifications.list.read') : t('notifications.list.unread')}
                    </Badge>
                    <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
                      {when.format(new Date(n.createdAt))}
                    </Text>
                  </Group>
                  <Anchor
                    component={Link}
                    to={n.link}
                    fw={n.read ? 400 : 600}
                    onClick={() => {
                      if (!n.read) markRead.mutate(n.id);
                    }}
                  >
                    {text(n)}
                  </Anchor>
                  {!n.read && (
                    <div>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => markRead.mutate(n.id)}
                        data-testid="mark-read"
                      >
                        {t('notifications.list.markRead')}
                      </Button>
                    </div>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </PagedList>
    </Stack>
  );
}
