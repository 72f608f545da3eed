import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { teachingCases } from '../../../content/cases/cases.ts';
import type { TeachingCase } from '../../../content/cases/case-types.ts';
import {
  citationsOf,
  rationaleOf,
  labelOf,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import type { DecisionId } from '../../../content/ids.ts';
import { buildSummary } from '../../../machines/rules/summary.ts';
import { answerText } from '../../shared/lib/answer-text.ts';
import {
  decisionsAt,
  isCorrectPick,
  predictionsAfter,
  rationaleNote,
  renderNote,
  replayCase,
  type NextStop,
  type PlayedStep,
  type Prediction,
  type RenderedNote,
} from './case-player.ts';
import { Citations } from '../../shared/ui/citations.tsx';
import './teaching.css';
import type { CaseFile } from '../../../machines/case-file.ts';
import { VersionNotice } from '../../shared/ui/version-notice.tsx';
import { readCaseText } from './open-case.ts';

type Mode = 'step-through' | 'predict';

const modeLabels: Record<Mode, string> = {
  'step-through': 'Step through: the case answers, you read why',
  predict: 'Predict, then reveal: you decide first, then see the answer',
};

/**
 * The teaching walkthroughs: pick a worked case, then step through it or
 * predict each decision before it is revealed.
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
        <h1 id="teaching-title">Worked cases</h1>
        <button type="button" className="button button--quiet" onClick={onExit}>
          Back to the consult
        </button>
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
            <legend>Case</legend>
            {teachingCases.map((c) => (
              <label key={c.id}>
                <input
                  type="radio"
                  name="case"
                  value={c.id}
                  checked={caseId === c.id}
                  onChange={() => setCaseId(c.id)}
                />
                {c.title[audience]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Mode</legend>
            {(Object.keys(modeLabels) as Mode[]).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {modeLabels[m]}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button">
            Start the case
          </button>
          <p className="teaching-open">
            <label>
              Or open a saved worked case (a file from &ldquo;Save as worked
              case&rdquo;), in the mode chosen above:{' '}
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
            <div role="alert" className="notice notice--warning">
              <p>This case file cannot be opened:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </form>
      )}
    </section>
  );
}

interface Answered {
  pick: string[];
  correct: boolean;
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
  const replay = useMemo(
    () => replayCase(teachingCase, audience),
    [teachingCase, audience],
  );
  // The audience answer is the app's own first question, not part of a case.
  const steps = replay.steps.filter((s) => s.question !== 'audience');
  const [shown, setShown] = useState(1);
  const [answered, setAnswered] = useState<Record<string, Answered>>({});
  const finished = shown > steps.length;

  const visible = steps.slice(0, shown);
  const pending = visible.flatMap((step) =>
    mode === 'predict'
      ? predictionsAfter(step)
          .map((p, i) => ({ key: `${step.index}-${i}`, p }))
          .filter(({ key }) => !answered[key])
      : [],
  );
  const results = Object.values(answered);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const score = results.filter((r) => r.correct).length;

  return (
    <div className="case-run">
      <h2 ref={heading} tabIndex={-1}>
        {teachingCase.title[audience]}
      </h2>
      <p>{modeLabels[mode]}</p>
      <ol className="case-steps">
        {visible.map((step) => (
          <li key={step.index}>
            <StepCard
              step={step}
              audience={audience}
              showNotes={
                mode === 'step-through' ||
                predictionsAfter(step).every(
                  (_, i) => answered[`${step.index}-${i}`],
                )
              }
            />
            {mode === 'predict' &&
              predictionsAfter(step).map((p, i) => {
                const key = `${step.index}-${i}`;
                const first = pending[0]?.key === key;
                if (!answered[key] && !first) return null;
                return (
                  <PredictionCard
                    key={key}
                    prediction={p}
                    step={step}
                    audience={audience}
                    answered={answered[key]}
                    onAnswer={(pick) =>
                      setAnswered((a) => ({
                        ...a,
                        [key]: { pick, correct: isCorrectPick(p, pick) },
                      }))
                    }
                  />
                );
              })}
          </li>
        ))}
      </ol>
      {mode === 'predict' && (
        <p role="status" className="score">
          {finished ? 'Final score' : 'Score so far'}: {score} of{' '}
          {results.length}
        </p>
      )}
      {finished ? (
        <CaseSummary
          teachingCase={teachingCase}
          steps={steps}
          audience={audience}
        />
      ) : (
        <button
          type="button"
          className="button"
          disabled={pending.length > 0}
          onClick={() => setShown((n) => n + 1)}
        >
          {shown === steps.length ? 'Show the summary' : 'Next step'}
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={onChooseAnother}
      >
        Choose another case
      </button>
    </div>
  );
}

function NoteView({ note }: { note: RenderedNote }) {
  return (
    <p className="teaching-note" data-content-id={note.contentId}>
      {note.text}
      <Citations form="named" ids={note.citations} />
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
  /** In predict mode the case's notes wait until the decision is revealed. */
  showNotes: boolean;
}) {
  const rationale = rationaleNote(step.question, audience);
  return (
    <article
      className="step-card"
      aria-label={labelOf(`question.${step.question}`, audience)}
    >
      <h3>{labelOf(`question.${step.question}`, audience)}</h3>
      <p>
        <strong>Answer: </strong>
        {answerText(step.question, step.answersAfter, audience)}
      </p>
      <h4>Why</h4>
      <NoteView note={rationale} />
      {showNotes &&
        step.notes.map((n, i) => (
          <NoteView key={i} note={renderNote(n, audience)} />
        ))}
    </article>
  );
}

