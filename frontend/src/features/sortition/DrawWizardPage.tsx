import { useState } from 'react';
import { Button, Group, Stack, Stepper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelQuery } from '../../api/panels';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { cityName, useCities } from '../../lib/cities';
import { townCrumbs } from '../../lib/crumbs';
import { useSession } from '../../lib/session';
import { drawQuery, drawsQuery, poolQuery } from './api';
import { ConfirmStep, DrawStep, ReviewStep } from './DrawSteps';
import { PoolStep } from './PoolStep';
import { QuotasStep } from './QuotasStep';

/**
 * The sortition wizard of one panel: pool → quotas → draw → review probabilities → confirm. The
 * latest draw is picked up again on a reload, so a coordinator can leave while it runs.
 */
export function DrawWizardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const { user } = useSession();
  const cities = useCities();
  const panel = useQuery(panelQuery(client, id));
  const pool = useQuery(poolQuery(client, id));
  const draws = useQuery(drawsQuery(client, id));
  const [drawId, setDrawId] = useState<string>();
  const latest = drawId ?? draws.data?.items[0]?.id;
  const draw = useQuery({ ...drawQuery(client, id, latest ?? ''), enabled: latest !== undefined });
  const [step, setStep] = useState(0);
  const status = draw.data?.status;
  // When the draw being watched finishes, move on to its review (adjusting state while rendering,
  // as React recommends over an effect).
  const [seenStatus, setSeenStatus] = useState(status);
  if (status !== seenStatus) {
    setSeenStatus(status);
    if (step === 2 && (status === 'DONE' || status === 'CONFIRMED')) setStep(3);
  }

  const city = panel.data?.city ?? '';
  const title = t('sortition.title', { panel: panel.data?.name ?? '' });
  if (pool.isPending || panel.isPending) return <Loading heading />;
  if (pool.isError || panel.isError) {
    return <ErrorState error={pool.error ?? panel.error} onRetry={() => void pool.refetch()} />;
  }
  const reviewable = status === 'DONE' || status === 'CONFIRMED';
  const maxStep = reviewable ? 4 : 2;
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        crumbs={city ? townCrumbs(t, cities.data, city, user?.isAdmin ?? false) : []}
        lead={t('sortition.lead', { town: cityName(cities.data, city) })}
      />
      <Stepper active={step} onStepClick={(s) => s <= maxStep && setStep(s)} orientation="horizontal" size="sm" wrap>
        <Stepper.Step label={t('sortition.steps.pool')} data-testid="step-pool">
          <PoolStep panelId={id} pool={pool.data} />
        </Stepper.Step>
        <Stepper.Step label={t('sortition.steps.quotas')} data-testid="step-quotas">
          <QuotasStep key={pool.data.version} panelId={id} pool={pool.data} />
        </Stepper.Step>
        <Stepper.Step label={t('sortition.steps.draw')} data-testid="step-draw">
          <DrawStep panelId={id} pool={pool.data} draw={draw.data} onStarted={setDrawId} />
        </Stepper.Step>
        <Stepper.Step label={t('sortition.steps.review')} data-testid="step-review" allowStepSelect={reviewable}>
          {draw.data && reviewable && <ReviewStep draw={draw.data} pool={pool.data} />}
        </Stepper.Step>
        <Stepper.Step label={t('sortition.steps.confirm')} data-testid="step-confirm" allowStepSelect={reviewable}>
          {draw.data && reviewable && <ConfirmStep panelId={id} draw={draw.data} />}
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => setStep((s) => s - 1)} disabled={step === 0} data-testid="wizard-back">
          {t('sortition.back')}
        </Button>
        <Button onClick={() => setStep((s) => s + 1)} disabled={step >= maxStep} data-testid="wizard-next">
          {t('sortition.next')}
        </Button>
      </Group>
    </Stack>
  );
}
