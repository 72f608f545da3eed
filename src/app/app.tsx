import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { InspectionEvent, Observer, Snapshot } from 'xstate';
import type { WorkupInput } from '../../machines/workup.types.ts';
import { SessionContext, type SessionControls } from '../shared/lib/session.ts';
import { WorkupActor } from '../shared/lib/workup-actor.ts';
import { ContentProblem, useContentCheck } from './content-check.tsx';
import {
  browserStore,
  clearSession,
  savedRaw,
  type LoadedSession,
  type SessionReader,
  type Store,
} from './persistence.ts';
import { ActorErrorBoundary } from './recovery.tsx';
import { Persist, TrackVisits } from './session-sync.tsx';
import { Shell } from './shell.tsx';
import { useViewRoute } from './view-route.ts';

// Rare screens: loaded when shown (a broken save is only known once the
// lazily loaded reader has read it).
const BrokenSession = lazy(() =>
  import('./session-screens.tsx').then((m) => ({ default: m.BrokenSession })),
);
const OtherTabNotice = lazy(() =>
  import('./session-screens.tsx').then((m) => ({ default: m.OtherTabNotice })),
);
const SaveFailedNotice = lazy(() =>
  import('./session-screens.tsx').then((m) => ({
    default: m.SaveFailedNotice,
  })),
);

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
  /** The saved session, read before the first render (none: a fresh one). */
  loaded?: LoadedSession;
  /** Reads a save again (another tab's); loaded on demand when absent. */
  readSession?: SessionReader;
}

const emptySession: LoadedSession = { kind: 'empty' };

function initialSession(loaded: LoadedSession): Session {
  return loaded.kind === 'restored'
    ? { id: 1, input: {}, snapshot: loaded.snapshot }
    : { id: 1, input: {} };
}

/**
 * The app shell: header (title, audience, start over, nav), the session's
 * actor provider keyed on the session id, and the three views.
 */
export function App({
  store = browserStore(),
  inspect,
  loaded = emptySession,
  readSession,
}: AppProps) {
  const [broken, setBroken] = useState(
    loaded.kind === 'broken' ? loaded : null,
  );
  // Whether the last write of the session held (false: a persistent notice).
  const [saveHeld, setSaveHeld] = useState(true);
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

  const takeSaved = (reloaded: LoadedSession) => {
    if (reloaded.kind === 'broken') setBroken(reloaded);
    else {
      setVisited([]);
      setSession((s) => ({
        ...initialSession(reloaded),
        id: s.id + 1,
      }));
    }
  };

  if (broken) {
    const { partial } = broken;
    return (
      <Suspense fallback={null}>
        <BrokenSession
          raw={broken.raw}
          problem={broken.problem}
          dropped={broken.dropped}
          onFreshStart={() => {
            clearSession(store);
            setBroken(null);
            controls.restart();
          }}
          {...(partial
            ? {
                onKeepReadable: () => {
                  setBroken(null);
                  setOtherTab(false);
                  setSession((s) => ({
                    id: s.id + 1,
                    input: {},
                    snapshot: partial,
                  }));
                },
              }
            : {})}
        />
      </Suspense>
    );
  }

  const options = {
    input: session.input,
    ...(session.snapshot ? { snapshot: session.snapshot as never } : {}),
    ...(inspect ? { inspect } : {}),
  };

  return (
    <SessionContext.Provider value={controls}>
      <ActorErrorBoundary
        key={session.id}
        onReset={() => controls.restart()}
        saved={() => savedRaw(store)}
      >
        <WorkupActor.Provider key={session.id} options={options}>
          <Persist
            store={store}
            paused={otherTab}
            onOtherTab={onOtherTab}
            onSaved={setSaveHeld}
          />
          <TrackVisits onVisit={onVisit} />
          <Shell
            view={view}
            onViewChange={setView}
            visited={visited}
            banner={
              (otherTab || !saveHeld) && (
                <Suspense fallback={null}>
                  {otherTab ? (
                    <OtherTabNotice
                      onKeepMine={() => {
                        setOtherTab(false);
                        document.getElementById('main')?.focus();
                      }}
                      onTakeTheirs={() => {
                        // Read theirs before this tab saves again.
                        const take = (read: SessionReader) => {
                          const reloaded = read(store);
                          setOtherTab(false);
                          document.getElementById('main')?.focus();
                          takeSaved(reloaded);
                        };
                        if (readSession) take(readSession);
                        else
                          void import('./saved-session.ts').then((m) =>
                            take(m.loadSession),
                          );
                      }}
                    />
                  ) : (
                    <SaveFailedNotice />
                  )}
                </Suspense>
              )
            }
          />
        </WorkupActor.Provider>
      </ActorErrorBoundary>
    </SessionContext.Provider>
  );
}
