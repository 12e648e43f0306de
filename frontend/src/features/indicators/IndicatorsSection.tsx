import { useRef, useState } from 'react';
import { Button, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { allowedActions } from '../../lib/permissions';
import { createIndicator, indicatorKeys, indicatorsQuery, type IndicatorBody } from './api';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorForm } from './IndicatorForm';

/**
 * An initiative's indicators, each with its progress, chart and table, and "Add an indicator"
 * when the service allows it (MANAGE_INDICATORS). For the initiative page:
 * `<IndicatorsSection initiativeId={initiative.id} />`.
 */
export function IndicatorsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const key = useRef(crypto.randomUUID());
  const list = useQuery(indicatorsQuery(api.initiative, initiativeId));
  const can = allowedActions(list.data);
  const create = useMutation({
    mutationFn: (body: IndicatorBody) => createIndicator(api.initiative, initiativeId, body, key.current),
    onSuccess: async () => {
      key.current = crypto.randomUUID();
      notifySuccess(t('indicators.created'));
      setCreating(false);
      await queryClient.invalidateQueries({ queryKey: indicatorKeys.all(initiativeId) });
    },
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="indicators-title" data-testid="indicators-section">
      <Title order={2} size="h3" id="indicators-title">
        {t('indicators.title')}
      </Title>
      {list.isPending ? (
        <Loading label={t('indicators.loading')} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          {list.data.items.length === 0 && (
            <EmptyState title={t('indicators.empty')} testId="indicators-empty">
              {can.has('MANAGE_INDICATORS') ? t('indicators.emptyHint') : undefined}
            </EmptyState>
          )}
          {list.data.items.map((indicator) => (
            <IndicatorCard key={indicator.id} indicator={indicator} />
          ))}
          {can.has('MANAGE_INDICATORS') &&
            (creating ? (
              <IndicatorForm
                pending={create.isPending}
                error={create.error}
                submitLabel={t('indicators.create')}
                onSubmit={(body) => create.mutate(body)}
                onCancel={() => setCreating(false)}
              />
            ) : (
              <Button variant="light" onClick={() => setCreating(true)} data-testid="indicator-add" w="fit-content">
                {t('indicators.create')}
              </Button>
            ))}
        </>
      )}
    </Stack>
  );
}
