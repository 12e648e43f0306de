import { useEffect, useState, type FormEvent } from 'react';
import { Blockquote, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import { consentTextQuery, GROUPS, leavePanel, recordConsent, type Member, type PopulationGroup } from './panelApi';

/**
 * The consent text (in the reader's language, with its version) and the population groups the
 * member declares under it. Reports the version shown, which is the one the consent is given to.
 */
export function ConsentFields({
  groups,
  onGroups,
  onVersion,
}: {
  groups: PopulationGroup[];
  onGroups: (groups: PopulationGroup[]) => void;
  onVersion: (version: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { panel: client } = useApi();
  const text = useQuery(consentTextQuery(client));
  const version = text.data?.version;
  useEffect(() => {
    if (version) onVersion(version);
  }, [version, onVersion]);
  if (text.isPending) return <Loading lines={1} />;
  if (text.isError) return <ProblemAlert error={text.error} onRetry={() => void text.refetch()} />;
  const lang = (i18n.resolvedLanguage ?? 'en').slice(0, 2);
  const shown = text.data.texts[lang] ? lang : 'en';
  return (
    <Stack gap="xs" data-testid="consent-fields">
      <Text size="sm" fw={500}>
        {t('panelPage.consent.textVersion', { version: text.data.version })}
      </Text>
      <Blockquote lang={shown} p="sm" data-testid="consent-text">
        {text.data.texts[shown]}
      </Blockquote>
      <Checkbox.Group
        label={t('panelPage.memberForm.groupsLegend')}
        value={groups}
        onChange={(v) => onGroups(v as PopulationGroup[])}
      >
        <Stack gap={4} mt={4}>
          {GROUPS.map((g) => (
            <Checkbox key={g} value={g} label={t(`panelPage.groups.${g}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}

/** Records the member's consent to the current text with the groups they declare. */
export function ConsentForm({
  member,
  onSaved,
  onCancel,
}: {
  member: Member;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const [groups, setGroups] = useState<PopulationGroup[]>(member.populationGroups ?? []);
  const [version, setVersion] = useState<string>();
  const [agreed, setAgreed] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => recordConsent(client, member, groups, version ?? ''),
    onSuccess: onSaved,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setLocal(agreed ? {} : { agreed: t('panelPage.consent.mustAgree') });
    save.reset();
    if (agreed && version) save.mutate();
  }
  return (
    <form onSubmit={submit} data-testid="consent-form" noValidate>
      <Stack gap="sm">
        {save.error && <ProblemAlert error={save.error} focusOnShow testId="consent-error" />}
        <ConsentFields groups={groups} onGroups={setGroups} onVersion={setVersion} />
        <Checkbox
          label={t('panelPage.consent.agreed')}
          checked={agreed}
          onChange={(e) => setAgreed(e.currentTarget.checked)}
          error={fieldError('agreed', save.error, local)}
          data-testid="consent-agreed"
        />
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="consent-submit">
            {t('panelPage.consent.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('panelPage.memberForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Ends the member's period; the reason is optional and seen by coordinators only. */
export function LeaveForm({
  member,
  onSaved,
  onCancel,
}: {
  member: Member;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => leavePanel(client, member, reason.trim() === '' ? null : reason.trim()),
    onSuccess: onSaved,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    save.mutate();
  }
  return (
    <form onSubmit={submit} data-testid="leave-form" noValidate>
      <Stack gap="sm">
        {save.error && <ProblemAlert error={save.error} showViolations={false} focusOnShow testId="leave-error" />}
        <Textarea
          label={t('panelPage.leave.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError('reason', save.error)}
          maxLength={500}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group>
          <Button type="submit" color="red" loading={save.isPending} data-testid="leave-submit">
            {t('panelPage.leave.confirm')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('panelPage.memberForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
