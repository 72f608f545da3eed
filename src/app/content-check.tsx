import { useEffect, useState } from 'react';
import { uiText } from '../shared/lib/ui-text.ts';
import { ensureLearnerTexts } from './learner-texts.ts';

/** The check of the clinical content after the first paint, and the screen shown when it fails. */

/**
 * Right after the first paint: installs the learner wording (a lazy chunk in
 * the browser build) and, outside the production build (which checked it
 * when it was built), validates the clinical content against its schema
 * once. Re-renders when the texts arrive.
 */
export function useContentCheck(): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  const [, setTextsReady] = useState(false);
  useEffect(() => {
    let live = true;
    ensureLearnerTexts()
      .then(async () => {
        if (live) setTextsReady(true);
        // The production build checked the content it bundled (the build
        // fails on a malformed node: scripts/vite/prerender.ts), so its app
        // loads no schema; the dev server and tests check it here.
        if (!import.meta.env.PROD) {
          const { validateContent } = await import('../../content/validate.ts');
          validateContent();
        }
      })
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
