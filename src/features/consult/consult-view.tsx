/**
 * The consult screen: progress, transcript, the active question and the
 * summary, rendered from the view-model (view-model.ts) and sending answers
 * to the workup actor. Its small components are the parts of this screen,
 * memoized so an answer re-renders only what changed; none is used elsewhere.
 */
import {
  Suspense,
  lazy,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import {
  citationsOf,
  labelOf,
  referenceList,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import { Citations } from '../../shared/ui/citations.tsx';
import { CheckIcon, EditIcon } from '../../shared/ui/icons.tsx';
import type {
  AnswerEvent,
  QuestionId,
} from '../../../machines/workup.types.ts';
import { uiText } from '../../shared/lib/ui-text.ts';
import { WorkupActor } from '../../shared/lib/workup-actor.ts';
import { QuestionForm } from './question-form.tsx';
import { referenceViews } from '../../shared/lib/references.ts';
import {
  connect,
  type ConsultView as View,
  type PhaseView,
} from './view-model.ts';
import { citationViews } from '../../shared/lib/citations.ts';
import { Button } from '../../shared/ui/button.tsx';
import { ReferenceList } from '../../shared/ui/reference-list.tsx';

// The summary is loaded on demand (and prefetched when idle once the
// consult has begun): it is not needed for the first question.
const loadSummaryPanel = () => import('./summary-panel.tsx');
const SummaryPanel = lazy(() =>
  loadSummaryPanel().then((m) => ({ default: m.SummaryPanel })),
);

/**
 * The consult: progress, transcript, the active question, the summary.
 * Memoized: it takes no props, so it renders for its own selectors only,
 * not whenever the shell does.
 */
export const ConsultView = memo(function ConsultView() {
  const actorRef = WorkupActor.useActorRef();
  const view = WorkupActor.useSelector(connect);
  const answers = WorkupActor.useSelector((s) => s.context.answers);
  const [interacted, setInteracted] = useState(false);
  const [showSoFar, setShowSoFar] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  /** Sends an answer; false when the machine refused it (it says why). */
  const send = (event: AnswerEvent): boolean => {
    setInteracted(true);
    actorRef.send(event);
    return actorRef.getSnapshot().context.rejection === null;
  };
  const guardRepeats = useRepeatGuard();

  // Stable across answers, so the memoized transcript entries do not
  // re-render on every answer.
  const edit = useCallback(
    (question: QuestionId) => {
      setInteracted(true);
      setShowSoFar(false);
      actorRef.send({ type: 'answer.edit', question });
    },
    [actorRef],
  );

  // Prefetched once the consult has begun (its first answer), when idle:
  // not in the start-up work of a visit that may only look.
  useEffect(() => {
    if (!interacted) return;
    const prefetch = () => void loadSummaryPanel();
    if (window.requestIdleCallback) {
      const handle = window.requestIdleCallback(prefetch);
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 1);
    return () => clearTimeout(timer);
  }, [interacted]);

  // Focus moves to the summary without scrolling (focus forces one layout;
  // a scroll with it forced another); the scroll waits for the next frame.
  const focusSummary = () => {
    const heading = summaryHeading.current;
    if (!interacted || !heading) return;
    heading.focus({ preventScroll: true });
    requestAnimationFrame(() => heading.scrollIntoView?.({ block: 'start' }));
  };

  const soFar = showSoFar && !view.done;
  const loading = (
    <p role="status">{uiText('consult.summary-loading', view.audience)}</p>
  );

  return (
    <div className="consult" {...guardRepeats}>
      <h1 className="visually-hidden">
        {uiText('consult.title', view.audience)}
      </h1>
      <Progress phases={view.phases} audience={view.audience} />
      {!view.done && view.audienceChosen && (
        <div className="consult__toolbar no-print">
          <Button
            variant="quiet"
            aria-expanded={showSoFar}
            aria-controls="summary-so-far"
            onClick={() => setShowSoFar((v) => !v)}
          >
            {uiText(
              showSoFar ? 'consult.so-far-hide' : 'consult.so-far-show',
              view.audience,
            )}
          </Button>
        </div>
      )}
      <div id="summary-so-far" className="so-far" hidden={!soFar}>
        {soFar && (
          <Suspense fallback={loading}>
            <SummaryPanel
              answers={answers}
              audience={view.audience}
              variant="partial"
            />
          </Suspense>
        )}
      </div>

      <Transcript view={view} onEdit={edit} />

      {view.active && (
        <QuestionForm
          question={view.active}
          answers={answers}
          audience={view.audience}
          onAnswer={send}
          onCancelEdit={() => {
            setInteracted(true);
            actorRef.send({ type: 'answer.editCancelled' });
          }}
          autoFocus={interacted || view.active.editing}
        />
      )}

      {view.done && (
        <Suspense fallback={loading}>
          <SummaryPanel
            answers={answers}
            audience={view.audience}
            variant="final"
            headingRef={summaryHeading}
            onShown={focusSummary}
          />
        </Suspense>
      )}

      <AllReferences audience={view.audience} />
    </div>
  );
});

/**
 * One click is one answer: the second click of a double-click (and a held
 * key's repeats) must not answer the question that replaced the one just
 * answered, nor press what appeared under the pointer (an Edit button, the
 * summary). A repeat click is let through only on what it started on.
 */
function useRepeatGuard() {
  const firstClick = useRef<Element | null>(null);
  return {
    onClickCapture: (e: React.MouseEvent) => {
      const target = e.target as Element;
      if (e.detail <= 1) {
        firstClick.current = target;
        return;
      }
      const first = firstClick.current;
      const composerOf = (el: Element) => el.closest('section.composer');
      if (!first?.isConnected || composerOf(first) !== composerOf(target)) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    onKeyDownCapture: (e: React.KeyboardEvent) => {
      if (e.repeat && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
  };
}

function Progress({
  phases,
  audience,
}: {
  phases: PhaseView[];
  audience: Audience;
}) {
  return (
    <nav
      className="progress no-print"
      aria-label={uiText('consult.progress', audience)}
    >
      <ol>
        {phases.map((p, i) => (
          <li
            key={p.id}
            className={`progress__step progress__step--${p.status}`}
            aria-current={p.status === 'current' ? 'step' : undefined}
          >
            <span className="progress__dot" aria-hidden="true">
              {p.status === 'done' ? <CheckIcon /> : i + 1}
            </span>
            <span className="progress__label">{p.label}</span>
            <span className="visually-hidden">
              , {uiText(`consult.step.${p.status}`, audience)}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Transcript({
  view,
  onEdit,
}: {
  view: View;
  onEdit: (question: QuestionId) => void;
}) {
  let lastPhase = '';
  const items: React.ReactNode[] = [];
  const phaseLabel = (id: string) =>
    view.phases.find((p) => p.id === id)?.label ?? id;
  const divider = (phase: string) => {
    if (phase === lastPhase) return;
    lastPhase = phase;
    items.push(
      <li key={`phase-${phase}`} className="transcript__phase">
        <span>{phaseLabel(phase)}</span>
      </li>,
    );
  };

  for (const entry of view.entries) {
    if (entry.kind === 'visit') {
      items.push(
        <li key={entry.key} className="transcript__phase">
          <span>{entry.heading}</span>
        </li>,
        ...entry.lines.map((line, index) => (
          <li key={`${entry.key}-${index}`} className="transcript__pair">
            <p className="bubble bubble--user">{line}</p>
          </li>
        )),
      );
      lastPhase = entry.key;
    } else if (entry.kind === 'answered') {
      divider(entry.phase);
      items.push(
        <AnsweredEntry
          key={entry.question}
          question={entry.question}
          label={entry.label}
          prompt={entry.prompt}
          answer={entry.answer}
          canEdit={entry.canEdit}
          beingEdited={view.editing === entry.question}
          audience={view.audience}
          onEdit={onEdit}
        />,
      );
    } else if (!entry.question.editing) {
      divider(entry.question.phase);
      items.push(
        <li key={`ask-${entry.question.id}`} className="transcript__pair">
          <p className="bubble bubble--app bubble--current">
            {entry.question.prompt}
          </p>
        </li>,
      );
    }
  }

  return (
    <section className="transcript no-print" aria-labelledby="transcript-title">
      <h2 id="transcript-title" className="visually-hidden">
        {uiText('consult.conversation', view.audience)}
      </h2>
      <div
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-labelledby="transcript-title"
      >
        <ol className="transcript__log">
          <Welcome audience={view.audience} />
          {items}
          {view.done && (
            <li className="transcript__pair">
              <p className="bubble bubble--app">
                {uiText('consult.complete', view.audience)}
              </p>
            </li>
          )}
        </ol>
      </div>
    </section>
  );
}

/** The disclaimer and the overview: rendered again only for a new audience. */
const Welcome = memo(function Welcome({ audience }: { audience: Audience }) {
  return (
    <>
      <li className="transcript__pair">
        <div className="bubble bubble--app bubble--note">
          <p className="bubble__title">
            {uiText('consult.disclaimer-title', audience)}
          </p>
          <p>{textOf('app.disclaimer', audience)}</p>
        </div>
      </li>
      <li className="transcript__pair">
        <div className="bubble bubble--app">
          <p className="bubble__title">{labelOf('app.overview', audience)}</p>
          <p>
            {textOf('app.overview', audience)}{' '}
            <Citations citations={citationViews(citationsOf('app.overview'))} />
          </p>
        </div>
      </li>
    </>
  );
});

/** One answered question; re-renders only when its own text changes. */
const AnsweredEntry = memo(function AnsweredEntry({
  question,
  label,
  prompt,
  answer,
  canEdit,
  beingEdited,
  audience,
  onEdit,
}: {
  question: QuestionId;
  label: string;
  prompt: string;
  answer: string;
  canEdit: boolean;
  beingEdited: boolean;
  audience: Audience;
  onEdit: (question: QuestionId) => void;
}) {
  return (
    <li className="transcript__pair">
      <p className="bubble bubble--app">{prompt}</p>
      <div
        className={`bubble bubble--user${beingEdited ? ' bubble--editing' : ''}`}
      >
        <p>
          <span className="visually-hidden">
            {uiText('consult.your-answer', audience)}{' '}
          </span>
          {answer}
        </p>
        {beingEdited ? (
          <p className="bubble__note">
            {uiText('consult.being-changed', audience)}
          </p>
        ) : (
          canEdit && (
            <button
              type="button"
              className="bubble__edit"
              aria-label={uiText('consult.edit-label', audience, {
                question: label,
              })}
              onClick={() => onEdit(question)}
            >
              <EditIcon />
              {uiText('consult.edit', audience)}
            </button>
          )
        )}
      </div>
    </li>
  );
});

/**
 * Every reference, listed on demand: the list is closed (not rendered, nor
 * prerendered: it is a quarter of the first page's bytes), and opens when
 * asked for or when a citation to it is followed (the link's own jump then
 * finds its entry).
 */
const AllReferences = memo(function AllReferences({
  audience,
}: {
  audience: Audience;
}) {
  const [open, setOpen] = useState(false);
  const refs = useMemo(
    () => (open ? referenceViews([...referenceList.keys()]) : []),
    [open],
  );
  useEffect(() => {
    if (open) return;
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href^="#ref-"]');
      if (link) flushSync(() => setOpen(true));
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [open]);
  return (
    <section
      className="all-references no-print"
      aria-labelledby="all-refs-title"
    >
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="all-refs-title">{uiText('consult.references', audience)}</h2>
        </summary>
        {open && <ReferenceList references={refs} idPrefix="ref-" />}
      </details>
    </section>
  );
});
