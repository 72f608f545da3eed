import { useEffect, useRef } from 'react';
import type { OpenedAnswers } from '../../../machines/answers-file.ts';
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
