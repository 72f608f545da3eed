/**
 * Renders the worked cases: the picker, a case's steps, predictions and
 * reveals, and where the case ends. Every decision (what is on screen, the
 * score, the words of a reveal) is teaching-view-model.ts's; the components
 * here are the parts of this one view.
 */
import { downloadText } from '../../shared/lib/download.ts';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { teachingCases } from '../../../content/cases/cases.ts';
import type { TeachingCase } from '../../../content/cases/case-types.ts';
import { labelOf, type Audience } from '../../../content/index.ts';
import { learnerCaseFile, type CaseFile } from '../../../machines/case-file.ts';
import { isInterviewQuestion } from '../../../machines/questions.ts';
import { answerText } from '../../shared/lib/answer-text.ts';
import { uiTextFrom } from '../../shared/lib/ui-text.ts';
import { teachingUi } from '../../../content/ui/teaching.ts';
import { Citations } from '../../shared/ui/citations.tsx';
import { VersionNotice } from '../../shared/ui/version-notice.tsx';
import {
  rationaleNote,
  renderNote,
  replayCase,
  type PlayedStep,
  type Prediction,
  type RenderedNote,
} from './case-player.ts';
import { readCaseText } from './open-case.ts';
import {
  answersLog,
  answersLogFileName,
  caseProgress,
  caseSteps,
  caseSummaryView,
  modes,
  predictionForm,
  revealView,
  scorePick,
  type Answered,
  type Cited,
  type Mode,
} from './teaching-view-model.ts';
import './teaching.css';
import { Button } from '../../shared/ui/button.tsx';
import { ProblemList } from '../../shared/ui/problem-list.tsx';
import { RadioChoice } from '../../shared/ui/radio-choice.tsx';

const uiText = uiTextFrom(teachingUi);

/**
 * The teaching walkthroughs: pick a worked case, then step through it or
 * predict each decision before it is revealed. The decisions are in
 * teaching-view-model.ts; these components render them.
 */
