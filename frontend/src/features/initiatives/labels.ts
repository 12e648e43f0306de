import type { TFunction } from 'i18next';
import { INITIATIVE_STATUSES, OUTCOMES, type KnownOutcome } from '../../api/types';

type KnownStatus = (typeof INITIATIVE_STATUSES)[number];

function isStatus(value: string): value is KnownStatus {
  return (INITIATIVE_STATUSES as readonly string[]).includes(value);
}

function isOutcome(value: string): value is KnownOutcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

/** The label of a lifecycle status; an unknown value (a newer service) is shown as it is. */
export function statusLabel(t: TFunction, status: string): string {
  return isStatus(status) ? t(`initiatives.status.${status}`) : status;
}

/** The label of a conclusion's outcome; an unknown value is shown as it is. */
export function outcomeLabel(t: TFunction, outcome: string): string {
  return isOutcome(outcome) ? t(`initiatives.outcome.${outcome}`) : outcome;
}

/** The button label of a step to `status`. */
export function transitionLabel(t: TFunction, status: string): string {
  return isStatus(status) ? t(`initiatives.transition.to.${status}`) : status;
}
