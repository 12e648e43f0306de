import { Button, Checkbox, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeSort } from '../../api/initiatives';
import type { FacetCount, InitiativeFacets } from '../../api/types';
import { groupLabel, themeLabel } from './contentLabels';
import { statusLabel } from './labels';

export type FacetKey = 'status' | 'theme' | 'targetGroup' | 'sdg' | 'panelId';
export type Selection = Record<FacetKey, string[]>;

function Group({
  name,
  label,
  counts,
  value,
  onChange,
  labelOf,
}: {
  name: FacetKey;
  label: string;
  counts: FacetCount[];
  value: string[];
  onChange: (values: string[]) => void;
  labelOf: (c: FacetCount) => string;
}) {
  // values without matches stay visible while chosen, so they can be unchosen
  const shown = counts.filter((c) => c.count > 0 || value.includes(c.value));
  if (shown.length === 0) return null;
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} data-testid={`facet-${name}`}>
      <Stack gap={4} mt={4}>
        {shown.map((c) => (
          <Checkbox key={c.value} value={c.value} label={`${labelOf(c)} (${c.count})`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** Checkbox groups with counts per facet, and the list's order. */
export function FacetFilters({
  facets,
  selection,
  onChange,
  sort,
  onSort,
}: {
  facets: InitiativeFacets | undefined;
  selection: Selection;
  onChange: (key: FacetKey, values: string[]) => void;
  sort: InitiativeSort;
  onSort: (sort: InitiativeSort) => void;
}) {
  const { t } = useTranslation();
  const chosen = Object.values(selection).some((v) => v.length > 0);
  return (
    <Stack gap="md" component="section" aria-labelledby="facet-title" data-testid="initiative-filters">
      <Text fw={700} id="facet-title">
        {t('initiativeContent.filters.title')}
      </Text>
      <NativeSelect
        label={t('initiativeContent.sort.label')}
        value={sort}
        onChange={(e) => onSort(e.currentTarget.value as InitiativeSort)}
        data={[
          { value: 'updatedAt,desc', label: t('initiativeContent.sort.updatedDesc') },
          { value: 'createdAt,desc', label: t('initiativeContent.sort.createdDesc') },
          { value: 'title,asc', label: t('initiativeContent.sort.titleAsc') },
        ]}
        data-testid="initiative-sort"
      />
      {facets === undefined ? (
        <Text size="sm" c="dimmed">
          {t('initiativeContent.filters.loading')}
        </Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite" data-testid="facet-total">
            {t('initiativeContent.filters.results', { count: facets.totalItems })}
          </Text>
          <Group
            name="status"
            label={t('initiativeContent.filters.status')}
            counts={facets.statuses}
            value={selection.status}
            onChange={(v) => onChange('status', v)}
            labelOf={(c) => statusLabel(t, c.value)}
          />
          <Group
            name="theme"
            label={t('initiativeContent.sections.themes')}
            counts={facets.themes}
            value={selection.theme}
            onChange={(v) => onChange('theme', v)}
            labelOf={(c) => themeLabel(t, c.value)}
          />
          <Group
            name="targetGroup"
            label={t('initiativeContent.sections.targetGroups')}
            counts={facets.targetGroups}
            value={selection.targetGroup}
            onChange={(v) => onChange('targetGroup', v)}
            labelOf={(c) => groupLabel(t, c.value)}
          />
          <Group
            name="sdg"
            label={t('initiativeContent.sections.sdgTargets')}
            counts={facets.sdgTargets}
            value={selection.sdg}
            onChange={(v) => onChange('sdg', v)}
            labelOf={(c) => c.value}
          />
          <Group
            name="panelId"
            label={t('initiativeContent.filters.panel')}
            counts={facets.panels}
            value={selection.panelId}
            onChange={(v) => onChange('panelId', v)}
            labelOf={(c) => c.label ?? c.value}
          />
        </>
      )}
      {chosen && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => (Object.keys(selection) as FacetKey[]).forEach((k) => onChange(k, []))}
        >
          {t('initiativeContent.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}