export default function TeachingView({
  audience,
  onExit,
}: {
  audience: Audience;
  onExit: () => void;
}) {
  const [caseId, setCaseId] = useState(teachingCases[0]?.id ?? '');
  const [mode, setMode] = useState<Mode>('step-through');
  const [running, setRunning] = useState<{ id: string; mode: Mode } | null>(
    null,
  );
  const [saved, setSaved] = useState<CaseFile | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const chosen =
    saved && running?.id === saved.id
      ? saved
      : teachingCases.find((c) => c.id === running?.id);
  const openCase = async (file: File | undefined) => {
    if (!file) return;
    const opened = readCaseText(await file.text(), file.name);
    if (!opened.ok) {
      setProblems(opened.problems);
      return;
    }
    setProblems([]);
    setSaved(opened.file);
    setRunning({ id: opened.file.id, mode });
  };

  return (
    <section className="teaching" aria-labelledby="teaching-title">
      <header className="teaching-header">
        <h1 id="teaching-title">{uiText('teaching.title', audience)}</h1>
        <Button variant="quiet" onClick={onExit}>
          {uiText('teaching.back', audience)}
        </Button>
      </header>
      {saved && chosen === saved && (
        <VersionNotice version={saved.contentVersion} />
      )}
      {chosen && running ? (
        <CaseRun
          key={`${chosen.id}-${running.mode}-${audience}`}
          teachingCase={chosen}
          mode={running.mode}
          audience={audience}
          onChooseAnother={() => setRunning(null)}
        />
      ) : (
        <form
          className="teaching-picker"
          onSubmit={(e) => {
            e.preventDefault();
            setRunning({ id: caseId, mode });
          }}
        >
          <fieldset>
            <legend>{uiText('teaching.case', audience)}</legend>
            {teachingCases.map((c) => (
              <RadioChoice
                key={c.id}
                name="case"
                value={c.id}
                selected={caseId}
                onSelect={setCaseId}
              >
                {c.title[audience]}
              </RadioChoice>
            ))}
          </fieldset>
          <fieldset>
            <legend>{uiText('teaching.mode', audience)}</legend>
            {modes.map((m) => (
              <RadioChoice
                key={m}
                name="mode"
                value={m}
                selected={mode}
                onSelect={setMode}
              >
                {uiText(`teaching.mode.${m}`, audience)}
              </RadioChoice>
            ))}
          </fieldset>
          <Button type="submit">{uiText('teaching.start', audience)}</Button>
          <p className="teaching-open">
            <label>
              {uiText('teaching.open-saved', audience)}{' '}
              <input
                type="file"
                accept=".json,application/json"
                onChange={(e) => {
                  void openCase(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </label>
          </p>
          {problems.length > 0 && (
            <ProblemList
              title={uiText('teaching.open-failed', audience)}
              problems={problems}
            />
          )}
        </form>
      )}
    </section>
  );
}

function CaseRun({
  teachingCase,
  mode,
  audience,
  onChooseAnother,
}: {
  teachingCase: TeachingCase;
  mode: Mode;
  audience: Audience;
  onChooseAnother: () => void;
}) {
  const steps = useMemo(
    () => caseSteps(replayCase(teachingCase, audience).steps),
    [teachingCase, audience],
  );
  const [shown, setShown] = useState(1);
  const [answered, setAnswered] = useState<Record<string, Answered>>({});
  const progress = caseProgress(steps, shown, answered, mode);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="case-run">
      <h2 ref={heading} tabIndex={-1}>
        {teachingCase.title[audience]}
      </h2>
      <p>{uiText(`teaching.mode.${mode}`, audience)}</p>
      <ol className="case-steps">
        {progress.steps.map(({ step, showNotes, predictions }) => (
          <li key={step.index}>
            <StepCard step={step} audience={audience} showNotes={showNotes} />
            {predictions.map(({ key, prediction, answered: answer }) => (
              <PredictionCard
                key={key}
                prediction={prediction}
                step={step}
                audience={audience}
                answered={answer}
                onAnswer={(pick) =>
                  setAnswered((current) => ({
                    ...current,
                    [key]: scorePick(prediction, pick),
                  }))
                }
              />
            ))}
          </li>
        ))}
      </ol>
      {progress.score !== null && (
        <p role="status" className="score">
          {progress.score}
        </p>
      )}
      {progress.finished ? (
        <>
          <CaseSummary
            teachingCase={teachingCase}
            steps={steps}
            audience={audience}
          />
          {mode === 'predict' && (
            <Button
              variant="quiet"
              onClick={() =>
                downloadText(
                  answersLogFileName(teachingCase),
                  `${JSON.stringify(
                    learnerCaseFile(teachingCase, answersLog(steps, answered)),
                    null,
                    2,
                  )}\n`,
                )
              }
            >
              {uiText('teaching.download-answers', audience)}
            </Button>
          )}
        </>
      ) : (
        <Button
          disabled={progress.waiting}
          onClick={() => setShown((n) => n + 1)}
        >
          {progress.nextLabel}
        </Button>
      )}
      <Button variant="quiet" onClick={onChooseAnother}>
        {uiText('teaching.choose-another', audience)}
      </Button>
    </div>
  );
}

function CitedText({ cited }: { cited: Cited }) {
  return (
    <>
      {cited.text}
      <Citations form="named" ids={cited.citations} />
    </>
  );
}

function NoteView({ note }: { note: RenderedNote }) {
  return (
    <p className="teaching-note" data-content-id={note.contentId}>
      <CitedText cited={note} />
    </p>
  );
}

function StepCard({
  step,
  audience,
  showNotes,
}: {
  step: PlayedStep;
  audience: Audience;
  showNotes: boolean;
}) {
  const label = labelOf(`question.${step.question}`, audience);
  return (
    <article className="step-card" aria-label={label}>
      <h3>{label}</h3>
      {isInterviewQuestion(step.question) && (
        <p>
          <strong>{uiText('teaching.answer', audience)} </strong>
          {answerText(step.question, step.answersAfter, audience)}
        </p>
      )}
      <h4>{uiText('teaching.why', audience)}</h4>
      <NoteView note={rationaleNote(step.question, audience)} />
      {showNotes &&
        step.notes.map((n, i) => (
          <NoteView key={i} note={renderNote(n, audience)} />
        ))}
    </article>
  );
}

function PredictionCard({
  prediction,
  step,
  audience,
  answered,
  onAnswer,
}: {
  prediction: Prediction;
  step: PlayedStep;
  audience: Audience;
  answered: Answered | undefined;
  onAnswer: (pick: string[]) => void;
}) {
  const [pick, setPick] = useState<string[]>([]);
  const name = useId();
  const form = predictionForm(prediction, audience);
  return (
    <form
      className="prediction"
      onSubmit={(e) => {
        e.preventDefault();
        if (!answered && (form.multiple || pick.length === 1)) onAnswer(pick);
      }}
    >
      <fieldset disabled={Boolean(answered)}>
        <legend>{form.legend}</legend>
        {form.options.map((option) => (
          <label key={option.value}>
            <input
              type={form.multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.value}
              checked={pick.includes(option.value)}
              onChange={(e) =>
                setPick((current) =>
                  form.multiple
                    ? e.target.checked
                      ? [...current, option.value]
                      : current.filter((value) => value !== option.value)
                    : [option.value],
                )
              }
            />
            {option.label}
          </label>
        ))}
        <Button type="submit" disabled={!form.multiple && pick.length !== 1}>
          {uiText('teaching.reveal', audience)}
        </Button>
      </fieldset>
      <div className="reveal" aria-live="polite">
        {answered && (
          <Reveal
            view={revealView(prediction, step, audience, answered.correct)}
            audience={audience}
          />
        )}
      </div>
    </form>
  );
}

function Reveal({
  view,
  audience,
}: {
  view: ReturnType<typeof revealView>;
  audience: Audience;
}) {
  const verdict = <strong>{view.verdict}</strong>;
  if (view.kind === 'decision') {
    return (
      <div>
        <p>
          {verdict} {view.answer}
        </p>
        {view.because && (
          <p>
            <CitedText cited={view.because} />
          </p>
        )}
        <p>
          <CitedText cited={view.why} />
        </p>
      </div>
    );
  }
  if (view.kind === 'classification') {
    return (
      <div>
        <p>
          {verdict} <CitedText cited={view.statement} />
        </p>
        <ul aria-label={uiText('teaching.reasons', audience)}>
          {view.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div>
      <p>
        {verdict} {view.remaining}
      </p>
      <ul aria-label={uiText('teaching.infections', audience)}>
        {view.infections.map((infection) => (
          <li key={infection.id}>
            <CitedText cited={infection} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function CaseSummary({
  teachingCase,
  steps,
  audience,
}: {
  teachingCase: TeachingCase;
  steps: readonly PlayedStep[];
  audience: Audience;
}) {
  const view = useMemo(
    () => caseSummaryView(teachingCase, steps, audience),
    [teachingCase, steps, audience],
  );
  return (
    <section className="case-summary" aria-labelledby="case-summary-title">
      <h2 id="case-summary-title">{uiText('teaching.case-ends', audience)}</h2>
      {teachingCase.diagnosis && (
        <p>
          <strong>{uiText('teaching.diagnosis', audience)} </strong>
          {teachingCase.diagnosis[audience]}
        </p>
      )}
      <p>
        <strong>{labelOf('phase.summary', audience)}: </strong>
        {view.classification}
      </p>
      <h3>{uiText('teaching.key-tests', audience)}</h3>
      <ul>
        {view.tests.map((test) => (
          <li key={test.id}>
            <CitedText cited={test} />
          </li>
        ))}
      </ul>
      <h3>{uiText('teaching.key-causes', audience)}</h3>
      <ul>
        {view.causes.map((cause) => (
          <li key={cause.id}>
            <CitedText cited={cause} />
          </li>
        ))}
      </ul>
      <h3>{uiText('teaching.take-home', audience)}</h3>
      {teachingCase.closingNotes.map((n, i) => (
        <NoteView key={i} note={renderNote(n, audience)} />
      ))}
    </section>
  );
}
