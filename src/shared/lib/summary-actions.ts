import { createContext, type ReactNode } from 'react';
import type { Answers, Audience } from '../../../machines/workup.types.ts';

/** What the summary hands to the actions the app mounts in its header. */
export interface SummaryActionsProps {
  answers: Answers;
  audience: Audience | null;
  /** The workup is finished (the final summary): it can be a worked case. */
  finished: boolean;
}

/**
 * The actions the app mounts in the summary's header (the export menu): the
 * app provides them, so the consult never imports another feature.
 */
export const SummaryActionsContext = createContext<
  ((props: SummaryActionsProps) => ReactNode) | null
>(null);
