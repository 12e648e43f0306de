import { useState } from 'react';
import { Anchor, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelQuery } from '../../api/panels';
import {
  cancelSession,
  changeSession,
  holdSession,
  sessionKeys,
  sessionQuery,
  type Session,
  type SessionBody,
} from '../../api/sessions';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCities } from '../../lib/cities';
import { townCrumbs, townPath } from '../../lib/crumbs';
import { formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { AttendanceControl } from './AttendanceControl';
import { QuorumBadge } from './QuorumBadge';
import { SessionForm } from './SessionForm';
import { SessionStatusBadge } from './SessionStatusBadge';

/** One session: where and when, agenda, attendance, decisions, minutes; hold or cancel it. */
export function SessionPage() {
  const { panelId = '', sessionId = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const cities = useCities();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery(api.panel, panelId, sessionId));
  const panel = useQuery(panelQuery(api.panel, panelId));
  const [editing, setEditing] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);

  const updated = async (s: Session, message: string) => {
    notifySuccess(message);
    queryClient.setQueryData(sessionKeys.detail(panelId, s.id), s);
    await queryClient.invalidateQueries({ queryKey: sessionKeys.all(panelId), refetchType: 'none' });
  };
  const change = useMutation({
    mutationFn: (body: SessionBody) => changeSession(api.panel, panelId, sessionId, session.data?.version ?? 0, body),
    onSuccess: async (s) => {
      setEditing(false);
      await updated(s, t('sessions.saved'));
    },
  });
  const hold = useMutation({
    mutationFn: () => holdSession(api.panel, panelId, sessionId, session.data?.version ?? 0),
    onSuccess: (s) => updated(s, t('sessions.held')),
  });
  const cancel = useMutation({
    mutationFn: () => cancelSession(api.panel, panelId, sessionId, session.data?.version ?? 0),
    onSuccess: async (s) => {
      setConfirmCancel(false);
      await updated(s, t('sessions.cancelled'));
    },
  });

  if (session.isPending) return <Loading heading />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const actions = allowedActions(s);
  const title = t('sessions.pageTitle', { date: formatDateTime(s.startsAt) });
  const crumbs = [
    ...townCrumbs(t, cities.data, s.city, user?.isAdmin ?? false),
    { label: t('sessions.panelCrumb'), to: townPath(s.city, 'panels') },
  ];
  const stepError = hold.error ?? cancel.error;

  return (
    <Stack gap="lg" data-testid="session-page">
      <PageHeader
        title={title}
        crumbs={crumbs}
        lead={panel.data?.name}
        aside={
          <Group gap="xs" aria-live="polite">
            <SessionStatusBadge status={s.status} />
            {s.status !== 'CANCELLED' && <QuorumBadge quorum={s.quorum} />}
          </Group>
        }
      />
      {stepError && <ProblemAlert error={stepError} focusOnShow onReload={() => void session.refetch()} />}
      <Group gap="xs">
        {actions.has('HOLD_SESSION') && (
          <Button
            onClick={() => hold.mutate()}
            loading={hold.isPending}
            disabled={s.attendanceRecordedAt === null}
            data-testid="hold-session"
          >
            {t('sessions.hold')}
          </Button>
        )}
        {actions.has('CHANGE_SESSION') && !editing && (
          <Button variant="light" onClick={() => setEditing(true)} data-testid="edit-session">
            {t('sessions.edit')}
          </Button>
        )}
        {actions.has('CANCEL_SESSION') && (
          <Button variant="default" color="red" onClick={() => setConfirmCancel(true)} data-testid="cancel-session">
            {t('sessions.cancel')}
          </Button>
        )}
      </Group>
      {actions.has('HOLD_SESSION') && s.attendanceRecordedAt === null && (
        <Text size="sm" c="dimmed">
          {t('sessions.holdNeedsAttendance')}
        </Text>
      )}
      {editing ? (
        <Paper withBorder p="md">
          <SessionForm
            session={s}
            pending={change.isPending}
            error={change.error ?? undefined}
            submitLabel={t('sessions.save')}
            onSubmit={(body) => change.mutate(body)}
            onCancel={() => {
              change.reset();
              setEditing(false);
            }}
          />
        </Paper>
      ) : (
        <>
          <Stack gap={4} data-testid="session-where">
            {s.place && <Text>{t('sessions.where', { place: s.place })}</Text>}
            {s.onlineUrl && (
              <Anchor href={s.onlineUrl} target="_blank" rel="noopener noreferrer">
                {t('sessions.joinOnline')}
              </Anchor>
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="agenda-title">
            <Title order={2} size="h3" id="agenda-title">
              {t('sessions.fields.agenda')}
            </Title>
            {s.agenda.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('sessions.noAgenda')}
              </Text>
            ) : (
              <List type="ordered" data-testid="session-agenda-list">
                {s.agenda.map((item, i) => (
                  <List.Item key={i}>{item}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </>
      )}
      <AttendanceControl
        key={s.version}
        session={s}
        editable={actions.has('RECORD_ATTENDANCE')}
        onReload={() => void session.refetch()}
      />
      <Stack gap="xs" component="section" aria-labelledby="decisions-title">
        <Title order={2} size="h3" id="decisions-title">
          {t('sessions.fields.decisions')}
        </Title>
        {s.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sessions.noDecisions')}
          </Text>
        ) : (
          <List type="ordered" data-testid="session-decisions">
            {s.decisions.map((d, i) => (
              <List.Item key={i}>
                {d.text}
                {d.initiativeId && (
                  <>
                    {' · '}
                    <Anchor href={`/initiatives/${encodeURIComponent(d.initiativeId)}`}>
                      {t('sessions.initiativeLink')}
                    </Anchor>
                  </>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="minutes-title">
        <Title order={2} size="h3" id="minutes-title">
          {t('sessions.fields.minutes')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} c={s.minutes ? undefined : 'dimmed'} size="sm">
          {s.minutes ?? t('sessions.noMinutes')}
        </Text>
      </Stack>
      <Modal opened={confirmCancel} onClose={() => setConfirmCancel(false)} title={t('sessions.cancelTitle')}>
        <Stack>
          <Text>{t('sessions.cancelText')}</Text>
          {cancel.error && <ProblemAlert error={cancel.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmCancel(false)}>
              {t('sessions.keep')}
            </Button>
            <Button color="red" onClick={() => cancel.mutate()} loading={cancel.isPending} data-testid="confirm-cancel">
              {t('sessions.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
