import { isApiError } from '../api/problem';

/**
 * Per-field messages for a form: the client's own checks first, then the service's violations
 * (matched on the field name or a dotted path ending in it).
 */
export function fieldError(
  name: string,
  serverError: unknown,
  local: Partial<Record<string, string>> = {},
): string | undefined {
  return local[name] ?? (isApiError(serverError) ? serverError.violationFor(name) : undefined);
}
