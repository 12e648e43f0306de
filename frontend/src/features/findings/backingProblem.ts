import type { TFunction } from 'i18next';
import { isApiError } from '../../api/problem';
import { INSUFFICIENT_EVIDENCE, UNBACKED_RECOMMENDATION } from './limits';

function count(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/**
 * What the reader is told when the service refuses a finding's evidence (422 insufficient-evidence)
 * or a recommendation's backing (422 unbacked-recommendation), built from the problem's members
 * in the reader's language rather than from the service's English detail (towns by `townName`);
 * nothing for any other error.
 */
export function backingMessage(
  t: TFunction,
  error: unknown,
  townName: (code: string) => string = (code) => code,
): string | undefined {
  if (!isApiError(error)) return undefined;
  const x = error.extensions;
  if (error.type === INSUFFICIENT_EVIDENCE) {
    const towns = Array.isArray(x.towns) ? x.towns.filter((c): c is string => typeof c === 'string') : [];
    const required = typeof x.requiredTowns === 'number' ? x.requiredTowns : 2;
    const parts: string[] = [];
    if (towns.length < required) {
      parts.push(
        towns.length === 0
          ? t('findings.evidence.problem.noTown', { required })
          : t('findings.evidence.problem.towns', { required, towns: towns.map(townName).join(', ') }),
      );
    }
    if (count(x.unpublishedCitations) > 0) {
      parts.push(t('findings.evidence.problem.unpublished', { n: count(x.unpublishedCitations) }));
    }
    if (count(x.unknownCitations) > 0) {
      parts.push(t('findings.evidence.problem.unknown', { n: count(x.unknownCitations) }));
    }
    return parts.length > 0 ? parts.join(' ') : t('findings.evidence.refused');
  }
  if (error.type === UNBACKED_RECOMMENDATION) return t('findings.recommendation.unbacked');
  return undefined;
}
