import type { TFunction } from 'i18next';
import { OUTCOMES, type KnownOutcome } from '../../api/types';
import { sdgTargetLabel, targetGroupLabel, themeLabel } from '../../lib/vocabulary';

export type FacetName = 'themes' | 'targetGroups' | 'towns' | 'sdgTargets' | 'outcomes' | 'hasTransfers';

/**
 * The label of one facet value, from the labels the practice page uses for the same codes
 * (src/lib/vocabulary.ts); a code this app does not know yet (a newer service) is shown as it is.
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
      return themeLabel(t, value);
    case 'targetGroups':
      return targetGroupLabel(t, value);
    case 'outcomes':
      return is(OUTCOMES) ? t(`initiatives.outcome.${value as KnownOutcome}`) : value;
    case 'towns':
      return townName(value);
    case 'sdgTargets':
      return sdgTargetLabel(t, value);
    case 'hasTransfers':
      return value === 'true' ? t('practiceSearch.facets.withTransfers') : t('practiceSearch.facets.withoutTransfers');
  }
}
