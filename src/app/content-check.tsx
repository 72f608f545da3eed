import { useEffect, useState } from 'react';
import { uiText } from '../shared/lib/ui-text.ts';
import { ensureLearnerTexts } from './learner-texts.ts';

/** The check of the clinical content after the first paint, and the screen shown when it fails. */

/**
 * Right after the first paint: installs the learner wording (a lazy chunk in
 * the browser build) and validates the clinical content against its schema
 * once (the schema is a lazy chunk too). Re-renders when the texts arrive.
 */
export function useContentCheck(): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  const [, setTextsReady] = useState(false);
  useEffect(() => {
    let live = true;
    ensureLearnerTexts()
      .then(() => {
        if (live) setTextsReady(true);
        return import('../../content/validate.ts');
      })
      .then(({ validateContent }) => validateContent())
      .catch((error: unknown) => {
        if (live) {
          setProblem(error instanceof Error ? error.message : String(error));
        }
      });
    return () => {
      live = false;
    };
  }, []);
  return problem;
}

export function ContentProblem({ message }: { message: string }) {
  return (
    <div className="app">
      <main id="main" className="main">
        <h1>{uiText('app.content-problem-title')}</h1>
        <div role="alert" className="notice notice--warning">
          <p>{uiText('app.content-problem')}</p>
          <p>
            <code>{message}</code>
          </p>
        </div>
      </main>
    </div>
  );
}
