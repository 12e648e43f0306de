/** One per-field problem of an RFC 9457 problem document. */
export interface Violation {
  field: string;
  message: string;
}

/** Type of the error made when a service could not be reached at all. */
export const NETWORK_ERROR_TYPE = 'urn:cohesion:problem:network';

/**
 * A failed API call, carrying the service's RFC 9457 problem details
 * (`{type,title,status,detail,instance,violations}`, and `Retry-After`) or what could be told
 * without them.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly violations: Violation[];
  /** How long to wait before trying again (429/503 `Retry-After`, or the body's `retryAfterSeconds`). */
  readonly retryAfterSeconds?: number;
  /** The problem's other members (RFC 9457 extensions), e.g. `townsCited` of insufficient-evidence. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    type?: string;
    title: string;
    detail?: string;
    instance?: string;
    violations?: Violation[];
    retryAfterSeconds?: number;
    extensions?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.detail = init.detail;
    this.instance = init.instance;
    this.violations = init.violations ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.extensions = init.extensions ?? {};
  }

  get isNetworkError(): boolean {
    return this.type === NETWORK_ERROR_TYPE;
  }

  /** The message for one field: a violation whose field is `name` or ends in `.name`. */
  violationFor(name: string): string | undefined {
    const matches = this.violations.filter((v) => v.field === name || v.field.endsWith(`.${name}`));
    return matches.length > 0 ? matches.map((v) => v.message).join('; ') : undefined;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function violations(value: unknown): Violation[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object')
    .map((v) => ({
      field: typeof v.field === 'string' ? v.field : '',
      message: typeof v.message === 'string' ? v.message : String(v.message ?? ''),
    }))
    .filter((v) => v.message !== '');
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'violations', 'retryAfterSeconds']);

function extensions(problem: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(problem).filter(([name]) => !STANDARD_MEMBERS.has(name)));
}

/** Whole seconds from a delay-seconds `Retry-After` or a number in the body; nothing otherwise. */
function seconds(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.ceil(n) : undefined;
}

/**
 * Turns a failed response and its (already parsed, if JSON) body into an {@link ApiError}.
 * A problem+json body gives type, title, detail, instance and violations; anything else
 * keeps the HTTP status and a generic title.
 */
export function toApiError(
  response: (Pick<Response, 'status' | 'statusText'> & { headers?: Pick<Headers, 'get'> }) | undefined,
  body: unknown,
): ApiError {
  const status = response?.status ?? 0;
  const retryHeader = seconds(response?.headers?.get('Retry-After') ?? undefined);
  let parsed = body;
  if (typeof parsed === 'string') {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      // not JSON: keep the text as the detail below
    }
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const p = parsed as Record<string, unknown>;
    return new ApiError({
      status: typeof p.status === 'number' ? p.status : status,
      type: text(p.type),
      title: text(p.title) ?? text(response?.statusText) ?? `HTTP ${status}`,
      detail: text(p.detail),
      instance: text(p.instance),
      violations: violations(p.violations),
      retryAfterSeconds: retryHeader ?? seconds(p.retryAfterSeconds),
      extensions: extensions(p),
    });
  }
  const detail = typeof parsed === 'string' && parsed.trim() !== '' && parsed.length < 500 ? parsed.trim() : undefined;
  return new ApiError({
    status,
    title: text(response?.statusText) ?? `HTTP ${status}`,
    detail,
    retryAfterSeconds: retryHeader,
  });
}

/** The error for a request that got no response (service down, CORS refusal, offline). */
export function networkError(cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    type: NETWORK_ERROR_TYPE,
    title: 'Service unreachable',
    detail: cause instanceof Error ? cause.message : undefined,
  });
}
