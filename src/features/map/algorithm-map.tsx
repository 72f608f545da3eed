/**
 * The algorithm map view: the drawn chart, the same graph as lists, and the
 * selected state's content. The components are the parts of this one view.
 */
import { useId, useMemo, useState } from 'react';
import {
  citationsOf,
  labelOf,
  learnerTextsMissing,
  rationaleOf,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import { Button } from '../../shared/ui/button.tsx';
import { Citations } from '../../shared/ui/citations.tsx';
import { ChartSvg, type StateStatus } from './chart-svg.tsx';
import { chartChrome, chartWords, mapText } from './chart-words.ts';
import {
  decisionDetail,
  guardNames,
} from '../../shared/lib/statechart/guard-words.ts';
import {
  layoutChart,
  shownStart,
  shownTarget,
  type EdgePath,
} from './layout.ts';
import {
  allStates,
  decisionsInto,
  machineGraph,
  passedDecisions,
  type GuardRef,
  type MapEdge,
  type MapState,
} from '../../shared/lib/statechart/machine-graph.ts';
import './algorithm-map.css';

/**
 * The workup statechart drawn from the machine definition: phases as
 * regions, questions as boxes, transitions as arrows labelled in clinical
 * words; the current state and the path taken highlighted. The same graph
 * follows as a structured list for keyboard and screen-reader users.
 * Selecting a state (in either) shows its content node.
 */
export default function AlgorithmMap({
  activeStateIds,
  visitedStateIds,
  audience,
}: {
  activeStateIds: string[];
  visitedStateIds: string[];
  audience: Audience;
}) {
  const root = useMemo(() => machineGraph(), []);
  const byId = useMemo(
    () => new Map(allStates(root).map((s) => [s.id, s])),
    [root],
  );
  const [showIds, setShowIds] = useState(false);
  const [zoom, setZoom] = useState<number | 'fit'>(1);
  // The learner wording may arrive after the first render (a lazy chunk in
  // the browser build): lay out again when it does.
  const textsMissing = learnerTextsMissing();
  const words = useMemo(
    () => chartWords(audience),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- textsMissing changes what chartWords reads
    [audience, textsMissing],
  );
  const layout = useMemo(
    () => layoutChart(root, words, { showIds }),
    [root, words, showIds],
  );
  const active = new Set(activeStateIds);
  const passed = passedDecisions(
    root,
    new Set(visitedStateIds),
    new Set([...activeStateIds, ...visitedStateIds]),
  );
  const visited = new Set([...visitedStateIds, ...passed]);
  const current = [...activeStateIds].reverse().find((id) => byId.has(id));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = byId.get(selectedId ?? current ?? '') ?? null;
  const ids = useId();

  const statusOf = (id: string): StateStatus =>
    id === current
      ? 'current'
      : active.has(id)
        ? 'active'
        : visited.has(id)
          ? 'visited'
          : null;
  const reached = (id: string) => active.has(id) || visited.has(id);
  const isTaken = (edge: EdgePath) =>
    !edge.initial && visited.has(edge.source) && reached(edge.target);
  const nameOf = (id: string) => {
    const s = byId.get(id);
    return s ? words.state(s) : id;
  };
  const shownTargetOf = (id: string, dev: boolean) =>
    shownTarget(byId, id, dev);
  const start = root.initial && shownStart(byId, root.initial, showIds);

  return (
    <section className="algorithm-map" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`}>{mapText('map.title')}</h1>
      <p>{mapText('map.intro')}</p>
      <label className="map-show-ids">
        <input
          type="checkbox"
          checked={showIds}
          onChange={(e) => setShowIds(e.target.checked)}
        />{' '}
        {mapText('map.show-ids')}
      </label>
      <div className="map-layout">
        <div className="map-diagram">
          <h2 id={`${ids}-diagram`}>{mapText('map.diagram')}</h2>
          <p className="map-legend">
            <span className="map-key map-key--current">
              {mapText('map.key-current')}
            </span>{' '}
            <span className="map-key map-key--visited">
              {mapText('map.key-visited')}
            </span>{' '}
            <span className="map-key map-key--taken">
              {mapText('map.key-taken')}
            </span>
          </p>
          <ZoomControls zoom={zoom} onZoom={setZoom} />
          <div
            className="map-scroll"
            role="region"
            aria-labelledby={`${ids}-diagram`}
            tabIndex={0}
          >
            <ChartSvg
              layout={layout}
              zoom={zoom}
              title={mapText('map.diagram-title', 'clinician', {
                title: chartChrome.title,
              })}
              statusOf={statusOf}
              isTaken={isTaken}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              nameOf={(box) => nameOf(box.id)}
            />
          </div>
        </div>
        <div className="map-detail" aria-live="polite">
          {selected && (
            <StateDetail
              state={selected}
              audience={audience}
              showIds={showIds}
              into={decisionsInto(root, selected.id)}
              nameOf={nameOf}
              shownTargetOf={shownTargetOf}
              edgeText={words.edge}
              branchText={words.branch}
            />
          )}
        </div>
      </div>
      <MapList
        root={root}
        headingId={`${ids}-list`}
        start={start || null}
        nameOf={nameOf}
        shownTargetOf={shownTargetOf}
        edgeText={words.edge}
        branchText={words.branch}
        aboutText={words.about}
        statusOf={statusOf}
        selectedId={selected?.id ?? null}
        onSelect={setSelectedId}
        showIds={showIds}
      />
    </section>
  );
}

/** A transition in words, with where it goes. */
interface EdgeWords {
  nameOf: (id: string) => string;
  shownTargetOf: (id: string, showIds: boolean) => string | null;
  edgeText: (e: MapEdge) => string;
  branchText: (s: MapState, e: MapEdge) => string | null;
  showIds: boolean;
}

/** Zoom buttons over the scrolling diagram (scroll or drag to pan). */
function ZoomControls({
  zoom,
  onZoom,
}: {
  zoom: number | 'fit';
  onZoom: (zoom: number | 'fit') => void;
}) {
  const level = zoom === 'fit' ? null : zoom;
  const step = (by: number) =>
    onZoom(Math.min(2, Math.max(0.25, (level ?? 0.5) * by)));
  return (
    <div className="map-zoom">
      <Button variant="quiet" onClick={() => step(1.25)}>
        {mapText('map.zoom-in')}
      </Button>
      <Button variant="quiet" onClick={() => step(0.8)}>
        {mapText('map.zoom-out')}
      </Button>
      <Button
        variant="quiet"
        aria-pressed={zoom === 'fit'}
        onClick={() => onZoom('fit')}
      >
        {mapText('map.zoom-fit')}
      </Button>
      {level !== null && (
        <span role="status">
          {mapText('map.zoom-level', 'clinician', {
            percent: Math.round(level * 100),
          })}
        </span>
      )}
    </div>
  );
}

/**
 * A state's transitions, one list item each (inside the caller's list).
 * Without ids, refusals ("stays on the question") are left out.
 */
function EdgeItems({ state, ...words }: EdgeWords & { state: MapState }) {
  return state.edges
    .filter((edge) => words.showIds || edge.kind !== 'stay')
    .map((edge) => (
      <EdgeItem key={edge.id} state={state} edge={edge} {...words} />
    ));
}

function EdgeItem({
  state,
  edge,
  nameOf,
  shownTargetOf,
  edgeText,
  branchText,
  showIds,
}: EdgeWords & { state: MapState; edge: MapEdge }) {
  const targets = edge.targets.flatMap((t) => shownTargetOf(t, showIds) ?? []);
  return (
    <li className={`map-edge map-edge--${edge.kind}`} data-edge-id={edge.id}>
      {branchText(state, edge) ?? edgeText(edge)}
      {targets.length > 0 && <> → {targets.map(nameOf).join(', ')}</>}
      {showIds && (
        <code className="map-id">
          {edge.event}
          {edge.guardText && ` [${edge.guardText}]`}
        </code>
      )}
    </li>
  );
}

/** The same graph as nested lists: phases, their states, their transitions. */
function MapList({
  root,
  headingId,
  start,
  nameOf,
  shownTargetOf,
  edgeText,
  branchText,
  aboutText,
  statusOf,
  selectedId,
  onSelect,
  showIds,
}: {
  root: MapState;
  headingId: string;
  /** The state the list says the consult starts at. */
  start: string | null;
  nameOf: (id: string) => string;
  shownTargetOf: EdgeWords['shownTargetOf'];
  edgeText: (e: MapEdge) => string;
  branchText: (s: MapState, e: MapEdge) => string | null;
  aboutText: (s: MapState) => string;
  statusOf: (id: string) => StateStatus;
  selectedId: string | null;
  onSelect: (id: string) => void;
  showIds: boolean;
}) {
  const edges = (s: MapState) =>
    s.edges.length > 0 && (
      <ul
        className="map-edges"
        aria-label={mapText('map.transitions-from', 'clinician', {
          state: s === root ? chartChrome.anyState : nameOf(s.id),
        })}
      >
        <EdgeItems
          state={s}
          nameOf={nameOf}
          shownTargetOf={shownTargetOf}
          edgeText={edgeText}
          branchText={branchText}
          showIds={showIds}
        />
      </ul>
    );
  const machinery = root.children.filter((c) => c.isMachinery);
  const button = (s: MapState) => {
    const status = statusOf(s.id);
    return (
      <button
        type="button"
        className={`map-state ${status ? `is-${status}` : ''}`}
        data-list-state-id={s.id}
        aria-pressed={selectedId === s.id}
        aria-current={status === 'current' ? 'step' : undefined}
        onClick={() => onSelect(s.id)}
      >
        {nameOf(s.id)}
        {status && (
          <span className="map-badge">
            {' '}
            ({mapText(`map.status-${status}`)})
          </span>
        )}
        {showIds && <code className="map-id">{s.id}</code>}
      </button>
    );
  };
  const item = (s: MapState, depth: number) => (
    <li key={s.id}>
      {depth === 0 ? <h3>{button(s)}</h3> : button(s)}
      {s.initial && (
        <p className="map-initial">
          {mapText('map.starts-at', 'clinician', {
            state: nameOf(s.initial),
          })}
        </p>
      )}
      {edges(s)}
      {s.children.length > 0 && (
        <ol className="map-questions">
          {s.children.map((c) => item(c, depth + 1))}
        </ol>
      )}
    </li>
  );
  return (
    <section className="map-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{mapText('map.list')}</h2>
      <p>
        {mapText('map.list-intro', 'clinician', {
          state: start ? nameOf(start) : '...',
        })}
      </p>
      <ol className="map-phases">
        {root.children
          .filter((c) => showIds || !c.isMachinery)
          .map((c) => item(c, 0))}
      </ol>
      <h3>{chartChrome.anyState}</h3>
      {edges(root)}
      {!showIds &&
        machinery.map((s) => (
          <p key={s.id} data-about-state={s.id}>
            {aboutText(s)}
          </p>
        ))}
    </section>
  );
}

function StateDetail({
  state,
  audience,
  showIds,
  into,
  nameOf,
  shownTargetOf,
  edgeText,
  branchText,
}: {
  state: MapState;
  audience: Audience;
  showIds: boolean;
  /** The guards of the decisions that lead to this state. */
  into: readonly GuardRef[];
  nameOf: (id: string) => string;
  shownTargetOf: EdgeWords['shownTargetOf'];
  edgeText: (e: MapEdge) => string;
  branchText: (s: MapState, e: MapEdge) => string | null;
}) {
  const contentId = state.contentId;
  if (!contentId) return null;
  const label = labelOf(contentId, audience);
  const rationale = rationaleOf(contentId, audience);
  const decisions = [
    ...new Set([
      ...into.flatMap(guardNames),
      ...state.edges.flatMap((e) => guardNames(e.guard)),
    ]),
  ].flatMap((name) => {
    const detail = decisionDetail(name, audience);
    return detail ? [{ name, ...detail }] : [];
  });
  return (
    <article aria-label={mapText('map.about', 'clinician', { label })}>
      <h3>{label}</h3>
      {showIds && (
        <p className="map-id">
          <code>{state.id}</code> · {mapText('map.content-node')}{' '}
          <code>{contentId}</code>
        </p>
      )}
      <p>{textOf(contentId, audience)}</p>
      {rationale && (
        <p>
          <strong>{mapText('map.why')}</strong>
          {rationale}
        </p>
      )}
      <p>
        <Citations form="named" ids={citationsOf(contentId)} />
      </p>
      {state.edges.length > 0 && (
        <>
          <h4>{mapText('map.what-next')}</h4>
          <ul className="map-edges">
            <EdgeItems
              state={state}
              nameOf={nameOf}
              shownTargetOf={shownTargetOf}
              edgeText={edgeText}
              branchText={branchText}
              showIds={showIds}
            />
          </ul>
        </>
      )}
      {decisions.length > 0 && (
        <>
          <h4>{mapText('map.decisions')}</h4>
          <ul>
            {decisions.map((d) => (
              <li key={d.name}>
                {d.text} <Citations form="named" ids={d.citations} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
