import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { balanceKeys, changeBalanceRules } from '../../api/balance';
import type { BalanceRules, ChangeBalanceRulesBody } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';

type NumberField = 'pillarMinPercent' | 'pillarMaxPercent' | 'baselineTolerancePercent' | 'minimumMembers';
type Values = Record<NumberField, string> & { everyGroupVoiced: boolean };

const OPTIONAL: ReadonlySet<NumberField> = new Set(['baselineTolerancePercent', 'minimumMembers']);

function valuesOf(r: BalanceRules): Values {
  return {
    pillarMinPercent: String(r.pillarMinPercent),
    pillarMaxPercent: String(r.pillarMaxPercent),
    everyGroupVoiced: r.everyGroupVoiced,
    baselineTolerancePercent: r.baselineTolerancePercent === null ? '' : String(r.baselineTolerancePercent),
    minimumMembers: r.minimumMembers === null ? '' : String(r.minimumMembers),
  };
}

const whole = (s: string) => /^\d{1,4}$/.test(s.trim());

/**
 * Changes the network's balance rules: the current version goes as If-Match, the answer is the
 * new version. Ranges are the service's to check; its violations appear next to their fields.
 */
export function BalanceRulesForm({ rules, onReload }: { rules: BalanceRules; onReload: () => void }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(rules));
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: ChangeBalanceRulesBody) => changeBalanceRules(client, rules.version, body),
    onSuccess: async (saved) => {
      notifySuccess(t('balance.rules.form.saved', { version: saved.version }));
      queryClient.setQueryData(balanceKeys.rules, saved);
      await queryClient.invalidateQueries({ queryKey: balanceKeys.all });
    },
  });
  const error = save.error ?? undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    for (const f of ['pillarMinPercent', 'pillarMaxPercent', 'baselineTolerancePercent', 'minimumMembers'] as const) {
      const v = values[f].trim();
      if (v === '' && !OPTIONAL.has(f)) checks[f] = t('validation.required');
      else if (v !== '' && !whole(v)) checks[f] = t('balance.rules.form.number');
    }
    setLocal(checks);
    save.reset();
    if (Object.keys(checks).length > 0) return;
    const opt = (s: string) => (s.trim() === '' ? null : Number(s));
    save.mutate({
      pillarMinPercent: Number(values.pillarMinPercent),
      pillarMaxPercent: Number(values.pillarMaxPercent),
      everyGroupVoiced: values.everyGroupVoiced,
      baselineTolerancePercent: opt(values.baselineTolerancePercent),
      minimumMembers: opt(values.minimumMembers),
    });
  }

  const field = (name: NumberField, label: string, hint: string) => (
    <TextInput
      label={label}
      description={hint}
      inputMode="numeric"
      value={values[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [name]: value }));
      }}
      error={fieldError(name, error, local)}
      required={!OPTIONAL.has(name)}
      data-testid={`rules-${name}`}
    />
  );

  return (
    <form onSubmit={submit} aria-labelledby="balance-rules-form-title" data-testid="balance-rules-form" noValidate>
      <Stack gap="sm" maw={520}>
        <Title order={2} size="h3" id="balance-rules-form-title">
          {t('balance.rules.form.title')}
        </Title>
        {error && <ProblemAlert error={error} showViolations={false} focusOnShow onReload={onReload} />}
        {field('pillarMinPercent', t('balance.rules.form.pillarMin'), t('balance.rules.form.pillarMinHint'))}
        {field('pillarMaxPercent', t('balance.rules.form.pillarMax'), t('balance.rules.form.pillarMaxHint'))}
        <Checkbox
          label={t('balance.rules.form.voiced')}
          checked={values.everyGroupVoiced}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setValues((v) => ({ ...v, everyGroupVoiced: checked }));
          }}
          data-testid="rules-everyGroupVoiced"
        />
        {field('baselineTolerancePercent', t('balance.rules.form.tolerance'), t('balance.rules.form.toleranceHint'))}
        {field('minimumMembers', t('balance.rules.form.minimum'), t('balance.rules.form.minimumHint'))}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="rules-save">
            {t('balance.rules.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
