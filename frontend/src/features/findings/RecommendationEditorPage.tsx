import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, MultiSelect, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import {
  draftFindingsQuery,
  draftRecommendation,
  findingKeys,
  publishedFindingsQuery,
  recommendationQuery,
  reviseRecommendation,
} from '../../api/findings';
import { AUDIENCES, type Audience, type Recommendation, type RecommendationBody } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notifySuccess } from '../../components/notify';
import { LANGUAGE_CODES } from '../../i18n/languages';
import { fieldError } from '../../lib/fieldErrors';
import { endonym } from '../../lib/languageNames';
import { useSession } from '../../lib/session';
import { backingMessage } from './backingProblem';
import { LIMITS } from './limits';

interface Values {
  title: string;
  summary: string;
  language: string;
  audience: Audience;
  actions: string;
  findingIds: string[];
}

/** One action per line; blank lines are no action. */
const actionsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function valuesOf(r: Recommendation): Values {
  return {
    title: r.title,
    summary: r.summary ?? '',
    language: r.language,
    audience: r.audience,
    actions: r.actions.join('\n'),
    findingIds: [...r.findingIds],
  };
}

function bodyOf(v: Values): RecommendationBody {
  return {
    title: v.title.trim(),
    summary: v.summary.trim() === '' ? null : v.summary,
    language: v.language,
    audience: v.audience,
    actions: actionsOf(v.actions),
    findingIds: v.findingIds,
  };
}

/** `/recommendations/new` drafts (or proposes) a recommendation; `/recommendations/:id/edit` rewrites one. */
export function RecommendationEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const recommendation = useQuery({ ...recommendationQuery(client, id ?? ''), enabled: id !== undefined });
  if (id === undefined) return <RecommendationForm />;
  if (recommendation.isPending) return <Loading heading />;
  if (recommendation.isError) {
    return <ErrorState error={recommendation.error} onRetry={() => void recommendation.refetch()} />;
  }
  if (!recommendation.data.allowedActions.some((a) => a === 'EDIT_RECOMMENDATION' || a === 'REVISE_RECOMMENDATION')) {
    return <EmptyState title={t('findings.editor.notAllowed')} testId="recommendation-not-editable" />;
  }
  return <RecommendationForm recommendation={recommendation.data} key={recommendation.data.version} />;
}

/**
 * A recommendation's title, summary, language, audience, actions and the findings behind it (the
 * published ones and the drafts the caller may see). Sent like a finding: Idempotency-Key when new,
 * If-Match when rewritten; an unbacked published recommendation is refused on its findings.
 */
