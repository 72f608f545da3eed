import {
  Component,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { InspectionEvent, Observer, Snapshot } from 'xstate';
import { labelOf, textOf, type Audience } from '../../content/index.ts';
import type { WorkupInput } from '../../machines/workup.types.ts';
import { ConsultView } from '../features/consult/consult-view.tsx';
import { copyText } from '../shared/lib/copy-text.ts';
import { ShareLinkGate } from '../features/export/share-link-gate.tsx';
import { LazyExportActions } from '../features/export/lazy-export-actions.tsx';
import {
  SummaryActionsContext,
  type SummaryActionsProps,
} from '../shared/lib/summary-actions.ts';
import { ensureLearnerTexts } from './learner-texts.ts';
import {
  browserStore,
  clearSession,
  isSameSession,
  loadSession,
  storageKey,
  saveSession,
  type LoadedSession,
  type Store,
} from './persistence.ts';
import {
  SessionContext,
  useSession as useSessionControls,
  type SessionControls,
} from '../shared/lib/session.ts';
import { activeStateIds, WorkupActor } from '../shared/lib/workup-actor.ts';

const TeachingView = lazy(
  () => import('../features/teaching/teaching-view.tsx'),
);
const AlgorithmMap = lazy(() => import('../features/map/algorithm-map.tsx'));

export type ViewId = 'consult' | 'teaching' | 'map';

const views: { id: ViewId; label: string; hash: string }[] = [
  { id: 'consult', label: 'Consult', hash: '#/consult' },
  { id: 'teaching', label: 'Worked cases', hash: '#/worked-cases' },
  { id: 'map', label: 'Algorithm map', hash: '#/map' },
];

/** The view a URL hash names, or null (no hash, or an in-page anchor). */
export function viewOfHash(hash: string): ViewId | null {
  return views.find((v) => v.hash === hash)?.id ?? null;
}

/**
 * The view, kept in the URL: each view has its own hash (`#/map`) and
 * history entry, so Back and Forward move between views and a view can be
 * linked. In-page anchors (the skip link, citations) keep the view they
 * were followed in.
 */
function useViewRoute(): [ViewId, (view: ViewId) => void] {
  // The first render is the consult (it is what the prerendered HTML
  // holds); a linked view follows at once.
  const [view, setView] = useState<ViewId>('consult');
  const current = useRef(view);
  useEffect(() => {
    current.current = view;
  }, [view]);
  useEffect(() => {
    const follow = () => {
      const { hash } = window.location;
      const state = window.history.state as { view?: ViewId } | null;
      const routed = viewOfHash(hash) ?? state?.view;
      if (routed) setView(routed);
      else if (hash === '') setView('consult');
      // An in-page anchor just followed: its entry keeps the current view.
      else window.history.replaceState({ view: current.current }, '');
    };
    follow();
    // Chromium fires popstate for an anchor followed; others hashchange.
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  const navigate = useCallback((next: ViewId) => {
    if (next === current.current) return;
    const hash = views.find((v) => v.id === next)?.hash ?? '';
    window.history.pushState({ view: next }, '', hash);
    setView(next);
  }, []);
  const baseTitle = useRef<string | null>(null);
  useEffect(() => {
    baseTitle.current ??= document.title;
    const label = views.find((v) => v.id === view)?.label;
    document.title =
      view === 'consult'
        ? baseTitle.current
        : `${label} · ${baseTitle.current}`;
  }, [view]);
  return [view, navigate];
}

interface Session {
  id: number;
  input: WorkupInput;
  snapshot?: Snapshot<unknown>;
}

export interface AppProps {
  /** The storage to persist to (localStorage in the browser). */
  store?: Store | null;
  /** Opt-in inspector (the `?inspect` flag). */
  inspect?: Observer<InspectionEvent> | ((event: InspectionEvent) => void);
}

function initialSession(loaded: LoadedSession): Session {
  return loaded.kind === 'restored'
    ? { id: 1, input: {}, snapshot: loaded.snapshot }
    : { id: 1, input: {} };
}

/** The summary's export menu (the export feature, loaded on demand). */
const renderExportActions = (props: SummaryActionsProps) => (
  <LazyExportActions {...props} />
);

/**
 * The app shell: header (title, audience, start over, nav), the session's
 * actor provider keyed on the session id, and the three views.
 */
export function App({ store = browserStore(), inspect }: AppProps) {
  const [loaded] = useState(() => loadSession(store));
  const [broken, setBroken] = useState(
    loaded.kind === 'broken' ? loaded : null,
  );
  const [session, setSession] = useState<Session>(() => initialSession(loaded));
  const [view, setView] = useViewRoute();
  const [visited, setVisited] = useState<string[]>([]);
  const contentProblem = useContentCheck();
  // Another tab changed the saved session: this one stops saving until the
  // user chooses whose answers to keep.
  const [otherTab, setOtherTab] = useState(false);
  const onOtherTab = useCallback(() => setOtherTab(true), []);
  useEffect(() => {
    // Interactive from here on (the prerendered HTML is not): tests and
    // tools wait for this mark.
    document.documentElement.setAttribute('data-app-ready', '');
  }, []);

  const controls = useMemo<SessionControls>(
    () => ({
      restart: (input = {}) => {
        // Starting over here is this tab's choice: it saves again.
        setOtherTab(false);
        clearSession(store);
        setVisited([]);
        setSession((s) => ({ id: s.id + 1, input }));
        setView('consult');
      },
    }),
    [store, setView],
  );

  const onVisit = useCallback((ids: string[]) => {
    setVisited((prev) => {
      const missing = ids.filter((id) => !prev.includes(id));
      return missing.length ? [...prev, ...missing] : prev;
    });
  }, []);

  if (contentProblem) return <ContentProblem message={contentProblem} />;

  if (broken) {
    return (
      <BrokenSession
        raw={broken.raw}
        problem={broken.problem}
        onFreshStart={() => {
          clearSession(store);
          setBroken(null);
          controls.restart();
        }}
      />
    );
  }

  const options = {
    input: session.input,
    ...(session.snapshot ? { snapshot: session.snapshot as never } : {}),
    ...(inspect ? { inspect } : {}),
  };

  return (
    <SessionContext.Provider value={controls}>
      <ActorErrorBoundary key={session.id} onReset={() => controls.restart()}>
        <WorkupActor.Provider key={session.id} options={options}>
          <Persist store={store} paused={otherTab} onOtherTab={onOtherTab} />
          <TrackVisits onVisit={onVisit} />
          <Shell
            view={view}
            onViewChange={setView}
            visited={visited}
            banner={
              otherTab && (
                <OtherTabNotice
                  onKeepMine={() => {
                    setOtherTab(false);
                    document.getElementById('main')?.focus();
                  }}
                  onTakeTheirs={() => {
                    setOtherTab(false);
                    document.getElementById('main')?.focus();
                    const reloaded = loadSession(store);
                    if (reloaded.kind === 'broken') setBroken(reloaded);
                    else {
                      setVisited([]);
                      setSession((s) => ({
                        ...initialSession(reloaded),
                        id: s.id + 1,
                      }));
                    }
                  }}
                />
              )
            }
          />
        </WorkupActor.Provider>
      </ActorErrorBoundary>
    </SessionContext.Provider>
  );
}

/**
 * Right after the first paint: installs the learner wording (a lazy chunk in
 * the browser build) and validates the clinical content against its schema
 * once (the schema is a lazy chunk too). Re-renders when the texts arrive.
 */
function useContentCheck(): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  const [, setTextsReady] = useState(false);
  useEffect(() => {
    let live = true;
    ensureLearnerTexts()
      .then(() => {
        if (live) setTextsReady(true);
        return import('../../content/validate.ts');
      })
      .then(({ validateContent }) => validateContent({ shipped: true }))
      .catch((error: unknown) => {
        if (live) {
          setProblem(error instanceof Error ? error.message : String(error));
        }
      });
    return () => {
      live = false;
    };
  }, []);
  return problem;
}

function ContentProblem({ message }: { message: string }) {
  return (
    <div className="app">
      <main id="main" className="main">
        <h1>The clinical content failed its check</h1>
        <div role="alert" className="notice notice--warning">
          <p>
            This copy of the app has malformed clinical content, so it will not
            run a consult: nothing it would show could be trusted. Your saved
            answers are kept in this browser untouched.
          </p>
          <p>
            <code>{message}</code>
          </p>
        </div>
      </main>
    </div>
  );
}

/**
 * Saves the session on every change, and watches for another tab saving
 * over it (the storage event fires in the other tabs only). A save that
 * holds the same consult is no conflict; a different one pauses saving here.
 */
function Persist({
  store,
  paused,
  onOtherTab,
}: {
  store: Store | null;
  paused: boolean;
  onOtherTab: () => void;
}) {
  const actorRef = WorkupActor.useActorRef();
  useEffect(() => {
    if (paused) return;
    const save = () => saveSession(store, actorRef.getPersistedSnapshot());
    save();
    const sub = actorRef.subscribe(save);
    return () => sub.unsubscribe();
  }, [actorRef, store, paused]);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== storageKey && e.key !== null) return;
      if (!isSameSession(e.newValue, actorRef.getPersistedSnapshot())) {
        onOtherTab();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [actorRef, onOtherTab]);
  return null;
}

function OtherTabNotice({
  onKeepMine,
  onTakeTheirs,
}: {
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const audience = WorkupActor.useSelector(
    (s) => s.context.audience ?? 'clinician',
  );
  return (
    <section
      className="notice notice--warning other-tab no-print"
      role="alert"
      aria-labelledby="other-tab-title"
    >
      <h2 id="other-tab-title">{labelOf('app.other-tab', audience)}</h2>
      <p>{textOf('app.other-tab', audience)}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onTakeTheirs}>
          Show the other tab's answers
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={onKeepMine}
        >
          Keep this tab's answers
        </button>
      </div>
    </section>
  );
}

function TrackVisits({ onVisit }: { onVisit: (ids: string[]) => void }) {
  const actorRef = WorkupActor.useActorRef();
  useEffect(() => {
    const visit = () => onVisit(activeStateIds(actorRef.getSnapshot().value));
    visit();
    const sub = actorRef.subscribe(visit);
    return () => sub.unsubscribe();
  }, [actorRef, onVisit]);
  return null;
}

function Shell({
  view,
  onViewChange,
  visited,
  banner,
}: {
  view: ViewId;
  onViewChange: (view: ViewId) => void;
  visited: string[];
  /** A notice shown above every view (another tab changed the session). */
  banner?: ReactNode;
}) {
  const audience = WorkupActor.useSelector(
    (s) => s.context.audience ?? 'clinician',
  );
  const value = WorkupActor.useSelector((s) => s.value);
  const active = useMemo(() => activeStateIds(value), [value]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header view={view} onViewChange={onViewChange} audience={audience} />
      {banner}
      <main id="main" tabIndex={-1} className="main">
        <ShareLinkGate />
        {view === 'consult' && (
          <SummaryActionsContext.Provider value={renderExportActions}>
            <ConsultView />
          </SummaryActionsContext.Provider>
        )}
        {view !== 'consult' && (
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {view === 'teaching' ? (
              <TeachingView
                audience={audience}
                onExit={() => onViewChange('consult')}
              />
            ) : (
              <AlgorithmMap
                activeStateIds={active}
                visitedStateIds={visited}
                audience={audience}
              />
            )}
          </Suspense>
        )}
      </main>
    </div>
  );
}

function Header({
  view,
  onViewChange,
  audience,
}: {
  view: ViewId;
  onViewChange: (view: ViewId) => void;
  audience: Audience;
}) {
  return (
    <header className="app-header no-print">
      <div className="app-header__top">
        <p className="app-title">
          <LiverIcon />
          <span>
            Fetal liver calcifications
            <span className="app-title__sub"> · guided workup</span>
          </span>
        </p>
        <div className="app-header__tools">
          <AudienceSwitch audience={audience} />
          <StartOver />
        </div>
      </div>
      <nav aria-label="Views" className="app-nav">
        <ul>
          {views.map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className="app-nav__link"
                aria-current={view === v.id ? 'page' : undefined}
                onClick={() => onViewChange(v.id)}
              >
                {v.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function AudienceSwitch({ audience }: { audience: Audience }) {
  const actorRef = WorkupActor.useActorRef();
  const options: { value: Audience; label: string }[] = [
    { value: 'clinician', label: 'Clinician' },
    { value: 'learner', label: 'Learner' },
  ];
  return (
    <fieldset className="segmented">
      <legend>Wording</legend>
      {options.map((o) => (
        <label key={o.value} className="segmented__option">
          <input
            type="radio"
            name="audience-switch"
            value={o.value}
            checked={audience === o.value}
            onChange={() =>
              actorRef.send({ type: 'audience.change', audience: o.value })
            }
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function StartOver() {
  const { restart } = useSessionControls();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) triggerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  if (!confirming) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--quiet"
        onClick={() => setConfirming(true)}
      >
        Start over
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="start-over-q"
      onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
    >
      <p id="start-over-q">Start over? All answers will be cleared.</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          setConfirming(false);
          restart();
        }}
      >
        Yes, start over
      </button>
      <button
        ref={cancelRef}
        type="button"
        className="button button--quiet"
        onClick={() => setConfirming(false)}
      >
        Cancel
      </button>
    </div>
  );
}

function BrokenSession({
  raw,
  problem,
  onFreshStart,
}: {
  raw: string;
  problem: string;
  onFreshStart: () => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="app">
      <main id="main" className="main">
        <section
          className="notice notice--warning"
          aria-labelledby="broken-title"
        >
          <h1 id="broken-title" ref={headingRef} tabIndex={-1}>
            Your saved session could not be restored
          </h1>
          <p>{problem}</p>
          <p>
            Nothing has been deleted yet. You can copy the saved data before
            starting a fresh consult.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={onFreshStart}>
              Start a fresh consult
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={async () =>
                setCopied(
                  (await copyText(raw))
                    ? 'The saved data was copied.'
                    : 'Copying failed: select the text below and copy it.',
                )
              }
            >
              Copy the broken data
            </button>
          </div>
          <p role="status" className="status-line">
            {copied}
          </p>
          <details>
            <summary>Show the saved data</summary>
            <label htmlFor="broken-raw" className="visually-hidden">
              Saved data
            </label>
            <textarea id="broken-raw" readOnly value={raw} rows={6} />
          </details>
        </section>
      </main>
    </div>
  );
}

class ActorErrorBoundary extends Component<
  { children: ReactNode; onReset: () => void },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="main">
        <section className="notice notice--warning" role="alert">
          <h1>Something went wrong with this consult</h1>
          <p>The consult could not continue. You can start a fresh one.</p>
          <button type="button" className="button" onClick={this.props.onReset}>
            Start a fresh consult
          </button>
        </section>
      </main>
    );
  }
}

function LiverIcon() {
  return (
    <svg
      className="app-title__icon"
      viewBox="0 0 32 32"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path
        d="M7 12c3-5 15-6 19-1 2 3 0 8-5 10-5 2-11 1-14-3-1-2-1-4 0-6z"
        fill="#f4e7d4"
      />
      <circle cx="13" cy="15" r="1.8" fill="currentColor" />
      <circle cx="19" cy="13" r="1.4" fill="currentColor" />
      <circle cx="18" cy="18" r="1.2" fill="currentColor" />
    </svg>
  );
}
