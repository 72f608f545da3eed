import { useEffect, useRef, useState } from 'react';
import type { OpenedAnswers } from '../../../machines/answers-file.ts';
import { useSession } from '../../shared/lib/session.ts';
import { WorkupActor } from '../../shared/lib/workup-actor.ts';
import type { OpenResult } from './open-answers.ts';
import { VersionNotice } from '../../shared/ui/version-notice.tsx';
import { exportText as ui } from './export-text.ts';
import { Button } from '../../shared/ui/button.tsx';
import { ProblemList } from '../../shared/ui/problem-list.tsx';

/**
 * Asks before an opened file or link replaces the consult, and says what
 * changed in the content since it was made.
 */
export function OpenDialog({
  opened,
  source,
  inProgress,
  onOpen,
  onCancel,
}: {
  opened: OpenedAnswers;
  source: string;
  inProgress: boolean;
  onOpen: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="export-dialog"
      role="alertdialog"
      aria-labelledby="export-dialog-title"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h3 id="export-dialog-title" ref={heading} tabIndex={-1}>
        {ui('export.open-title', 'clinician', { source })}
      </h3>
      <p>
        {ui(inProgress ? 'export.replaces' : 'export.starts')}{' '}
        {ui('export.resumes')}
      </p>
      <VersionNotice version={opened.contentVersion} />
      <div className="button-row">
        <Button onClick={onOpen}>
          {ui(inProgress ? 'export.replace' : 'export.open-it')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {ui(inProgress ? 'export.keep' : 'export.cancel')}
        </Button>
      </div>
    </section>
  );
}

/** The CLI's messages for a file or link that cannot be opened. */
export function OpenProblems({
  source,
  problems,
}: {
  source: string;
  problems: string[];
}) {
  return (
    <ProblemList
      title={ui('export.problems', 'clinician', { source })}
      problems={problems}
    />
  );
}

/**
 * Opening a file or a link (the chosen file, the share link): `read` reads
 * `source` once, as the CLI reads it; then the question before it replaces
 * the consult, or its problems and Close. Nothing is shown until it is read.
 */
export function OpenOutcome<S>({
  source,
  read,
  onDone,
}: {
  source: S;
  read: (source: S) => Promise<OpenResult>;
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
    void read(source).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [source, read]);
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
