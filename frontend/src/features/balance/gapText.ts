import type { TFunction } from 'i18next';
import type { BalanceChange, BalanceGap } from '../../api/types';
import { formatNumber } from '../../lib/format';
import { formatPercent } from '../../lib/percent';

/** A gap in words, in the reader's language, from its kind and figures. */
export function gapText(t: TFunction, gap: BalanceGap): string {
  const pillar = gap.pillar ? t(`balance.pillars.${gap.pillar}`) : '';
  const group = gap.group ? t(`balance.groups.${gap.group}`) : '';
  switch (gap.kind) {
    case 'PANEL_TOO_SMALL':
      return t('balance.gaps.PANEL_TOO_SMALL', {
        seats: formatNumber(gap.seats),
        limit: formatNumber(gap.limit),
      });
    case 'PILLAR_BELOW_MINIMUM':
    case 'PILLAR_ABOVE_MAXIMUM':
      return t(`balance.gaps.${gap.kind}`, {
        pillar,
        share: formatPercent(gap.sharePercent ?? 0),
        limit: formatPercent(gap.limit),
      });
    case 'GROUP_WITHOUT_VOICE':
      return t('balance.gaps.GROUP_WITHOUT_VOICE', { group });
    case 'GROUP_BELOW_BASELINE':
    case 'GROUP_ABOVE_BASELINE':
      // The public gets no share for a group of fewer than 5 members: it could point at people.
      return gap.sharePercent === null
        ? t(`balance.gaps.${gap.kind}_withheld`, { group, limit: formatPercent(gap.limit) })
        : t(`balance.gaps.${gap.kind}`, {
            group,
            share: formatPercent(gap.sharePercent),
            limit: formatPercent(gap.limit),
          });
  }
}

/** One smallest change that would close a gap, in words; a `null` count is withheld from the caller. */
export function changeText(t: TFunction, change: BalanceChange): string {
  const what = t(`balance.changes.${change.kind}`, {
    pillar: change.pillar ? t(`balance.pillars.${change.pillar}`) : '',
    group: change.group ? t(`balance.groups.${change.group}`) : '',
  });
  if (change.count === null) return t('balance.changes.withheld', { change: what });
  const fewer = change.kind.startsWith('REMOVE_');
  return t(fewer ? 'balance.changes.fewer' : 'balance.changes.more', {
    change: what,
    seats: formatNumber(change.count),
  });
}
