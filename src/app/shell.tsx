import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { ConsultView } from '../features/consult/consult-view.tsx';
import { LazyExportActions } from '../features/export/lazy-export-actions.tsx';
import { ShareLinkGate } from '../features/export/share-link-gate.tsx';
import { OpenAnswersEntry } from '../features/export/open-answers-entry.tsx';
import {
  SummaryActionsContext,
  type SummaryActionsProps,
} from '../shared/lib/summary-actions.ts';
import { uiText } from '../shared/lib/ui-text.ts';
import { activeStateIds, WorkupActor } from '../shared/lib/workup-actor.ts';
import { Header } from './header.tsx';
import type { ViewId } from './view-route.ts';

/** The screen of a running session: the header and the view shown, composed from the features. */

const TeachingView = lazy(
  () => import('../features/teaching/teaching-view.tsx'),
);
const AlgorithmMap = lazy(() => import('../features/map/algorithm-map.tsx'));

/** The summary's export menu (the export feature, loaded on demand). */
const renderExportActions = (props: SummaryActionsProps) => (
  <LazyExportActions {...props} />
);

export function Shell({
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
  // The first screen: nothing chosen or answered yet.
  const fresh = WorkupActor.useSelector(
    (s) =>
      s.context.audience === null &&
      Object.keys(s.context.answers).length === 0,
  );
  const active = useMemo(() => activeStateIds(value), [value]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {uiText('app.skip-link', audience)}
      </a>
      <Header view={view} onViewChange={onViewChange} audience={audience} />
      {banner}
      <main id="main" tabIndex={-1} className="main">
        <ShareLinkGate />
        {view === 'consult' && (
          <SummaryActionsContext.Provider value={renderExportActions}>
            {fresh && <OpenAnswersEntry />}
            <ConsultView />
          </SummaryActionsContext.Provider>
        )}
        {view !== 'consult' && (
          <Suspense
            fallback={
              <p className="loading">{uiText('app.loading', audience)}</p>
            }
          >
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
