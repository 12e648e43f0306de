import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SDG_TARGETS, TARGET_GROUPS, THEMES, type Initiative, type TargetGroup, type Theme } from '../../api/types';
import { LANGUAGES } from '../../i18n/languages';
import type { ApiError } from '../../api/problem';
import { fieldError } from '../../lib/fieldErrors';
import { groupLabel, themeLabel } from './contentLabels';

/** What the content form holds while a coordinator types; `toContent` makes the request fields. */
export interface ContentDraft {
  language: string;
  title: string;
  summary: string;
  themes: string[];
  targetGroups: string[];
  sdgTargets: string[];
  amount: string;
  currency: string;
  partners: string;
  milestones: { title: string; dueOn: string; done: boolean }[];
}

const CURRENCIES = ['EUR', 'ALL', 'DKK'];

export function emptyDraft(language = 'en'): ContentDraft {
  return {
    language,
    title: '',
    summary: '',
    themes: [],
    targetGroups: [],
    sdgTargets: [],
    amount: '',
    currency: 'EUR',
    partners: '',
    milestones: [],
  };
}

export function draftOf(i: Initiative): ContentDraft {
  return {
    language: i.language,
    title: i.title,
    summary: i.summary ?? '',
    themes: i.themes,
    targetGroups: i.targetGroups,
    sdgTargets: i.sdgTargets,
    amount: i.budget ? String(i.budget.amount) : '',
    currency: i.budget?.currency ?? 'EUR',
    partners: i.partners.join('\n'),
    milestones: i.milestones.map((m) => ({ ...m })),
  };
}

/** Local checks before sending: required title, budget as a number. */
export function checkDraft(d: ContentDraft, required: string, notANumber: string): Record<string, string> {
  const checks: Record<string, string> = {};
  if (d.title.trim() === '') checks.title = required;
  if (d.amount.trim() !== '' && !/^\d+([.,]\d{1,2})?$/.test(d.amount.trim())) checks['budget.amount'] = notANumber;
  d.milestones.forEach((m, n) => {
    if (m.title.trim() === '') checks[`milestones[${n}].title`] = required;
    if (m.dueOn === '') checks[`milestones[${n}].dueOn`] = required;
  });
  return checks;
}

export function toContent(d: ContentDraft) {
  const amount = d.amount.trim().replace(',', '.');
  return {
    language: d.language,
    title: d.title.trim(),
    summary: d.summary.trim() === '' ? null : d.summary.trim(),
    themes: d.themes as Theme[],
    targetGroups: d.targetGroups as TargetGroup[],
    sdgTargets: d.sdgTargets,
    budget: amount === '' ? null : { amount: Number(amount), currency: d.currency },
    partners: d.partners
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    milestones: d.milestones.map((m) => ({ title: m.title.trim(), dueOn: m.dueOn, done: m.done })),
  };
}

/** The content fields of the create and edit forms. */
export function ContentFields({
  draft,
  onChange,
  error,
  local,
  idPrefix,
}: {
  draft: ContentDraft;
  onChange: (next: ContentDraft) => void;
  error: ApiError | Error | undefined;
  local: Record<string, string>;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof ContentDraft>(key: K, value: ContentDraft[K]) => onChange({ ...draft, [key]: value });
  const setMilestone = (n: number, patch: Partial<ContentDraft['milestones'][number]>) =>
    set(
      'milestones',
      draft.milestones.map((m, k) => (k === n ? { ...m, ...patch } : m)),
    );
  const err = (field: string) => fieldError(field, error, local);
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('initiativeContent.form.language')}
        value={draft.language}
        onChange={(e) => set('language', e.currentTarget.value)}
        data={LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
        error={err('language')}
        data-testid={`${idPrefix}-language`}
      />
      <TextInput
        label={t('initiatives.fields.title')}
        value={draft.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={err('title')}
        required
        data-testid={`${idPrefix}-title`}
      />
      <Textarea
        label={t('initiatives.fields.summary')}
        value={draft.summary}
        onChange={(e) => set('summary', e.currentTarget.value)}
        error={err('summary')}
        autosize
        minRows={3}
        data-testid={`${idPrefix}-summary`}
      />
      <Checkbox.Group
        label={t('initiativeContent.sections.themes')}
        value={draft.themes}
        onChange={(v) => set('themes', v)}
        error={err('themes')}
        data-testid={`${idPrefix}-themes`}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
          {THEMES.map((theme) => (
            <Checkbox key={theme} value={theme} label={themeLabel(t, theme)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('initiativeContent.sections.targetGroups')}
        value={draft.targetGroups}
        onChange={(v) => set('targetGroups', v)}
        error={err('targetGroups')}
        data-testid={`${idPrefix}-groups`}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
          {TARGET_GROUPS.map((g) => (
            <Checkbox key={g} value={g} label={groupLabel(t, g)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('initiativeContent.sections.sdgTargets')}
        value={draft.sdgTargets}
        onChange={(v) => set('sdgTargets', v)}
        error={err('sdgTargets')}
        data-testid={`${idPrefix}-sdgs`}
      >
        <SimpleGrid cols={{ base: 3, sm: 5 }} spacing={6} mt={4}>
          {SDG_TARGETS.map((s) => (
            <Checkbox key={s} value={s} label={s} aria-label={t('initiativeContent.sdg', { target: s })} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('initiativeContent.form.amount')}
          inputMode="decimal"
          value={draft.amount}
          onChange={(e) => set('amount', e.currentTarget.value)}
          error={err('budget.amount')}
          description={t('initiativeContent.form.noBudget')}
          data-testid={`${idPrefix}-amount`}
        />
        <NativeSelect
          label={t('initiativeContent.form.currency')}
          value={draft.currency}
          onChange={(e) => set('currency', e.currentTarget.value)}
          data={CURRENCIES}
          error={err('budget.currency')}
          data-testid={`${idPrefix}-currency`}
        />
      </Group>
      <Textarea
        label={t('initiativeContent.form.partners')}
        description={t('initiativeContent.form.partnersHint')}
        value={draft.partners}
        onChange={(e) => set('partners', e.currentTarget.value)}
        error={err('partners')}
        autosize
        minRows={2}
        data-testid={`${idPrefix}-partners`}
      />
      <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>{t('initiativeContent.sections.milestones')}</legend>
        {draft.milestones.map((m, n) => (
          <Group key={n} align="flex-end" wrap="wrap" gap="xs">
            <TextInput
              label={t('initiativeContent.milestone.title')}
              value={m.title}
              onChange={(e) => setMilestone(n, { title: e.currentTarget.value })}
              error={err(`milestones[${n}].title`)}
              style={{ flex: '1 1 12rem' }}
            />
            <TextInput
              type="date"
              label={t('initiativeContent.milestone.dueOn')}
              value={m.dueOn}
              onChange={(e) => setMilestone(n, { dueOn: e.currentTarget.value })}
              error={err(`milestones[${n}].dueOn`)}
            />
            <Checkbox
              label={t('initiativeContent.milestone.done')}
              checked={m.done}
              onChange={(e) => setMilestone(n, { done: e.currentTarget.checked })}
              mb={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('initiativeContent.milestone.remove', { n: n + 1 })}
              onClick={() =>
                set(
                  'milestones',
                  draft.milestones.filter((_, k) => k !== n),
                )
              }
              mb={4}
            >
              {'\u00d7'}
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => set('milestones', [...draft.milestones, { title: '', dueOn: '', done: false }])}
            data-testid={`${idPrefix}-add-milestone`}
          >
            {t('initiativeContent.milestone.add')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
