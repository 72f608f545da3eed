import { useEffect, useRef } from 'react';
import type { OpenedAnswers } from '../../../machines/answers-file.ts';
import { VersionNotice } from '../../shared/ui/version-notice.tsx';

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
        Open the consult from {source}?
      </h3>
      <p>
        {inProgress
          ? 'It replaces the consult in progress in this browser.'
          : 'It starts a consult with its answers.'}{' '}
        The consult resumes at its first open question.
      </p>
      <VersionNotice version={opened.contentVersion} />
      <div className="button-row">
        <button type="button" className="button" onClick={onOpen}>
          {inProgress ? 'Replace my consult' : 'Open it'}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={onCancel}
        >
          {inProgress ? 'Keep my consult' : 'Cancel'}
        </button>
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
    <div role="alert" className="notice notice--warning">
      <p>
        Could not open {source}; your current consult is kept. Invalid answers:
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
