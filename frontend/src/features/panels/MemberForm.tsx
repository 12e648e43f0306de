import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import { ConsentFields } from './MemberActions';
import {
  addMember,
  CATEGORIES,
  editMember,
  ROLES,
  type Member,
  type MemberRole,
  type PopulationGroup,
  type StakeholderCategory,
} from './panelApi';

/**
 * Adds a member (with, for who may see them, the population groups they declare under the
 * consent text shown) or edits one's name, category, role and organisation.
 */
export function MemberForm({
  panelId,
  member,
  withConsent,
  onSaved,
  onCancel,
}: {
  panelId: string;
  member?: Member;
  withConsent: boolean;
  onSaved: (m: Member) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const [name, setName] = useState(member?.displayName ?? '');
  const [category, setCategory] = useState<StakeholderCategory | null>(member?.stakeholderCategory ?? null);
  const [role, setRole] = useState<MemberRole>(member?.role ?? 'MEMBER');
  const [organisation, setOrganisation] = useState(member?.organisation ?? '');
  const [consented, setConsented] = useState(false);
  const [groups, setGroups] = useState<PopulationGroup[]>([]);
  const [consentVersion, setConsentVersion] = useState<string>();
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: async (): Promise<Member> => {
      const common = {
        displayName: name.trim(),
        stakeholderCategory: category as StakeholderCategory,
        role,
        organisation: organisation.trim() === '' ? null : organisation.trim(),
      };
      if (member) return editMember(client, member, common);
      return addMember(client, panelId, {
        ...common,
        populationGroups: consented ? groups : [],
        consentRecorded: consented,
        consentTextVersion: consented ? (consentVersion ?? null) : null,
      });
    },
    onSuccess: onSaved,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    if (name.trim() === '') checks.displayName = t('validation.required');
    if (!category) checks.stakeholderCategory = t('validation.required');
    setLocal(checks);
    save.reset();
    if (Object.keys(checks).length === 0) save.mutate();
  }

  const error = save.error ?? undefined;
  return (
    <form onSubmit={submit} data-testid="member-form" noValidate>
      <Stack gap="sm">
        {error && <ProblemAlert error={error} showViolations={false} focusOnShow testId="member-form-error" />}
        <TextInput
          label={t('panelPage.members.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError('displayName', error, local)}
          required
          maxLength={200}
          data-autofocus
          data-testid="member-name"
        />
        <Select
          label={t('panelPage.members.category')}
          data={CATEGORIES.map((c) => ({ value: c, label: t(`panelPage.categories.${c}`) }))}
          value={category}
          onChange={(v) => setCategory(v as StakeholderCategory | null)}
          error={fieldError('stakeholderCategory', error, local)}
          required
          allowDeselect={false}
          data-testid="member-category"
        />
        <Select
          label={t('panelPage.members.role')}
          data={ROLES.map((r) => ({ value: r, label: t(`panelPage.roles.${r}`) }))}
          value={role}
          onChange={(v) => v && setRole(v as MemberRole)}
          allowDeselect={false}
          data-testid="member-role"
        />
        <TextInput
          label={t('panelPage.members.organisation')}
          value={organisation}
          onChange={(e) => setOrganisation(e.currentTarget.value)}
          error={fieldError('organisation', error, local)}
          maxLength={200}
        />
        {withConsent && (
          <>
            <Checkbox
              label={t('panelPage.memberForm.declareGroups')}
              checked={consented}
              onChange={(e) => setConsented(e.currentTarget.checked)}
              data-testid="member-declares-groups"
            />
            {consented && <ConsentFields groups={groups} onGroups={setGroups} onVersion={setConsentVersion} />}
          </>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="member-submit">
            {member ? t('panelPage.memberForm.save') : t('panelPage.memberForm.add')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('panelPage.memberForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
