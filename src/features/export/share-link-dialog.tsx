import { useEffect, useState } from 'react';
import { useSession } from '../../shared/lib/session.ts';
import { WorkupActor } from '../../shared/lib/workup-actor.ts';
import { OpenDialog, OpenProblems } from './open-dialog.tsx';
import { openShareFragment, type OpenResult } from './open-answers.ts';
import { exportText as ui } from './export-text.ts';
import './export.css';
import { Button } from '../../shared/ui/button.tsx';

/**
 * Opening a share link: says plainly that it carries clinical answers,
 * validates it like an answers file, and asks before replacing a consult
 * in progress.
 */
export default function ShareLinkDialog({
  hash,
  onDone,
}: {
  hash: string;
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
    void openShareFragment(hash).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [hash]);
  if (!result) return null;
  return (
    <div className="share-link-open no-print">
      <p className="notice notice--info">{ui('export.link-notice')}</p>
      {result.ok ? (
        <OpenDialog
          opened={result.opened}
          source={result.source}
          inProgress={inProgress}
          onOpen={() => {
            restart({
              ...(audience ? { audience } : {}),
              ...result.opened.input,
            });
            onDone();
          }}
          onCancel={onDone}
        />
      ) : (
        <>
          <OpenProblems source={result.source} problems={result.problems} />
          <Button onClick={onDone}>{ui('export.close')}</Button>
        </>
      )}
    </div>
  );
}
