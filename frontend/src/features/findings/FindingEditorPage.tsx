import { useRef, useState, type FormEvent } from 'react';
import { Button, Chip, Group, MultiSelect, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { draftFinding, findingKeys, findingQuery, reviseFinding } from '../../api/findings';
import { SDG_TARGETS, THEMES, type Finding, type FindingBody, type Theme } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notifySuccess } from '../../components/notify';
import { LANGUAGE_CODES } from '../../i18n/languages';
import { cityName, useCities } from '../../lib/cities';
import { fieldError } from '../../lib/fieldErrors';
import { endonym } from '../../lib/languageNames';
import { themeLabel } from '../../lib/vocabulary';
import { backingMessage } from './backingProblem';
import { EvidencePicker, type PickedCitation } from './EvidencePicker';
import { LIMITS } from './limits';

interface Values {
  statement: string;
  explanation: string;
  language: string;
  themes: Theme[];
  sdgTargets: string[];
  evidence: PickedCitation[];
}

function valuesOf(f: Finding): Values {
  return {
    statement: f.statement,
    explanation: f.explanation ?? '',
    language: f.language,
    themes: [...f.themes],
    sdgTargets: [...f.sdgTargets],
    evidence: f.evidence.map((e) => ({ kind: e.kind, id: e.id, town: e.town })),
  };
}

function bodyOf(v: Values): FindingBody {
  return {
    statement: v.statement.trim(),
    explanation: v.explanation.trim() === '' ? null : v.explanation,
    language: v.language,
    themes: v.themes,
    sdgTargets: v.sdgTargets,
    evidence: v.evidence.map(({ kind, id }) => ({ kind, id })),
  };
}

/** `/findings/new` drafts a finding (or, for a coordinator, proposes one); `/findings/:id/edit` rewrites one. */
export function FindingEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const finding = useQuery({ ...findingQuery(client, id ?? ''), enabled: id !== undefined });
  if (id === undefined) return <FindingForm />;
  if (finding.isPending) return <Loading heading />;
  if (finding.isError) return <ErrorState error={finding.error} onRetry={() => void finding.refetch()} />;
  if (!finding.data.allowedActions.some((a) => a === 'EDIT_FINDING' || a === 'REVISE_FINDING')) {
    return <EmptyState title={t('findings.editor.notAllowed')} testId="finding-not-editable" />;
  }
  return <FindingForm finding={finding.data} key={finding.data.version} />;
}

/**
 * The finding's statement, explanation, language, themes, SDG targets and evidence. A new one is
 * sent with an Idempotency-Key, a rewrite with the loaded version as If-Match; the service's
 * violations show next to their fields, a refused evidence (a published finding must keep citing
 * two towns) on the evidence.
 */
function FindingForm({ finding }: { finding?: Finding }) {
  const { t, i18n } = useTranslation();
  const { practice: client } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const cities = useCities();
  const key = useRef(crypto.randomUUID());
  const [values, setValues] = useState<Values>(
    finding
      ? valuesOf(finding)
      : {
          statement: '',
          explanation: '',
          language: i18n.resolvedLanguage ?? 'en',
          themes: [],
          sdgTargets: [],
          evidence: [],
        },
  );
  const [checked, setChecked] = useState(false);
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((v) => ({ ...v, [name]: value }));

  const save = useMutation({
    mutationFn: () =>
      finding
        ? reviseFinding(client, finding.id, finding.version, bodyOf(values))
        : draftFinding(client, bodyOf(values), key.current),
    onSuccess: async (saved) => {
      notifySuccess(t(finding ? 'findings.done.saved' : 'findings.done.drafted'));
      await queryClient.invalidateQueries({ queryKey: findingKeys.all });
      void navigate(`/findings/${saved.id}`);
    },
  });

  const local: Partial<Record<string, string>> = {};
  if (checked && values.statement.trim() === '') local.statement = t('findings.editor.required');
  if (values.statement.length > LIMITS.statement)
    local.statement = t('findings.editor.tooLong', { max: LIMITS.statement });
  if (values.explanation.length > LIMITS.text) local.explanation = t('findings.editor.tooLong', { max: LIMITS.text });
  if (checked && values.themes.length === 0) local.themes = t('findings.editor.themeRequired');

  function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    const blocking =
      values.statement.trim() === '' ||
      values.statement.length > LIMITS.statement ||
      values.explanation.length > LIMITS.text ||
      values.themes.length === 0;
    if (!blocking) save.mutate();
  }

  const evidenceError =
    backingMessage(t, save.error, (c) => cityName(cities.data, c)) ?? fieldError('evidence', save.error);
  const title = finding ? t('findings.editor.editTitle') : t('findings.editor.newTitle');

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('findings.title'), to: '/findings' },
        ]}
      />
      <form onSubmit={submit} noValidate aria-label={title} data-testid="finding-form">
        <Stack gap="md">
          {finding?.status === 'PUBLISHED' && (
            <Text size="sm" c="dimmed">
              {t('findings.editor.revisesPublished')}
            </Text>
          )}
          <Textarea
            label={t('findings.editor.statement')}
            description={t('findings.editor.statementHint')}
            value={values.statement}
            onChange={(e) => set('statement', e.currentTarget.value)}
            error={fieldError('statement', save.error, local)}
            required
            autosize
            minRows={2}
            data-testid="finding-statement-input"
          />
          <Textarea
            label={t('findings.editor.explanation')}
            value={values.explanation}
            onChange={(e) => set('explanation', e.currentTarget.value)}
            error={fieldError('explanation', save.error, local)}
            autosize
            minRows={4}
            data-testid="finding-explanation-input"
          />
          <NativeSelect
            label={t('findings.editor.language')}
            value={values.language}
            onChange={(e) => set('language', e.currentTarget.value)}
            data={LANGUAGE_CODES.map((code) => ({ value: code, label: endonym(code) }))}
            error={fieldError('language', save.error)}
            maw={320}
            data-testid="finding-language"
          />
          <Stack gap={4}>
            <Text fw={500} size="sm" id="finding-themes-label">
              {t('findings.editor.themes')}
            </Text>
            <Chip.Group multiple value={values.themes} onChange={(v) => set('themes', v as Theme[])}>
              <Group gap="xs" role="group" aria-labelledby="finding-themes-label" data-testid="finding-themes">
                {THEMES.map((theme) => (
                  <Chip key={theme} value={theme} size="sm">
                    {themeLabel(t, theme)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {fieldError('themes', save.error, local) && (
              <Text size="sm" c="red" role="alert">
                {fieldError('themes', save.error, local)}
              </Text>
            )}
          </Stack>
          <MultiSelect
            label={t('findings.editor.sdgTargets')}
            data={SDG_TARGETS.map((target) => ({ value: target, label: t('findings.sdg', { target }) }))}
            value={values.sdgTargets}
            onChange={(v) => set('sdgTargets', v)}
            error={fieldError('sdgTargets', save.error)}
            searchable
            clearable
            maw={480}
            data-testid="finding-sdg"
          />
          <EvidencePicker value={values.evidence} onChange={(v) => set('evidence', v)} error={evidenceError} />
          {save.isError && !evidenceError && <ProblemAlert error={save.error} showViolations={false} />}
          <Group gap="xs">
            <Button type="submit" loading={save.isPending} data-testid="save-finding">
              {finding ? t('findings.editor.save') : t('findings.editor.saveDraft')}
            </Button>
            <Button variant="subtle" onClick={() => void navigate(finding ? `/findings/${finding.id}` : '/findings')}>
              {t('findings.editor.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
