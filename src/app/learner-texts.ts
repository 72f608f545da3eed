import {
  installLearnerTexts,
  learnerTextsMissing,
} from '../../content/index.ts';

let pending: Promise<void> | null = null;

/**
 * The browser build ships the learner wording in a lazy chunk (see
 * scripts/vite/split-learner-text.ts); this installs it once. Resolves at
 * once where the texts are already there (dev server, tests).
 */
export function ensureLearnerTexts(): Promise<void> {
  if (!learnerTextsMissing()) return Promise.resolve();
  pending ??= import('virtual:content-learner').then(({ learnerTexts }) =>
    installLearnerTexts(learnerTexts),
  );
  return pending;
}
