import type { Action } from '../api/types';

/**
 * What the calling user may do with a resource or in a list's scope: the service's
 * `allowedActions`, computed from its permission table. The UI shows or hides controls from this
 * only, never from its own copy of the rules.
 */
export type Allowed = ReadonlySet<string> & { has(action: Action): boolean };

const NOTHING: Allowed = new Set<string>();

/** The actions the service allows on `resource`; nothing while it is not loaded. */
export function allowedActions(resource: { allowedActions?: readonly string[] } | undefined): Allowed {
  return resource?.allowedActions ? new Set<string>(resource.allowedActions) : NOTHING;
}
