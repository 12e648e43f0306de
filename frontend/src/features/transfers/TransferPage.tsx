import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { initiativesQuery } from '../../api/initiatives';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cityName, useCities } from '../../lib/cities';
import { formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import {
  answerTransfer,
  moveTransfer,
  TRANSFER_STEPS,
  TRANSFER_TEXT_MAX,
  transferKeys,
  transferQuery,
  type Transfer,
  type TransferStep,
} from './api';
import { TransferStatusBadge } from './TransferStatusBadge';

/**
 * One transfer: where it stands, the adopting town's words, the practice's town's answer, and the
 * next steps the service allows the caller (the adopting town moves it, the practice's town answers).
 */
export function TransferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const cities = useCities();
  const transfer = useQuery(transferQuery(client, id));

  if (transfer.isPending) return <Loading heading />;
  if (transfer.isError) return <ErrorState error={transfer.error} onRetry={() => void transfer.refetch()} />;
  const tr = transfer.data;
  const source = cityName(cities.data, tr.sourceCity);
  const adopting = cityName(cities.data, tr.city);
  const actions = allowedActions(tr);
  const reload = () => void transfer.refetch();

  return (
    <Stack gap="lg" component="article" data-testid="transfer-page">
      <PageHeader
        title={t('transfers.page.title', { practice: tr.practiceTitle, town: adopting })}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('practices.title'), to: '/practices' },
          { label: tr.practiceTitle, to: `/practices/${tr.practiceId}` },
        ]}
        lead={t('transfers.page.lead', { source, town: adopting })}
        aside={<TransferStatusBadge status={tr.status} />}
      />
      <Card withBorder component="section" aria-labelledby="transfer-facts-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="transfer-facts-title">
            {t('transfers.page.facts')}
          </Title>
          <Fact label={t('transfers.fields.registered')}>{formatDateTime(tr.createdAt)}</Fact>
          <Fact label={t('transfers.fields.updated')}>{formatDateTime(tr.updatedAt)}</Fact>
          {tr.note && <Fact label={t('transfers.fields.note')}>{tr.note}</Fact>}
          {tr.initiativeId && (
            <Fact label={t('transfers.fields.initiative')}>
              <Anchor component={Link} to={`/initiatives/${tr.initiativeId}`} data-testid="transfer-initiative-link">
                {t('transfers.fields.initiativeLink', { town: adopting })}
              </Anchor>
            </Fact>
          )}
          {tr.changes && (
            <Fact label={t('transfers.fields.changes')} testId="transfer-changes">
              {tr.changes}
            </Fact>
          )}
          {tr.abandonReason && (
            <Fact label={t('transfers.fields.abandonReason')} testId="transfer-abandon-reason">
              {tr.abandonReason}
            </Fact>
          )}
        </Stack>
      </Card>
      <NextSteps transfer={tr} onReload={reload} />
      <Card withBorder component="section" aria-labelledby="transfer-answer-title" data-testid="transfer-answer">
        <Stack gap="sm">
          <Title order={2} size="h3" id="transfer-answer-title">
            {t('transfers.answer.title', { town: source })}
          </Title>
          {tr.answer ? (
            <Fact label={t('transfers.answer.answeredAt', { date: formatDateTime(tr.answeredAt) })}>{tr.answer}</Fact>
          ) : (
            <Text size="sm" c="dimmed" data-testid="transfer-no-answer">
              {t('transfers.answer.none')}
            </Text>
          )}
          {actions.has('ANSWER_TRANSFER') && <AnswerForm transfer={tr} onReload={reload} />}
        </Stack>
      </Card>
    </Stack>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm" fw={600} component="h3">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** A required text of a transfer (what was changed, why, the answer), within the service's limit. */
function TransferText({
  onChange,
  focusFirst = false,
  testId,
  ...field
}: {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  focusFirst?: boolean;
  testId: string;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusFirst) ref.current?.focus();
  }, [focusFirst]);
  return (
    <Textarea
      {...field}
      ref={ref}
      onChange={(e) => onChange(e.currentTarget.value)}
      required
      maxLength={TRANSFER_TEXT_MAX}
      autosize
      minRows={3}
      data-testid={testId}
    />
  );
}

/** Applies a changed transfer everywhere it is shown. */
function useTransferChanged() {
  const queryClient = useQueryClient();
  return async (changed: Transfer) => {
    queryClient.setQueryData(transferKeys.detail(changed.id), changed);
    await queryClient.invalidateQueries({ queryKey: transferKeys.ofPractice(changed.practiceId) });
  };
}

