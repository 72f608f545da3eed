import { createContext, useContext } from 'react';
import type { WorkupInput } from '../../../machines/workup.types.ts';

/** What the consult may ask of the shell that owns the session. */
export interface SessionControls {
  /** Replace the actor: a fresh consult, or one resumed into an edit. */
  restart: (input?: WorkupInput) => void;
}

export const SessionContext = createContext<SessionControls>({
  restart: () => {},
});

export const useSession = () => useContext(SessionContext);