const stopLabel = (q: NextStop, audience: Audience) =>
  q === 'summary'
    ? labelOf('phase.summary', audience)
    : labelOf(`question.${q}`, audience);

const questionsOfPrompt: Record<Prediction['kind'], string> = {
  'next-question': 'What does the workup ask next?',
  classification: 'How are the calcifications classified now?',
  'remaining-causes':
    'Which of these infections remain (supported or possible) now?',
};

function optionLabel(p: Prediction, option: string, audience: Audience) {
  if (p.kind === 'next-question')
    return stopLabel(option as NextStop, audience);
  if (p.kind === 'classification')
    return labelOf(`classification.${option as typeof p.correct}`, audience);
  return labelOf(`cause.${option as (typeof p.options)[number]}`, audience);
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
  const multiple = prediction.kind === 'remaining-causes';
  const options = prediction.options as readonly string[];
  return (
    <form
      className="prediction"
      onSubmit={(e) => {
        e.preventDefault();
        if (!answered && (multiple || pick.length === 1)) onAnswer(pick);
      }}
    >
      <fieldset disabled={Boolean(answered)}>
        <legend>Your prediction: {questionsOfPrompt[prediction.kind]}</legend>
        {options.map((o) => (
          <label key={o}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={o}
              checked={pick.includes(o)}
              onChange={(e) =>
                setPick((current) =>
                  multiple
                    ? e.target.checked
                      ? [...current, o]
                      : current.filter((x) => x !== o)
                    : [o],
                )
              }
            />
            {optionLabel(prediction, o, audience)}
          </label>
        ))}
        <button
          type="submit"
          className="button"
          disabled={!multiple && pick.length !== 1}
        >
          Reveal the answer
        </button>
      </fieldset>
      <div className="reveal" aria-live="polite">
        {answered && (
          <Reveal
            prediction={prediction}
            step={step}
            audience={audience}
            correct={answered.correct}
          />
        )}
      </div>
    </form>
  );
}

/** A decision's words: the labels of its named decisions (content nodes). */
function decisionWords(ids: readonly DecisionId[], audience: Audience) {
  return ids.map((id) => labelOf(`decision.${id}`, audience)).join(' or ');
}

function decisionCitations(ids: readonly DecisionId[]) {
  return [...new Set(ids.flatMap((id) => citationsOf(`decision.${id}`)))];
}

