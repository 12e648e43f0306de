import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelKeys } from '../../api/panels';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { notifySuccess } from '../../components/notify';
import { formatDate } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { ConsentForm, LeaveForm } from './MemberActions';
import { MemberForm } from './MemberForm';
import { membersQuery, withdrawConsent, type Member, type PanelDetail } from './panelApi';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'consent' | 'leave'; member: Member };

/**
 * The panel's members for its town: who they are, what they stand for, since when; with the
 * history toggle also those who left. Population groups appear only when the service sends them
 * (coordinators and admins); a panel member sees nobody's.
 */
export function MembersSection({
  panel,
  memberExtras,
}: {
  panel: PanelDetail;
  memberExtras?: (member: Member) => ReactNode;
}) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const [history, setHistory] = useState(false);
  const [dialog, setDialog] = useState<Dialog>();
  const members = useQuery(membersQuery(client, panel.id, history));
  const listActions = allowedActions(members.data);
  const showGroups = listActions.has('VIEW_POPULATION_GROUPS');
  const withdraw = useMutation({
    mutationFn: (m: Member) => withdrawConsent(client, m),
    onSuccess: async () => {
      notifySuccess(t('panelPage.consent.withdrawn'));
      await queryClient.invalidateQueries({ queryKey: panelKeys.all });
    },
  });
  const close = () => setDialog(undefined);
  const closeAndRefresh = async (message: string) => {
    notifySuccess(message);
    close();
    await queryClient.invalidateQueries({ queryKey: panelKeys.all });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="members-title" data-testid="members-section">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id="members-title">
          {t('panelPage.members.title')}
        </Title>
        <Group gap="sm" wrap="wrap">
          <Switch
            label={t('panelPage.members.history')}
            checked={history}
            onChange={(e) => setHistory(e.currentTarget.checked)}
            data-testid="members-history"
          />
          {listActions.has('ADD_MEMBER') && panel.status !== 'CLOSED' && (
            <Button onClick={() => setDialog({ kind: 'add' })} data-testid="add-member">
              {t('panelPage.memberForm.add')}
            </Button>
          )}
        </Group>
      </Group>
      {withdraw.error && <ProblemAlert error={withdraw.error} focusOnShow testId="withdraw-error" />}
      {members.isPending ? (
        <Loading label={t('panelPage.members.loading')} lines={2} />
      ) : members.isError ? (
        <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <EmptyState title={t('panelPage.members.empty')} testId="members-empty" />
      ) : (
        <ScrollRegion label={t('panelPage.members.table')}>
          <Table striped withTableBorder data-testid="members-table">
            <Table.Caption>{t('panelPage.members.table')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('panelPage.members.name')}</Table.Th>
                <Table.Th scope="col">{t('panelPage.members.category')}</Table.Th>
                <Table.Th scope="col">{t('panelPage.members.role')}</Table.Th>
                <Table.Th scope="col">{t('panelPage.members.organisation')}</Table.Th>
                <Table.Th scope="col">{t('panelPage.members.joined')}</Table.Th>
                {history && <Table.Th scope="col">{t('panelPage.members.left')}</Table.Th>}
                {showGroups && <Table.Th scope="col">{t('panelPage.members.groups')}</Table.Th>}
                <Table.Th scope="col">{t('panelPage.members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.items.map((m) => {
                const can = allowedActions(m);
                return (
                  <Table.Tr key={m.id} data-testid="member-row">
                    <Table.Th scope="row">{m.displayName}</Table.Th>
                    <Table.Td>{t(`panelPage.categories.${m.stakeholderCategory}`)}</Table.Td>
                    <Table.Td>{t(`panelPage.roles.${m.role}`)}</Table.Td>
                    <Table.Td>{m.organisation ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(m.joinedAt)}</Table.Td>
                    {history && <Table.Td>{m.leftAt ? formatDate(m.leftAt) : '—'}</Table.Td>}
                    {showGroups && (
                      <Table.Td data-testid="member-groups">
                        {m.populationGroups && m.populationGroups.length > 0
                          ? m.populationGroups.map((g) => t(`panelPage.groups.${g}`)).join(', ')
                          : '—'}
                        {m.consent && (
                          <Text size="xs" c="dimmed">
                            {t('panelPage.consent.given', {
                              version: m.consent.textVersion,
                              date: formatDate(m.consent.recordedAt),
                            })}
                          </Text>
                        )}
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        {can.has('EDIT_MEMBER') && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() => setDialog({ kind: 'edit', member: m })}
                          >
                            {t('panelPage.memberForm.editAction')}
                            <VisuallyHidden> {m.displayName}</VisuallyHidden>
                          </Button>
                        )}
                        {can.has('RECORD_CONSENT') && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() => setDialog({ kind: 'consent', member: m })}
                          >
                            {t('panelPage.consent.record')}
                            <VisuallyHidden> {m.displayName}</VisuallyHidden>
                          </Button>
                        )}
                        {can.has('WITHDRAW_CONSENT') && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            loading={withdraw.isPending && withdraw.variables?.id === m.id}
                            onClick={() => withdraw.mutate(m)}
                          >
                            {t('panelPage.consent.withdraw')}
                            <VisuallyHidden> {m.displayName}</VisuallyHidden>
                          </Button>
                        )}
                        {can.has('REMOVE_MEMBER') && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setDialog({ kind: 'leave', member: m })}
                          >
                            {t('panelPage.leave.open')}
                            <VisuallyHidden> {m.displayName}</VisuallyHidden>
                          </Button>
                        )}
                        {memberExtras?.(m)}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Modal
        opened={dialog !== undefined}
        onClose={close}
        title={
          dialog?.kind === 'add'
            ? t('panelPage.memberForm.addTitle')
            : dialog?.kind === 'edit'
              ? t('panelPage.memberForm.editTitle', { name: dialog.member.displayName })
              : dialog?.kind === 'consent'
                ? t('panelPage.consent.title', { name: dialog.member.displayName })
                : dialog?.kind === 'leave'
                  ? t('panelPage.leave.title', { name: dialog.member.displayName })
                  : ''
        }
        size="lg"
      >
        {dialog?.kind === 'add' && (
          <MemberForm
            panelId={panel.id}
            withConsent={showGroups}
            onSaved={(m) => void closeAndRefresh(t('panelPage.memberForm.added', { name: m.displayName }))}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'edit' && (
          <MemberForm
            panelId={panel.id}
            member={dialog.member}
            withConsent={false}
            onSaved={() => void closeAndRefresh(t('panelPage.memberForm.saved'))}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'consent' && (
          <ConsentForm
            member={dialog.member}
            onSaved={() => void closeAndRefresh(t('panelPage.consent.recorded'))}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'leave' && (
          <LeaveForm
            member={dialog.member}
            onSaved={() => void closeAndRefresh(t('panelPage.leave.done', { name: dialog.member.displayName }))}
            onCancel={close}
          />
        )}
      </Modal>
    </Stack>
  );
}
