import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Anchor, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import type { Practice } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cityName, useCities } from '../../lib/cities';
import { formatDate } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { practiceTransfersQuery, registerTransfer, TRANSFER_TEXT_MAX, transferKeys } from './api';
import { TransferStatusBadge } from './TransferStatusBadge';

/**
 * On a published practice's page: where it travelled (every town that took it up, with the state
 * of its transfer) and, for a coordinator of another town, the registration of its interest.
 */
export function PracticeTransfers({ practice }: { practice: Practice }) {
  if (practice.status !== 'PUBLISHED') return null;
  return <TravelledList practice={practice} />;
}

function TravelledList({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const cities = useCities();
  const transfers = useQuery(practiceTransfersQuery(client, practice.id));
  const actions = allowedActions(transfers.data);

  return (
    <Card withBorder component="section" aria-labelledby="transfers-title" data-testid="practice-transfers">
      <Stack gap="md">
        <Title order={2} size="h3" id="transfers-title">
          {t('transfers.travelled.title')}
        </Title>
        {transfers.isPending && <Loading lines={2} label={t('transfers.travelled.loading')} />}
        {transfers.isError && (
          <ProblemAlert error={transfers.error} onRetry={() => void transfers.refetch()} testId="transfers-error" />
        )}
        {transfers.isSuccess &&
          (transfers.data.items.length === 0 ? (
            <EmptyState title={t('transfers.travelled.empty.title')} testId="transfers-empty">
              {t('transfers.travelled.empty.text')}
            </EmptyState>
          ) : (
            <List listStyleType="none" spacing="xs" data-testid="transfers-list">
              {transfers.data.items.map((item) => (
                <List.Item key={item.id} data-testid="transfer-item" data-city={item.city}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor component={Link} to={`/transfers/${item.id}`} fw={500}>
                      {cityName(cities.data, item.city)}
                    </Anchor>
                    <TransferStatusBadge status={item.status} />
                    <Text size="sm" c="dimmed">
                      {t('transfers.travelled.since', { date: formatDate(item.createdAt) })}
                      {item.answered && ` · ${t('transfers.travelled.answered')}`}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          ))}
        {actions.has('REGISTER_TRANSFER') && <RegisterInterest practiceId={practice.id} />}
      </Stack>
    </Card>
  );
}

function RegisterInterest({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  // one key per intended registration: a repeated click or a retry after a lost answer creates one
  const key = useRef(crypto.randomUUID());
  const noteField = useRef<HTMLTextAreaElement>(null);
  // opening the form puts the focus in its one field, so a keyboard user goes on typing
  useEffect(() => {
    if (open) noteField.current?.focus();
  }, [open]);

  const register = useMutation({
    mutationFn: () => registerTransfer(client, practiceId, note, key.current),
    onSuccess: async (transfer) => {
      key.current = crypto.randomUUID();
      notifySuccess(t('transfers.register.done'));
      queryClient.setQueryData(transferKeys.detail(transfer.id), transfer);
      await queryClient.invalidateQueries({ queryKey: transferKeys.all });
      void navigate(`/transfers/${transfer.id}`);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    register.mutate();
  }

  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)} data-testid="register-transfer">
          {t('transfers.register.action')}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('transfers.register.action')} data-testid="register-transfer-form">
      <Stack gap="sm">
        <Text size="sm">{t('transfers.register.intro')}</Text>
        {register.error && <ProblemAlert error={register.error} focusOnShow testId="register-transfer-error" />}
        <Textarea
          label={t('transfers.register.note')}
          description={t('transfers.register.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={TRANSFER_TEXT_MAX}
          autosize
          minRows={2}
          ref={noteField}
          data-testid="transfer-note"
        />
        <Group gap="sm">
          <Button type="submit" loading={register.isPending} data-testid="register-transfer-submit">
            {t('transfers.register.submit')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)} disabled={register.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
