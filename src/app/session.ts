import { createContext, useContext } from 'react';
import type { QuestionId, WorkupInput } from '../../machines/workup.types.ts';

/** What the consult may ask of the shell that owns the session. */
export interface SessionControls {
  /** Replace the actor: a fresh consult, or one resumed into an edit. */
  restart: (input?: WorkupInput) => void;
  /** Edit an answer after the summary (the machine is final): new actor. */
  editAfterSummary: (input: WorkupInput & { editing: QuestionId }) => void;
}

export const SessionContext = createContext<SessionControls>({
  restart: () => {},
  editAfterSummary: () => {},
});

export const useSession = () => useContext(SessionContext);
