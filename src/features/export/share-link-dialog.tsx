import { OpenOutcome } from './open-dialog.tsx';
import { openShareFragment } from './open-answers.ts';
import { exportText as ui } from './export-text.ts';
import './export.css';

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
  return (
    <div className="share-link-open no-print">
      <p className="notice notice--info">{ui('export.link-notice')}</p>
      <OpenOutcome source={hash} read={openShareFragment} onDone={onDone} />
    </div>
  );
}
