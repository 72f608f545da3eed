import { lazy, Suspense, useRef, useState } from 'react';
import { uiText } from '../../shared/lib/ui-text.ts';
import { Button } from '../../shared/ui/button.tsx';

const OpenFileFlow = lazy(() => import('./open-file-flow.tsx'));

/**
 * "Open answers…" on the first screen, so a clinician with a file does not
 * answer a question first. First-load cost: the button; reading the file
 * and the dialog load when a file is chosen.
 */
export function OpenAnswersEntry() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  return (
    <div className="open-answers-entry no-print">
      <Button variant="quiet" onClick={() => input.current?.click()}>
        {uiText('app.open-answers')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,application/fhir+json"
        className="visually-hidden"
        aria-label={uiText('app.open-answers-file')}
        tabIndex={-1}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      {file && (
        <Suspense fallback={null}>
          <OpenFileFlow file={file} onDone={() => setFile(null)} />
        </Suspense>
      )}
    </div>
  );
}
