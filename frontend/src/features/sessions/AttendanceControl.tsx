import { useState } from 'react';
import { Button, Group, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { recordAttendance, sessionKeys, sessionMembersQuery, type Session } from '../../api/sessions';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';

type Presence = 'present' | 'apologies' | 'absent';

/**
 * Who attended, as a checklist of the panel's members: present, apologies or absent per member.
 * Editable while the session is planned and the service allows RECORD_ATTENDANCE; otherwise the
 * same list, read-only.
 */
export function AttendanceControl({
  session,
  editable,
  onReload,
}: {
  session: Session;
  editable: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const members = useQuery(sessionMembersQuery(api.panel, session.panelId));
  const initial = (id: string): Presence =>
    session.present.includes(id) ? 'present' : session.apologies.includes(id) ? 'apologies' : 'absent';
  const [choice, setChoice] = useState<Record<string, Presence>>({});
  const save = useMutation({
    mutationFn: () => {
      const all = members.data ?? [];
      const of = (p: Presence) => all.filter((m) => (choice[m.id] ?? initial(m.id)) === p).map((m) => m.id);
      return recordAttendance(api.panel, session.panelId, session.id, session.version, {
        present: of('present'),
        apologies: of('apologies'),
      });
    },
    onSuccess: (updated) => {
      notifySuccess(t('sessions.attendance.saved'));
      setChoice({});
      queryClient.setQueryData(sessionKeys.detail(updated.panelId, updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: sessionKeys.all(updated.panelId), refetchType: 'none' });
    },
  });

  const erased = session.presentCount - session.present.length + (session.apologyCount - session.apologies.length);

  return (
    <Stack gap="sm" component="section" aria-labelledby="attendance-title" data-testid="attendance">
      <Title order={2} size="h3" id="attendance-title">
        {t('sessions.attendance.title')}
      </Title>
      {session.attendanceRecordedAt === null && (
        <Text size="sm" c="dimmed">
          {t('sessions.attendance.notRecorded')}
        </Text>
      )}
      {save.error && <ProblemAlert error={save.error} focusOnShow onReload={onReload} />}
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.length === 0 ? (
        <Text size="sm">{t('sessions.attendance.noMembers')}</Text>
      ) : (
        <ScrollRegion label={t('sessions.attendance.title')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.attendance.member')}</Table.Th>
                <Table.Th>{t('sessions.attendance.presence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.map((m) => {
                const value = choice[m.id] ?? initial(m.id);
                return (
                  <Table.Tr key={m.id} data-testid="attendance-row">
                    <Table.Td>{m.displayName}</Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Radio.Group
                          value={value}
                          onChange={(v) => setChoice((c) => ({ ...c, [m.id]: v as Presence }))}
                          aria-label={t('sessions.attendance.presenceOf', { name: m.displayName })}
                          name={`presence-${m.id}`}
                        >
                          <Group gap="sm">
                            <Radio
                              value="present"
                              label={t('sessions.attendance.present')}
                              data-testid="presence-present"
                            />
                            <Radio value="apologies" label={t('sessions.attendance.apologies')} />
                            <Radio value="absent" label={t('sessions.attendance.absent')} />
                          </Group>
                        </Radio.Group>
                      ) : (
                        <Text size="sm">{t(`sessions.attendance.${value}`)}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {erased > 0 && (
        <Text size="sm" c="dimmed">
          {t('sessions.attendance.erased', { count: erased })}
        </Text>
      )}
      {editable && members.data && members.data.length > 0 && (
        <Group>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="save-attendance">
            {t('sessions.attendance.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
