import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import { allowedActions } from '../../lib/permissions';
import { inviteAccount, linkAccount, searchAccounts, unlinkAccount, type InvitationForm } from './memberAccountApi';

/** What the controls need of a member (the panels feature's member view). */
export interface AccountMember {
  id: string;
  displayName: string;
  keycloakUserId?: string | null;
  version: number;
  allowedActions: readonly string[];
}

/**
 * A member's Keycloak account: "Link account" (search the town's accounts, pick one), "Invite by
 * e-mail" and "Unlink", each only when the member's allowedActions hold it.
 */
export function MemberAccountControls({ panelId, member }: { panelId: string; member: AccountMember }) {
  const { t } = useTranslation();
  const can = allowedActions(member);
  const [dialog, setDialog] = useState<'link' | 'invite' | null>(null);
  const api = useApi();
  const queryClient = useQueryClient();
  const path = { id: panelId, memberId: member.id };
  const unlink = useMutation({
    mutationFn: () => unlinkAccount(api.panel, path, member.version),
    onSuccess: async () => {
      notifySuccess(t('memberAccount.unlinked'));
      await queryClient.invalidateQueries({ queryKey: ['panels'] });
    },
  });
  const linked = Boolean(member.keycloakUserId);
  if (!linked && !can.has('LINK_MEMBER_ACCOUNT') && !can.has('INVITE_MEMBER_ACCOUNT')) return null;
  return (
    <Group gap="xs" wrap="wrap" data-testid="member-account">
      {linked && (
        <Badge variant="light" color="teal" data-testid="account-linked">
          {t('memberAccount.linked')}
        </Badge>
      )}
      {can.has('LINK_MEMBER_ACCOUNT') && can.has('SEARCH_MEMBER_ACCOUNTS') && (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setDialog('link')}
          data-testid="link-account"
          aria-label={`${t('memberAccount.link')}: ${member.displayName}`}
        >
          {t('memberAccount.link')}
        </Button>
      )}
      {can.has('INVITE_MEMBER_ACCOUNT') && (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setDialog('invite')}
          data-testid="invite-account"
          aria-label={`${t('memberAccount.invite')}: ${member.displayName}`}
        >
          {t('memberAccount.invite')}
        </Button>
      )}
      {can.has('UNLINK_MEMBER_ACCOUNT') && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          loading={unlink.isPending}
          onClick={() => unlink.mutate()}
          data-testid="unlink-account"
          aria-label={`${t('memberAccount.unlink')}: ${member.displayName}`}
        >
          {t('memberAccount.unlink')}
        </Button>
      )}
      {unlink.error && <ProblemAlert error={unlink.error} showViolations={false} focusOnShow />}
      <Modal
        opened={dialog === 'link'}
        onClose={() => setDialog(null)}
        title={t('memberAccount.linkTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog === 'link' && <LinkDialog panelId={panelId} member={member} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal
        opened={dialog === 'invite'}
        onClose={() => setDialog(null)}
        title={t('memberAccount.inviteTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog === 'invite' && <InviteDialog panelId={panelId} member={member} onDone={() => setDialog(null)} />}
      </Modal>
    </Group>
  );
}

function LinkDialog({ panelId, member, onDone }: { panelId: string; member: AccountMember; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const path = { id: panelId, memberId: member.id };
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['member-account-candidates', panelId, member.id, query],
    queryFn: () => searchAccounts(api.panel, path, query ?? ''),
    enabled: query !== null,
  });
  const link = useMutation({
    mutationFn: (userId: string) => linkAccount(api.panel, path, member.version, userId),
    onSuccess: async () => {
      notifySuccess(t('memberAccount.linkedDone'));
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['panels'] });
    },
  });
  function search(e: FormEvent) {
    e.preventDefault();
    setQuery(draft);
  }
  return (
    <Stack>
      <Text fw={600}>{member.displayName}</Text>
      <Text size="sm">{t('memberAccount.linkIntro')}</Text>
      <form onSubmit={search} noValidate data-testid="account-search-form">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('memberAccount.searchLabel')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            maxLength={100}
            data-testid="account-search"
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" loading={found.isFetching} data-testid="account-search-submit">
            {t('memberAccount.search')}
          </Button>
        </Group>
      </form>
      {found.error && <ProblemAlert error={found.error} showViolations={false} />}
      {link.error && <ProblemAlert error={link.error} showViolations={false} focusOnShow />}
      {found.data && found.data.length === 0 && <Text size="sm">{t('memberAccount.noAccounts')}</Text>}
      {found.data && found.data.length > 0 && (
        <List listStyleType="none" spacing="xs" aria-label={t('memberAccount.results')} data-testid="account-results">
          {found.data.map((account) => (
            <List.Item key={account.id}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text size="sm" fw={600}>
                    {account.displayName}
                  </Text>
                  <Text size="xs">
                    {account.username}
                    {account.email ? ` · ${account.email}` : ''}
                  </Text>
                </div>
                <Button
                  size="xs"
                  onClick={() => link.mutate(account.id)}
                  loading={link.isPending && link.variables === account.id}
                  aria-label={`${t('memberAccount.pickShort')}: ${account.displayName}`}
                  data-testid="account-pick"
                >
                  {t('memberAccount.pickShort')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function InviteDialog({ panelId, member, onDone }: { panelId: string; member: AccountMember; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<InvitationForm>({ email: '', firstName: '', lastName: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  // One key per dialog: a retried submit of the same form is one invitation.
  const [key] = useState(() => crypto.randomUUID());
  const invite = useMutation({
    mutationFn: () =>
      inviteAccount(
        api.panel,
        { id: panelId, memberId: member.id },
        member.version,
        { email: form.email.trim(), firstName: form.firstName.trim(), lastName: form.lastName.trim() },
        key,
      ),
    onSuccess: async () => {
      notifySuccess(t('memberAccount.invited', { email: form.email.trim() }));
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['panels'] });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    if (!EMAIL.test(form.email.trim())) checks.email = t('memberAccount.emailInvalid');
    if (form.firstName.trim() === '') checks.firstName = t('validation.required');
    if (form.lastName.trim() === '') checks.lastName = t('validation.required');
    setLocal(checks);
    if (Object.keys(checks).length === 0) invite.mutate();
  }
  const set = (field: keyof InvitationForm) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [field]: e.currentTarget.value });
  return (
    <form onSubmit={submit} noValidate data-testid="invite-form">
      <Stack>
        <Text fw={600}>{member.displayName}</Text>
        <Text size="sm">{t('memberAccount.inviteIntro')}</Text>
        {invite.error && <ProblemAlert error={invite.error} showViolations={false} focusOnShow />}
        <TextInput
          type="email"
          label={t('memberAccount.email')}
          value={form.email}
          onChange={set('email')}
          error={fieldError('email', invite.error, local)}
          required
          maxLength={254}
          autoComplete="off"
          data-testid="invite-email"
        />
        <TextInput
          label={t('memberAccount.firstName')}
          value={form.firstName}
          onChange={set('firstName')}
          error={fieldError('firstName', invite.error, local)}
          required
          maxLength={100}
          data-testid="invite-first-name"
        />
        <TextInput
          label={t('memberAccount.lastName')}
          value={form.lastName}
          onChange={set('lastName')}
          error={fieldError('lastName', invite.error, local)}
          required
          maxLength={100}
          data-testid="invite-last-name"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={invite.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
            {t('memberAccount.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
