import { useEffect, useState } from 'react';
import { useSession } from '../../shared/lib/session.ts';
import { WorkupActor } from '../../shared/lib/workup-actor.ts';
import { Button } from '../../shared/ui/button.tsx';
import { exportText as ui } from './export-text.ts';
import { OpenDialog, OpenProblems } from './open-dialog.tsx';
import { openAnswersFile, type OpenResult } from './open-answers.ts';
import './export.css';

/**
 * Opening a chosen answers file (or FHIR response): read as the CLI reads
 * it, then asked before it starts the consult, or its problems listed.
 */
export default function OpenFileFlow({
  file,
  onDone,
}: {
  file: File;
  onDone: () => void;
}) {
  const [result, setResult] = useState<OpenResult | null>(null);
  const { restart } = useSession();
  const audience = WorkupActor.useSelector((s) => s.context.audience);
  const inProgress = WorkupActor.useSelector(
    (s) =>
      s.context.audience !== null || Object.keys(s.context.answers).length > 0,
  );
  useEffect(() => {
    let live = true;
    void openAnswersFile(file, file.name).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [file]);
  if (!result) return null;
  return result.ok ? (
    <OpenDialog
      opened={result.opened}
      source={result.source}
      inProgress={inProgress}
      onOpen={() => {
        restart({ ...(audience ? { audience } : {}), ...result.opened.input });
        onDone();
      }}
      onCancel={onDone}
    />
  ) : (
    <>
      <OpenProblems source={result.source} problems={result.problems} />
      <Button onClick={onDone}>{ui('export.close')}</Button>
    </>
  );
}