function Reveal({
  prediction,
  step,
  audience,
  correct,
}: {
  prediction: Prediction;
  step: PlayedStep;
  audience: Audience;
  correct: boolean;
}) {
  const summary = buildSummary(step.answersAfter, audience);
  const verdict = correct ? 'Right.' : 'Not quite.';
  if (prediction.kind === 'next-question') {
    const next = prediction.correct;
    const decisions = decisionsAt(step);
    const asked = decisions.find((d) => d.asked);
    const why =
      next === 'summary'
        ? {
            text: textOf('phase.summary', audience),
            citations: citationsOf('phase.summary'),
          }
        : rationaleNote(next, audience);
    return (
      <div>
        <p>
          <strong>{verdict}</strong> The workup asks next:{' '}
          {stopLabel(next, audience)}.
        </p>
        <p>
          {why.text}
          <Citations form="named" ids={why.citations} />
        </p>
        {asked && (
          <p>
            Asked because{' '}
            {decisionWords(
              asked.decisions.filter((d) => d.held).map((d) => d.id),
              audience,
            )}
            .
            <Citations
              form="named"
              ids={decisionCitations(
                asked.decisions.filter((d) => d.held).map((d) => d.id),
              )}
            />
          </p>
        )}
        {step.skipped.length > 0 && (
          <ul aria-label="Skipped questions">
            {step.skipped.map((q) => {
              const decision = decisions.find((d) => d.question === q);
              const ids = decision?.decisions.map((d) => d.id) ?? [];
              return (
                <li key={q}>
                  Skipped: {labelOf(`question.${q}`, audience)}.{' '}
                  {ids.length > 0
                    ? `Asked only when ${decisionWords(ids, audience)}.`
                    : rationaleOf(`question.${q}`, audience)}
                  <Citations
                    form="named"
                    ids={
                      ids.length > 0
                        ? decisionCitations(ids)
                        : citationsOf(`question.${q}`)
                    }
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    );
  }
  if (prediction.kind === 'classification') {
    const id = `classification.${prediction.correct}` as const;
    return (
      <div>
        <p>
          <strong>{verdict}</strong> {labelOf(id, audience)}:{' '}
          {textOf(id, audience)}
          <Citations form="named" ids={citationsOf(id)} />
        </p>
        <ul aria-label="Reasons">
          {summary.classificationReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div>
      <p>
        <strong>{verdict}</strong> Remaining:{' '}
        {prediction.correct.length
          ? prediction.correct
              .map((c) => labelOf(`cause.${c}`, audience))
              .join(', ')
          : 'none'}
        .
      </p>
      <ul aria-label="Infections">
        {summary.differential
          .filter((c) => prediction.options.includes(c.id))
          .map((c) => (
            <li key={c.id}>
              {labelOf(`cause.${c.id}`, audience)}: {c.status}.{' '}
              {c.reasons.join(' ')}
              <Citations form="named" ids={c.citations} />
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
  steps: PlayedStep[];
  audience: Audience;
}) {
  const last = steps[steps.length - 1];
  const summary = buildSummary(last?.answersAfter ?? {}, audience);
  const { expected } = teachingCase;
  return (
    <section className="case-summary" aria-labelledby="case-summary-title">
      <h2 id="case-summary-title">Where the case ends</h2>
      <p>
        <strong>{labelOf('phase.summary', audience)}: </strong>
        {labelOf(`classification.${summary.classification}`, audience)}
      </p>
      <h3>Key tests</h3>
      <ul>
        {summary.tests
          .filter((t) => t.id in expected.tests)
          .map((t) => (
            <li key={t.id}>
              {labelOf(`test.${t.id}`, audience)}: {t.status}. {t.reason}
              {t.when ? ` ${t.when}` : ''}
              <Citations form="named" ids={t.citations} />
            </li>
          ))}
      </ul>
      <h3>Key causes</h3>
      <ul>
        {summary.differential
          .filter((c) => c.id in expected.causes)
          .map((c) => (
            <li key={c.id}>
              {labelOf(`cause.${c.id}`, audience)}: {c.status}.{' '}
              {c.reasons.join(' ')}
              <Citations form="named" ids={c.citations} />
            </li>
          ))}
      </ul>
      <h3>Take-home notes</h3>
      {teachingCase.closingNotes.map((n, i) => (
        <NoteView key={i} note={renderNote(n, audience)} />
      ))}
    </section>
  );
}
