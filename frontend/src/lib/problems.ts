import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from '../api/problem';

/** The kinds of problem the UI words itself; each has `errors.<kind>.title` and `.text`. */
export type ProblemKind =
  | 'network'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'stale'
  | 'conflict'
  | 'duplicateName'
  | 'validation'
  | 'illegalTransition'
  | 'checklistFailed'
  | 'underValidation'
  | 'unknownPanel'
  | 'unknownCity'
  | 'consentRequired'
  | 'preconditionRequired'
  | 'unavailable'
  | 'server'
  | 'unexpected';

/** The services' problem `type` URIs (service-kit ProblemType and the services' own). */
const BY_TYPE: Record<string, ProblemKind> = {
  'urn:cohesion:problem:network': 'network',
  'urn:cohesion:problem:unauthenticated': 'unauthenticated',
  'urn:cohesion:problem:forbidden': 'forbidden',
  'urn:cohesion:problem:not-found': 'notFound',
  'urn:cohesion:problem:stale-version': 'stale',
  // A concurrent request took a unique value first: like a stale version, reload and retry.
  'urn:cohesion:problem:concurrent-conflict': 'stale',
  'urn:cohesion:problem:duplicate-name': 'duplicateName',
  'urn:cohesion:problem:validation': 'validation',
  'urn:cohesion:problem:malformed-body': 'validation',
  'urn:cohesion:problem:illegal-transition': 'illegalTransition',
  'urn:cohesion:problem:checklist-failed': 'checklistFailed',
  'urn:cohesion:problem:under-validation': 'underValidation',
  'urn:cohesion:problem:unknown-panel': 'unknownPanel',
  'urn:cohesion:problem:unknown-city': 'unknownCity',
  'urn:cohesion:problem:consent-required': 'consentRequired',
  'urn:cohesion:problem:precondition-required': 'preconditionRequired',
  'urn:cohesion:problem:internal': 'server',
};

/** An unknown type is judged by its HTTP status (RFC 9457: `type` first, status as the fallback). */
function byStatus(status: number): ProblemKind {
  if (status === 400) return 'validation';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 412) return 'stale';
  if (status === 428) return 'preconditionRequired';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server';
  return 'unexpected';
}

export function problemKind(error: unknown): ProblemKind {
  if (!isApiError(error)) return 'unexpected';
  return BY_TYPE[error.type] ?? byStatus(error.status);
}

/** Someone else changed the resource since it was read (412, or the kit's stale-version type). */
export function isStale(error: unknown): error is ApiError {
  return problemKind(error) === 'stale';
}

export interface ProblemMessage {
  kind: ProblemKind;
  title: string;
  text: string;
  /** The service's own words, shown as secondary text only. */
  detail?: string;
}

/** A problem in the reader's language: title and text from its kind, the server's detail beside. */
export function describeProblem(error: unknown, t: TFunction): ProblemMessage {
  const kind = problemKind(error);
  const detail = isApiError(error) && !error.isNetworkError ? error.detail : undefined;
  return { kind, title: t(`errors.${kind}.title`), text: t(`errors.${kind}.text`), detail };
}
