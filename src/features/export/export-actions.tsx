import type { SummaryActionsProps } from '../../shared/lib/summary-actions.ts';
import { useId, useRef, useState, type DragEvent } from 'react';
import { contentVersion } from '../../../content/version.ts';
import { toAnswersFile } from '../../../machines/answers-file.ts';
import { toCaseFile } from '../../../machines/case-file.ts';
import { buildQuestionnaire } from '../../../machines/fhir/questionnaire.ts';
import { buildQuestionnaireResponse } from '../../../machines/fhir/questionnaire-response.ts';
import { shareFragment } from '../../../machines/share-link.ts';
import { useSession } from '../../shared/lib/session.ts';
import { copyText } from '../../shared/lib/copy-text.ts';
import { downloadText, fileDate } from '../../shared/lib/download.ts';
import { OpenDialog, OpenProblems } from './open-dialog.tsx';
import { openAnswersFile, type OpenResult } from './open-answers.ts';
import { exportText as ui } from './export-text.ts';
import './export.css';
import { Button } from '../../shared/ui/button.tsx';

/** What the summary hands over: the consult's answers and wording. */
export type ExportActionsProps = SummaryActionsProps;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Take the consult along: the answers file (download, open, drop), the
 * share link, FHIR R4 and, when finished, a worked case. Everything is
 * made in the page; nothing is sent anywhere.
 */
export default function ExportActions({
  answers,
  audience,
  finished,
}: ExportActionsProps) {
  const { restart } = useSession();
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const [result, setResult] = useState<OpenResult | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const linkId = useId();
  const inProgress = audience !== null || Object.keys(answers).length > 0;
  const exportable = answers.gestationalAgeWeeks !== undefined;
  const stamp = fileDate(new Date());

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus('');
    setResult(await openAnswersFile(file, file.name));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void openFile(e.dataTransfer.files[0]);
  };

  return (
    <section
      className={`export no-print${dragging ? ' export--dragging' : ''}`}
      aria-label={ui('export.region')}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="button-row">
        <Button
          variant="quiet"
          disabled={!exportable}
          onClick={() => {
            downloadText(
              `fhc-answers-${stamp}.json`,
              json(toAnswersFile(answers, audience)),
            );
            setStatus(ui('export.downloaded'));
          }}
        >
          {ui('export.download')}
        </Button>
        <Button variant="quiet" onClick={() => fileInput.current?.click()}>
          {ui('export.open')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json,application/fhir+json"
          className="visually-hidden"
          aria-label={ui('export.file')}
          tabIndex={-1}
          onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Button
          variant="quiet"
          disabled={!exportable}
          onClick={async () => {
            const hash = await shareFragment(toAnswersFile(answers, audience));
            const url = `${location.origin}${location.pathname}${hash}`;
            setLink(url);
            setStatus(
              ui(
                (await copyText(url))
                  ? 'export.share-copied'
                  : 'export.share-copy-failed',
              ),
            );
          }}
        >
          {ui('export.share')}
        </Button>
        <Button
          variant="quiet"
          disabled={!exportable}
          onClick={() => {
            const shown = audience ?? 'clinician';
            downloadText(
              `fhc-questionnaire-response-${stamp}.json`,
              json(
                buildQuestionnaireResponse(answers, audience, {
                  authored: new Date().toISOString(),
                }),
              ),
              'application/fhir+json',
            );
            downloadText(
              `fhc-questionnaire-${contentVersion}.json`,
              json(buildQuestionnaire(shown)),
              'application/fhir+json',
            );
            setStatus(ui('export.fhir-downloaded'));
          }}
        >
          {ui('export.fhir')}
        </Button>
        {finished && (
          <Button
            variant="quiet"
            onClick={() => {
              downloadText(
                `fhc-worked-case-${stamp}.json`,
                json(
                  toCaseFile(
                    answers,
                    audience ?? 'clinician',
                    ui('export.worked-case-title', 'clinician', {
                      date: stamp,
                    }),
                  ),
                ),
              );
              setStatus(ui('export.worked-case-saved'));
            }}
          >
            {ui('export.worked-case')}
          </Button>
        )}
        <span role="status" className="status-line">
          {status}
        </span>
      </div>
      <p className="export__note">
        {ui('export.note', 'clinician', { version: contentVersion })}
      </p>
      {link && (
        <p>
          <label htmlFor={linkId}>{ui('export.link')}</label>
          <input
            id={linkId}
            className="export__link"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
          />
        </p>
      )}
      {result && !result.ok && (
        <OpenProblems source={result.source} problems={result.problems} />
      )}
      {result?.ok && (
        <OpenDialog
          opened={result.opened}
          source={result.source}
          inProgress={inProgress}
          onOpen={() =>
            restart({
              ...(audience ? { audience } : {}),
              ...result.opened.input,
            })
          }
          onCancel={() => {
            setResult(null);
            setStatus(ui('export.kept'));
          }}
        />
      )}
    </section>
  );
}
