import { useState } from 'react';
import { Button, Card, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { diffWords } from 'diff';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { PRACTICE_TEXT_FIELDS, type Practice, type PracticeRevision } from '../../api/types';
import { revisionsQuery } from '../../api/validation';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';

/**
 * A published practice's revisions, oldest first, each opening the word-level changes from the
 * one before it: removed words struck through, added words underlined (not by colour alone).
 */
export function RevisionHistory({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  // under practiceKeys.all: every change of the practice invalidates its revisions too
  const revisions = useQuery(revisionsQuery(client, practice.id));
  const [open, setOpen] = useState<number | null>(null);

  if (practice.status !== 'PUBLISHED' && !practice.validationHistory?.length) return null;
  return (
    <Card withBorder component="section" aria-labelledby="revisions-title" data-testid="revision-history">
      <Stack gap="sm">
        <Title order={2} size="h3" id="revisions-title">
          {t('practiceValidation.revisions.title')}
        </Title>
        {revisions.isPending && <Loading />}
        {revisions.isError && <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />}
        {revisions.isSuccess && revisions.data.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="revisions-empty">
            {t('practiceValidation.revisions.empty')}
          </Text>
        )}
        {revisions.isSuccess && revisions.data.length > 0 && (
          <List size="sm" listStyleType="none" spacing="xs">
            {revisions.data.map((revision, index) => {
              const before = index > 0 ? revisions.data[index - 1] : undefined;
              const shown = open === revision.number;
              return (
                <List.Item key={revision.number} data-testid={`revision-${revision.number}`}>
                  <Text size="sm">
                    {t('practiceValidation.revisions.entry', {
                      number: revision.number,
                      kind: t(`practiceValidation.revisions.kind.${revision.kind}`),
                      by: revision.by,
                      date: formatDateTime(revision.at),
                    })}
                  </Text>
                  {before && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-expanded={shown}
                      aria-controls={`revision-diff-${revision.number}`}
                      onClick={() => setOpen(shown ? null : revision.number)}
                      data-testid={`show-diff-${revision.number}`}
                    >
                      {t(shown ? 'practiceValidation.revisions.hide' : 'practiceValidation.revisions.show')}
                    </Button>
                  )}
                  {before && shown && (
                    <RevisionDiff id={`revision-diff-${revision.number}`} from={before} to={revision} />
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
      </Stack>
    </Card>
  );
}

const ADDED = { backgroundColor: 'var(--mantine-color-green-1)', textDecoration: 'underline' } as const;
const REMOVED = { backgroundColor: 'var(--mantine-color-red-1)', textDecoration: 'line-through' } as const;

function RevisionDiff({ id, from, to }: { id: string; from: PracticeRevision; to: PracticeRevision }) {
  const { t } = useTranslation();
  const changed = PRACTICE_TEXT_FIELDS.filter((field) => (from[field] ?? '') !== (to[field] ?? ''));
  return (
    <Stack gap="xs" id={id} data-testid="revision-diff" mt="xs">
      <Text size="sm" fw={500}>
        {t('practiceValidation.revisions.compare', { from: from.number, to: to.number })}
      </Text>
      {changed.length === 0 && <Text size="sm">{t('practiceValidation.revisions.noChanges')}</Text>}
      {changed.map((field) => (
        <div key={field} data-testid={`diff-${field}`}>
          <Text size="sm" fw={500}>
            {t(`practices.fields.${field}`)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {diffWords(from[field] ?? '', to[field] ?? '').map((part, i) =>
              part.added ? (
                <ins key={i} style={ADDED}>
                  <VisuallyHidden>{t('practiceValidation.revisions.added')}</VisuallyHidden>
                  {part.value}
                </ins>
              ) : part.removed ? (
                <del key={i} style={REMOVED}>
                  <VisuallyHidden>{t('practiceValidation.revisions.removed')}</VisuallyHidden>
                  {part.value}
                </del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