function RecommendationForm({ recommendation }: { recommendation?: Recommendation }) {
  const { t, i18n } = useTranslation();
  const { practice: client } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const key = useRef(crypto.randomUUID());
  const published = useQuery(publishedFindingsQuery(client));
  const { user } = useSession();
  const drafts = useQuery(draftFindingsQuery(client, user?.isAdmin ? null : (user?.city ?? null)));
  const [values, setValues] = useState<Values>(
    recommendation
      ? valuesOf(recommendation)
      : {
          title: '',
          summary: '',
          language: i18n.resolvedLanguage ?? 'en',
          audience: 'LOCAL_AUTHORITIES',
          actions: '',
          findingIds: [],
        },
  );
  const [checked, setChecked] = useState(false);
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((v) => ({ ...v, [name]: value }));

  const save = useMutation({
    mutationFn: () =>
      recommendation
        ? reviseRecommendation(client, recommendation.id, recommendation.version, bodyOf(values))
        : draftRecommendation(client, bodyOf(values), key.current),
    onSuccess: async (saved) => {
      notifySuccess(t(recommendation ? 'findings.done.saved' : 'findings.done.drafted'));
      await queryClient.invalidateQueries({ queryKey: findingKeys.all });
      void navigate(`/recommendations/${saved.id}`);
    },
  });

  const actions = actionsOf(values.actions);
  const local: Partial<Record<string, string>> = {};
  if (checked && values.title.trim() === '') local.title = t('findings.editor.required');
  if (values.title.length > LIMITS.title) local.title = t('findings.editor.tooLong', { max: LIMITS.title });
  if (values.summary.length > LIMITS.text) local.summary = t('findings.editor.tooLong', { max: LIMITS.text });
  if (checked && actions.length === 0) local.actions = t('findings.editor.actionRequired');
  if (actions.length > LIMITS.actions) local.actions = t('findings.editor.tooMany', { max: LIMITS.actions });
  else if (actions.some((a) => a.length > LIMITS.action))
    local.actions = t('findings.editor.tooLong', { max: LIMITS.action });
  if (checked && values.findingIds.length === 0) local.findingIds = t('findings.editor.findingRequired');

  const options = [
    ...(published.data?.items ?? []),
    ...(drafts.data?.items ?? []).filter((d) => !published.data?.items.some((p) => p.id === d.id)),
  ].map((f) => ({
    value: f.id,
    label: f.status === 'DRAFT' ? t('findings.editor.draftOption', { statement: f.statement }) : f.statement,
  }));

  function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    const blocking =
      values.title.trim() === '' ||
      values.title.length > LIMITS.title ||
      values.summary.length > LIMITS.text ||
      actions.length === 0 ||
      actions.length > LIMITS.actions ||
      actions.some((a) => a.length > LIMITS.action) ||
      values.findingIds.length === 0;
    if (!blocking) save.mutate();
  }

  const backingError = backingMessage(t, save.error) ?? fieldError('findingIds', save.error, local);
  const title = recommendation ? t('findings.editor.editRecommendation') : t('findings.editor.newRecommendation');

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('findings.title'), to: '/findings' },
        ]}
      />
      <form onSubmit={submit} noValidate aria-label={title} data-testid="recommendation-form">
        <Stack gap="md">
          <TextInput
            label={t('findings.editor.title')}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError('title', save.error, local)}
            required
            data-testid="recommendation-title-input"
          />
          <Textarea
            label={t('findings.editor.summary')}
            value={values.summary}
            onChange={(e) => set('summary', e.currentTarget.value)}
            error={fieldError('summary', save.error, local)}
            autosize
            minRows={3}
            data-testid="recommendation-summary-input"
          />
          <Group gap="md" align="flex-start">
            <NativeSelect
              label={t('findings.editor.audience')}
              value={values.audience}
              onChange={(e) => set('audience', e.currentTarget.value as Audience)}
              data={AUDIENCES.map((a) => ({ value: a, label: t(`findings.audiences.${a}`) }))}
              data-testid="recommendation-audience"
            />
            <NativeSelect
              label={t('findings.editor.language')}
              value={values.language}
              onChange={(e) => set('language', e.currentTarget.value)}
              data={LANGUAGE_CODES.map((code) => ({ value: code, label: endonym(code) }))}
              data-testid="recommendation-language"
            />
          </Group>
          <Textarea
            label={t('findings.editor.actions')}
            description={t('findings.editor.actionsHint')}
            value={values.actions}
            onChange={(e) => set('actions', e.currentTarget.value)}
            error={fieldError('actions', save.error, local)}
            required
            autosize
            minRows={3}
            data-testid="recommendation-actions-input"
          />
          {published.isError ? (
            <ErrorState error={published.error} onRetry={() => void published.refetch()} />
          ) : (
            <MultiSelect
              label={t('findings.editor.findings')}
              description={t('findings.editor.findingsHint')}
              data={options}
              value={values.findingIds}
              onChange={(v) => set('findingIds', v)}
              error={backingError}
              searchable
              required
              maxValues={LIMITS.findings}
              nothingFoundMessage={t('findings.empty')}
              data-testid="recommendation-findings"
            />
          )}
          {save.isError && !backingError && <ProblemAlert error={save.error} showViolations={false} />}
          <Group gap="xs">
            <Button type="submit" loading={save.isPending} data-testid="save-recommendation">
              {recommendation ? t('findings.editor.save') : t('findings.editor.saveDraft')}
            </Button>
            <Button
              variant="subtle"
              onClick={() => void navigate(recommendation ? `/recommendations/${recommendation.id}` : '/findings')}
            >
              {t('findings.editor.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
