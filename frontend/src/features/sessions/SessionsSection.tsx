import { useRef, useState } from 'react';
import { Anchor, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { planSession, sessionKeys, sessionsQuery, type SessionBody } from '../../api/sessions';
import { notifySuccess } from '../../components/notify';
import { PagedList } from '../../components/PagedList';
import { formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { QuorumBadge } from './QuorumBadge';
import { SessionForm } from './SessionForm';
import { SessionStatusBadge } from './SessionStatusBadge';

export const sessionPath = (panelId: string, sessionId: string) =>
  `/panels/${encodeURIComponent(panelId)}/sessions/${encodeURIComponent(sessionId)}`;

/**
 * A panel's sessions, newest first, with status, date and quorum, and "Plan a session" when the
 * service allows it (PLAN_SESSION). For the panel page: `<SessionsSection panelId={panel.id} />`.
 */
export function SessionsSection({ panelId }: { panelId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(0);
  const [planning, setPlanning] = useState(false);
  const key = useRef(crypto.randomUUID());
  const list = useQuery(sessionsQuery(api.panel, panelId, { page }));
  const actions = allowedActions(list.data);
  const plan = useMutation({
    mutationFn: (body: SessionBody) => planSession(api.panel, panelId, body, key.current),
    onSuccess: async (session) => {
      notifySuccess(t('sessions.planned'));
      key.current = crypto.randomUUID();
      setPlanning(false);
      await queryClient.invalidateQueries({ queryKey: sessionKeys.all(panelId) });
      void navigate(sessionPath(panelId, session.id));
    },
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby={`sessions-${panelId}`} data-testid="sessions-section">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id={`sessions-${panelId}`}>
          {t('sessions.title')}
        </Title>
        {actions.has('PLAN_SESSION') && !planning && (
          <Button onClick={() => setPlanning(true)} data-testid="plan-session">
            {t('sessions.plan')}
          </Button>
        )}
      </Group>
      {planning && (
        <Paper withBorder p="md">
          <SessionForm
            pending={plan.isPending}
            error={plan.error ?? undefined}
            submitLabel={t('sessions.plan')}
            onSubmit={(body) => plan.mutate(body)}
            onCancel={() => {
              plan.reset();
              setPlanning(false);
            }}
          />
        </Paper>
      )}
      <PagedList
        query={list}
        empty={{ title: t('sessions.empty.title'), text: t('sessions.empty.text') }}
        onPage={setPage}
        pagingLabel={t('sessions.paging')}
      >
        {(items) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((s) => (
              <Card key={s.id} withBorder component="li" data-testid="session-item">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    <Anchor component={Link} to={sessionPath(panelId, s.id)} fw={600}>
                      {formatDateTime(s.startsAt)}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {[s.place, s.onlineUrl ? t('sessions.online') : null].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <SessionStatusBadge status={s.status} />
                    {s.status !== 'CANCELLED' && <QuorumBadge quorum={s.quorum} />}
                  </Group>
                </Group>
                <Text size="sm" mt={4}>
                  {t('sessions.counts', {
                    present: s.presentCount,
                    apologies: s.apologyCount,
                    decisions: s.decisionCount,
                  })}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </PagedList>
    </Stack>
  );
}