function NextSteps({ transfer, onReload }: { transfer: Transfer; onReload: () => void }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const changed = useTransferChanged();
  const [step, setStep] = useState<TransferStep | null>(null);
  const [initiativeId, setInitiativeId] = useState('');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState<string | undefined>();

  const move = useMutation({
    mutationFn: (to: TransferStep) => moveTransfer(client, transfer.id, transfer.version, { to, initiativeId, text }),
    onSuccess: async (done, to) => {
      notifySuccess(t(`transfers.steps.done.${to}`));
      setStep(null);
      setText('');
      setInitiativeId('');
      await changed(done);
    },
  });

  const steps = TRANSFER_STEPS.filter((s) => transfer.allowedTransitions.includes(s));
  const mayMove = allowedActions(transfer).has('MOVE_TRANSFER');
  if (steps.length === 0) {
    return (
      <Alert color="gray" data-testid="transfer-closed">
        {t(`transfers.steps.closed.${transfer.status === 'ABANDONED' ? 'ABANDONED' : 'TRANSFERRED'}`)}
      </Alert>
    );
  }

  function choose(s: TransferStep) {
    move.reset();
    setMissing(undefined);
    setStep(s);
  }

  function confirm(e: FormEvent) {
    e.preventDefault();
    if (!step) return;
    const empty = step === 'ADAPTING' ? initiativeId === '' : text.trim() === '';
    if (empty) {
      setMissing(t(step === 'ADAPTING' ? 'transfers.steps.chooseInitiative' : 'transfers.steps.required'));
      return;
    }
    setMissing(undefined);
    move.mutate(step);
  }

  return (
    <Card withBorder component="section" aria-labelledby="transfer-steps-title" data-testid="transfer-steps">
      <Stack gap="sm">
        <Title order={2} size="h3" id="transfer-steps-title">
          {t('transfers.steps.title')}
        </Title>
        <Text size="sm">{t(`transfers.steps.hint.${transfer.status === 'ADAPTING' ? 'ADAPTING' : 'INTERESTED'}`)}</Text>
        {!mayMove && (
          <Text size="sm" c="dimmed" data-testid="transfer-steps-others">
            {t('transfers.steps.onlyAdopting')}
          </Text>
        )}
        {move.error && <ProblemAlert error={move.error} focusOnShow onReload={onReload} testId="transfer-step-error" />}
        {mayMove && step && (
          <form onSubmit={confirm} noValidate aria-label={t(`transfers.steps.action.${step}`)}>
            <Stack gap="sm">
              {step === 'ADAPTING' ? (
                <InitiativeSelect
                  city={transfer.city}
                  value={initiativeId}
                  onChange={setInitiativeId}
                  error={missing}
                />
              ) : (
                <TransferText
                  label={t(`transfers.steps.text.${step}`)}
                  description={t(`transfers.steps.textHint.${step}`)}
                  value={text}
                  onChange={setText}
                  error={missing}
                  focusFirst
                  testId="transfer-step-text"
                />
              )}
              <Group gap="sm">
                <Button
                  type="submit"
                  color={step === 'ABANDONED' ? 'red' : 'green'}
                  loading={move.isPending}
                  data-testid="transfer-step-submit"
                >
                  {t(`transfers.steps.action.${step}`)}
                </Button>
                <Button variant="default" onClick={() => setStep(null)} disabled={move.isPending}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {mayMove && !step && (
          <Group gap="sm">
            {steps.map((s) => (
              <Button
                key={s}
                variant={s === 'ABANDONED' ? 'light' : 'filled'}
                color={s === 'ABANDONED' ? 'red' : 'green'}
                onClick={() => choose(s)}
                data-testid={`transfer-step-${s}`}
              >
                {t(`transfers.steps.action.${s}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The adopting town's initiatives, to name the one that adapts the practice; takes the focus when shown. */
function InitiativeSelect({
  city,
  value,
  onChange,
  error,
}: {
  city: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const initiatives = useQuery(initiativesQuery(client, { city, sort: 'title,asc', size: 100 }));
  const ref = useRef<HTMLSelectElement>(null);
  const shown = initiatives.isSuccess && initiatives.data.items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);

  if (initiatives.isPending) return <Loading lines={1} label={t('transfers.steps.loadingInitiatives')} />;
  if (initiatives.isError) {
    return <ProblemAlert error={initiatives.error} onRetry={() => void initiatives.refetch()} />;
  }
  if (initiatives.data.items.length === 0) {
    return (
      <Text size="sm" data-testid="transfer-no-initiatives">
        {t('transfers.steps.noInitiatives')}
      </Text>
    );
  }
  return (
    <NativeSelect
      label={t('transfers.steps.initiative')}
      description={t('transfers.steps.initiativeHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('transfers.steps.initiativePlaceholder') },
        ...initiatives.data.items.map((i) => ({ value: i.id, label: i.title })),
      ]}
      error={error}
      required
      ref={ref}
      data-testid="transfer-initiative"
    />
  );
}

function AnswerForm({ transfer, onReload }: { transfer: Transfer; onReload: () => void }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const changed = useTransferChanged();
  const [text, setText] = useState(transfer.answer ?? '');
  const [missing, setMissing] = useState<string | undefined>();

  const answer = useMutation({
    mutationFn: () => answerTransfer(client, transfer.id, transfer.version, text),
    onSuccess: async (done) => {
      notifySuccess(t('transfers.answer.done'));
      await changed(done);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') {
      setMissing(t('transfers.steps.required'));
      return;
    }
    setMissing(undefined);
    answer.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('transfers.answer.formLabel')} data-testid="transfer-answer-form">
      <Stack gap="sm">
        {answer.error && (
          <ProblemAlert error={answer.error} focusOnShow onReload={onReload} testId="transfer-answer-error" />
        )}
        <TransferText
          label={t(transfer.answer ? 'transfers.answer.replace' : 'transfers.answer.text')}
          description={t('transfers.answer.hint')}
          value={text}
          onChange={setText}
          error={missing}
          testId="transfer-answer-text"
        />
        <Group>
          <Button type="submit" loading={answer.isPending} data-testid="transfer-answer-submit">
            {t('transfers.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
