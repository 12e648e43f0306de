import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session, SessionBody } from '../../api/sessions';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';

interface DecisionRow {
  text: string;
  initiativeId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WEB_LINK = /^https?:\/\/[^\s/?#@]+([/?#]\S*)?$/i;

/** `datetime-local` wants local time without zone; the API takes and gives UTC instants. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Date, place or online link, agenda, decisions and minutes of a session: the one form for
 * planning and changing, checked here first with the same rules as the service.
 */
export function SessionForm({
  session,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  session?: Session;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: SessionBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [startsAt, setStartsAt] = useState(toLocalInput(session?.startsAt));
  const [place, setPlace] = useState(session?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(session?.onlineUrl ?? '');
  const [agenda, setAgenda] = useState((session?.agenda ?? []).join('\n'));
  const [minutes, setMinutes] = useState(session?.minutes ?? '');
  const [decisions, setDecisions] = useState<DecisionRow[]>(
    (session?.decisions ?? []).map((d) => ({ text: d.text, initiativeId: d.initiativeId ?? '' })),
  );
  const [local, setLocal] = useState<Record<string, string>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    const when = startsAt ? new Date(startsAt) : null;
    if (!when || Number.isNaN(when.getTime())) checks.startsAt = t('validation.required');
    if (place.trim() === '' && onlineUrl.trim() === '') checks.place = t('sessions.form.placeOrLink');
    if (onlineUrl.trim() !== '' && !WEB_LINK.test(onlineUrl.trim())) checks.onlineUrl = t('sessions.form.badLink');
    decisions.forEach((d, i) => {
      if (d.text.trim() === '') checks[`decisions[${i}].text`] = t('validation.required');
      if (d.initiativeId.trim() !== '' && !UUID.test(d.initiativeId.trim()))
        checks[`decisions[${i}].initiativeId`] = t('sessions.form.badInitiative');
    });
    setLocal(checks);
    if (Object.keys(checks).length > 0 || !when) return;
    onSubmit({
      startsAt: when.toISOString(),
      place: place.trim() === '' ? null : place.trim(),
      onlineUrl: onlineUrl.trim() === '' ? null : onlineUrl.trim(),
      agenda: agenda
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      decisions: decisions.map((d) => ({
        text: d.text.trim(),
        initiativeId: d.initiativeId.trim() === '' ? null : d.initiativeId.trim(),
      })),
      minutes: minutes.trim() === '' ? null : minutes.trim(),
    });
  }

  function updateDecision(index: number, change: Partial<DecisionRow>) {
    setDecisions((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel} data-testid="session-form">
      <Stack gap="sm">
        {error !== undefined && error !== null && <ProblemAlert error={error} showViolations={false} focusOnShow />}
        <TextInput
          type="datetime-local"
          label={t('sessions.fields.startsAt')}
          value={startsAt}
          onChange={(e) => setStartsAt(e.currentTarget.value)}
          error={fieldError('startsAt', error, local)}
          required
          data-testid="session-starts-at"
        />
        <TextInput
          label={t('sessions.fields.place')}
          description={t('sessions.form.placeOrLink')}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          error={fieldError('place', error, local)}
          maxLength={300}
          data-testid="session-place"
        />
        <TextInput
          type="url"
          label={t('sessions.fields.onlineUrl')}
          value={onlineUrl}
          onChange={(e) => setOnlineUrl(e.currentTarget.value)}
          error={fieldError('onlineUrl', error, local)}
          maxLength={2000}
          data-testid="session-online-url"
        />
        <Textarea
          label={t('sessions.fields.agenda')}
          description={t('sessions.form.onePerLine')}
          value={agenda}
          onChange={(e) => setAgenda(e.currentTarget.value)}
          autosize
          minRows={3}
          data-testid="session-agenda"
        />
        <Stack gap="xs" role="group" aria-labelledby="decisions-label">
          <Text fw={500} size="sm" id="decisions-label">
            {t('sessions.fields.decisions')}
          </Text>
          {decisions.map((d, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                style={{ flex: '2 1 14rem' }}
                label={t('sessions.form.decision', { n: i + 1 })}
                value={d.text}
                onChange={(e) => updateDecision(i, { text: e.currentTarget.value })}
                error={fieldError(`decisions[${i}].text`, error, local)}
                maxLength={2000}
                required
                data-testid={`decision-text-${i}`}
              />
              <TextInput
                style={{ flex: '1 1 12rem' }}
                label={t('sessions.fields.initiativeId')}
                value={d.initiativeId}
                onChange={(e) => updateDecision(i, { initiativeId: e.currentTarget.value })}
                error={fieldError(`decisions[${i}].initiativeId`, error, local)}
                data-testid={`decision-initiative-${i}`}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('sessions.form.removeDecision', { n: i + 1 })}
                onClick={() => setDecisions((rows) => rows.filter((_, j) => j !== i))}
              >
                <span aria-hidden="true">{'×'}</span>
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => setDecisions((rows) => [...rows, { text: '', initiativeId: '' }])}
              data-testid="add-decision"
            >
              {t('sessions.form.addDecision')}
            </Button>
          </Group>
        </Stack>
        {session && (
          <Textarea
            label={t('sessions.fields.minutes')}
            value={minutes}
            onChange={(e) => setMinutes(e.currentTarget.value)}
            autosize
            minRows={4}
            maxLength={20000}
            data-testid="session-minutes"
          />
        )}
        <Group gap="xs">
          <Button type="submit" loading={pending} data-testid="session-submit">
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
