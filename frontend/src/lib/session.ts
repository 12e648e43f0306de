import { createContext, useContext } from 'react';
import type { CurrentUser } from './token';

/** What the UI needs to know about the login, independent of the OIDC library (easy to fake in tests). */
export interface Session {
  user: CurrentUser | null;
  /** The login state is still being restored or a sign-in is being completed. */
  isLoading: boolean;
  /** The last sign-in or renewal failure, if any. */
  error?: Error;
  /** Where the sign-in redirect should come back to, read after the callback. */
  returnTo?: string;
  login: (returnTo?: string) => void;
  logout: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a session provider');
  return session;
}
