import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CitationKind, CitedEvidence } from '../../api/types';
import { cityName, useCities } from '../../lib/cities';

/** Where a citation can be read in the web app; review results and indicator outcomes sit on their initiative. */
function citationLink(kind: CitationKind, id: string): string | undefined {
  if (kind === 'PRACTICE') return `/practices/${id}`;
  if (kind === 'TRANSFER') return `/transfers/${id}`;
  return undefined;
}

/** A finding's citations as they stand now: the kind, the town it comes from and whether it is published. */
export function EvidenceList({ evidence }: { evidence: readonly CitedEvidence[] }) {
  const { t } = useTranslation();
  const cities = useCities();
  if (evidence.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="evidence-empty">
        {t('findings.evidence.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {evidence.map((e) => {
        const to = citationLink(e.kind, e.id);
        const label = t(`findings.evidence.kinds.${e.kind}`);
        return (
          <Group
            key={`${e.kind}-${e.id}`}
            component="li"
            gap="xs"
            data-testid={`evidence-${e.id}`}
            data-state={e.state}
          >
            {to ? (
              <Anchor component={Link} to={to} size="sm">
                {label}
              </Anchor>
            ) : (
              <Text size="sm">{label}</Text>
            )}
            <Text size="sm" c="dimmed">
              {e.town ? cityName(cities.data, e.town) : t('findings.evidence.unknownTown')}
            </Text>
            {e.state !== 'PUBLISHED' && (
              <Badge size="sm" variant="light" color={e.state === 'UNKNOWN' ? 'red' : 'yellow'} tt="none">
                {t(`findings.evidence.states.${e.state}`)}
              </Badge>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
