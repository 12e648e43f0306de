import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PracticeSearchFacets as Facets } from '../../api/types';
import { facetValueLabel, type FacetName } from './labels';

export type Selection = Record<FacetName, string[]>;

export const FACETS: FacetName[] = ['themes', 'targetGroups', 'towns', 'sdgTargets', 'outcomes', 'hasTransfers'];

/** Checkbox groups with counts, one per facet; a chosen value stays visible to be unchosen. */
export function PracticeSearchFacets({
  facets,
  selection,
  onChange,
  onClear,
  townName,
}: {
  facets: Facets | undefined;
  selection: Selection;
  onChange: (facet: FacetName, values: string[]) => void;
  onClear: () => void;
  townName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const chosen = FACETS.some((f) => selection[f].length > 0);
  return (
    <Stack gap="md" component="section" aria-labelledby="practice-facets-title" data-testid="practice-search-facets">
      <Text fw={700} id="practice-facets-title" component="h2" size="md">
        {t('practiceSearch.facets.title')}
      </Text>
      {facets === undefined ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : (
        FACETS.map((facet) => {
          const chosenHere = selection[facet];
          const counts = facets[facet];
          const shown = [
            ...counts,
            ...chosenHere.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 })),
          ];
          if (shown.length === 0) return null;
          return (
            <Checkbox.Group
              key={facet}
              label={t(`practiceSearch.facets.${facet}`)}
              value={chosenHere}
              onChange={(values) => onChange(facet, values)}
              data-testid={`practice-facet-${facet}`}
            >
              <Stack gap={4} mt={4}>
                {shown.map((c) => (
                  <Checkbox
                    key={c.value}
                    value={c.value}
                    label={`${facetValueLabel(t, facet, c.value, townName)} (${c.count})`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          );
        })
      )}
      {chosen && (
        <Button variant="subtle" size="xs" onClick={onClear}>
          {t('practiceSearch.facets.clear')}
        </Button>
      )}
    </Stack>
  );
}
