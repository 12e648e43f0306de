import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PublicSeats } from '../../api/types';
import type { TownFigures } from './portalData';

/** A seat count as published: the number, or "fewer than 5" when withheld. */
export function seatsLabel(t: TFunction, seats: PublicSeats): string {
  return seats.count === null ? t('portal.fewerThanFive') : String(seats.count);
}

/** The town's balance in words: score and state, or that it has no ACTIVE panel. */
export function balanceLabel(t: TFunction, town: TownFigures): string {
  if (!town.panel) return t('portal.town.noPanel');
  return town.panel.state === 'BALANCED'
    ? t('portal.town.balanced', { score: town.panel.score })
    : t('portal.town.gaps', { score: town.panel.score, gaps: town.panel.gaps });
}

function countLabel(t: TFunction, n: number | null | undefined): string {
  return n === null || n === undefined ? t('portal.notLoaded') : String(n);
}

/** One sentence for a town's marker: its name and every figure, so a screen reader hears it all. */
export function townSummary(t: TFunction, town: TownFigures): string {
  return t('portal.town.summary', {
    town: town.name,
    balance: balanceLabel(t, town),
    initiatives: countLabel(t, town.initiatives?.active),
    practices: countLabel(t, town.practices),
  });
}

/** A town's figures as a description list: the popover's content. */
export function TownFacts({ town }: { town: TownFigures }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('portal.town.balance'), balanceLabel(t, town)],
    ...(town.panel ? [[t('portal.town.seats'), seatsLabel(t, town.panel.seats)] as [string, string]] : []),
    [t('portal.town.activeInitiatives'), countLabel(t, town.initiatives?.active)],
    [t('portal.town.practices'), countLabel(t, town.practices)],
  ];
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto auto', gap: '2px 12px' }}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" c="dimmed">
            {term}
          </Text>
          <Text component="dd" size="sm" m={0} fw={500}>
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
