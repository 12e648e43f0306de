import type { TFunction } from 'i18next';
import { OUTCOMES, TARGET_GROUPS, THEMES, type KnownOutcome, type TargetGroup, type Theme } from '../../api/types';

export type FacetName = 'themes' | 'targetGroups' | 'towns' | 'sdgTargets' | 'outcomes' | 'hasTransfers';

/**
 * The label of one facet value, from the texts the initiative pages use for the same codes; a code
 * this app does not know yet (a newer service) is shown as it is.
 */
export function facetValueLabel(
  t: TFunction,
  facet: FacetName,
  value: string,
  townName: (code: string) => string,
): string {
  const is = (known: readonly string[]) => known.includes(value);
  switch (facet) {
    case 'themes':
      return is(THEMES) ? t(`initiativeContent.theme.${value as Theme}`) : value;
    case 'targetGroups':
      return is(TARGET_GROUPS) ? t(`initiativeContent.group.${value as TargetGroup}`) : value;
    case 'outcomes':
      return is(OUTCOMES) ? t(`initiatives.outcome.${value as KnownOutcome}`) : value;
    case 'towns':
      return townName(value);
    case 'sdgTargets':
      return t('initiativeContent.sdg', { target: value });
    case 'hasTransfers':
      return value === 'true' ? t('practiceSearch.facets.withTransfers') : t('practiceSearch.facets.withoutTransfers');
  }
}
