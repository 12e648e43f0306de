import type { Action, PracticeStatus } from '../api/types';
import { useSession } from './session';
import type { CurrentUser } from './token';

/**
 * What the calling user may do with a resource or a list's scope: the service's
 * `allowedActions` (see ALLOWED-ACTIONS.md). The UI shows or hides controls from this only.
 */
export type Allowed = ReadonlySet<string> & { has(action: Action): boolean };

/** The scope a resource was read in, for the interim derivation below. */
export interface Scope {
  /** panel list, initiative list, one initiative, practice list, one practice */
  kind: 'panels' | 'initiatives' | 'initiative' | 'practices' | 'practice';
  city: string | null | undefined;
  status?: PracticeStatus;
}

/**
 * TEMPORARY (removed when the API serves allowedActions (issue 6)): the services of this branch
 * do not send `allowedActions` yet, so the actions are derived here from the token's roles and
 * town, mirroring the services' permission tables. Delete this function and its call once the
 * field is served; `allowedActions()` then reads the server's answer only.
 */
function interimActions(user: CurrentUser | null, scope: Scope): Action[] {
  if (!user) return scope.kind === 'practices' || scope.kind === 'practice' ? ['VIEW_PUBLISHED_PRACTICES'] : [];
  const manages = user.isAdmin || (user.isCoordinator && scope.city != null && user.city === scope.city);
  if (!manages) return [];
  switch (scope.kind) {
    case 'panels':
      return ['CREATE_PANEL', 'ADD_MEMBER', 'VIEW_MEMBERS'];
    case 'initiatives':
      return ['CREATE_INITIATIVE'];
    case 'initiative':
      return ['CHANGE_STATUS'];
    case 'practices':
      return ['VIEW_PUBLISHED_PRACTICES', 'VIEW_DRAFT_PRACTICES'];
    case 'practice':
      return scope.status === 'PUBLISHED' ? ['EDIT_PRACTICE'] : ['EDIT_PRACTICE', 'PUBLISH_PRACTICE'];
  }
}

/** The actions the service allows on `resource`; nothing while it is not loaded. */
export function allowedActions(
  resource: { allowedActions?: readonly string[] } | undefined,
  user: CurrentUser | null,
  scope: Scope,
): Allowed {
  if (!resource) return new Set<string>();
  // removed when the API serves allowedActions (issue 6)
  if (resource.allowedActions === undefined) return new Set<string>(interimActions(user, scope));
  return new Set<string>(resource.allowedActions);
}

/** {@link allowedActions} for the signed-in user. */
export function useAllowedActions(resource: { allowedActions?: readonly string[] } | undefined, scope: Scope): Allowed {
  const { user } = useSession();
  return allowedActions(resource, user, scope);
}
