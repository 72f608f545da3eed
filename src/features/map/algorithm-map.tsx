import { useMemo, useState } from 'react';
import {
  citationsOf,
  labelOf,
  rationaleOf,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import { Citations } from '../teaching/citations.tsx';
import { machineGraph, type MapEdge, type MapState } from './machine-graph.ts';
import './algorithm-map.css';

const edgeWords: Record<MapEdge['kind'], string> = {
  answer: 'answer accepted',
  skip: 'skipped when',
  refuse: 'answer refused: stay and say why',
  edit: 'edit an earlier answer',
  other: '',
};

/**
 * The workup statechart drawn from the machine definition: phases as
 * columns, question states as buttons, transitions (with the guarded skips)
 * listed under each state. The current state and the path taken are marked;
 * selecting a state shows its content node.
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
  const byId = useMemo(() => {
    const map = new Map<string, MapState>();
    const walk = (s: MapState) => {
      map.set(s.id, s);
      s.children.forEach(walk);
    };
    walk(root);
    return map;
  }, [root]);
  const active = new Set(activeStateIds);
  const visited = new Set(visitedStateIds);
  const current = [...activeStateIds].reverse().find((id) => byId.has(id));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = byId.get(selectedId ?? current ?? '') ?? null;

  const nameOf = (id: string) => {
    const s = byId.get(id);
    return s?.contentId ? labelOf(s.contentId, audience) : (s?.key ?? id);
  };

  const stateButton = (s: MapState, heading = false) => {
    const isActive = active.has(s.id);
    const isVisited = visited.has(s.id);
    const status = [
      s.id === current ? 'current' : isActive ? 'active' : null,
      isVisited && !isActive ? 'visited' : null,
    ].filter(Boolean);
    return (
      <button
        type="button"
        className={[
          'map-state',
          heading ? 'map-state--phase' : '',
          isActive ? 'is-active' : '',
          isVisited ? 'is-visited' : '',
        ].join(' ')}
        data-state-id={s.id}
        aria-current={s.id === current ? 'step' : undefined}
        aria-pressed={selected?.id === s.id}
        onClick={() => setSelectedId(s.id)}
      >
        {nameOf(s.id)}
        {status.length > 0 && (
          <span className="map-badge"> ({status.join(', ')})</span>
        )}
        <code className="map-id">{s.id}</code>
      </button>
    );
  };

  const edgeList = (s: MapState, kinds: MapEdge['kind'][]) => {
    const edges = s.edges.filter((e) => kinds.includes(e.kind));
    if (edges.length === 0) return null;
    return (
      <ul className="map-edges" aria-label={`Transitions from ${nameOf(s.id)}`}>
        {edges.map((e, i) => (
          <li key={i} className={`map-edge map-edge--${e.kind}`}>
            <code>{e.event}</code>
            {e.guard && (
              <>
                {' '}
                [<code>{e.guard}</code>]
              </>
            )}{' '}
            {edgeWords[e.kind] && <span>{edgeWords[e.kind]} </span>}
            {e.kind === 'other' && e.actions.length > 0 && (
              <span>
                runs <code>{e.actions.join(', ')}</code>{' '}
              </span>
            )}
            {e.targets.length > 0 && (
              <span>→ {e.targets.map(nameOf).join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="algorithm-map" aria-labelledby="map-title">
      <h1 id="map-title">Algorithm map</h1>
      <p>
        Drawn from the workup statechart itself. The current state is marked
        “current”, the states already passed “visited”. Select a state to read
        why it is there.
      </p>
      <div className="map-root" data-state-id={root.id}>
        <ol className="map-phases">
          {root.children.map((phase) => (
            <li key={phase.id} className="map-phase">
              {stateButton(phase, true)}
              {phase.children.length > 0 ? (
                <ol className="map-questions">
                  {phase.children.map((q) => (
                    <li key={q.id}>
                      {stateButton(q)}
                      {edgeList(q, ['answer', 'skip', 'refuse', 'other'])}
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="map-final">
                  {phase.isFinal
                    ? 'Final state: the summary is its output.'
                    : ''}
                </p>
              )}
            </li>
          ))}
        </ol>
        <details className="map-global">
          <summary>Transitions from any state (edits, audience)</summary>
          {edgeList(root, ['answer', 'skip', 'refuse', 'edit', 'other'])}
        </details>
      </div>
      <div className="map-detail" aria-live="polite">
        {selected?.contentId && (
          <StateDetail
            contentId={selected.contentId}
            stateId={selected.id}
            audience={audience}
          />
        )}
      </div>
    </section>
  );
}

function StateDetail({
  contentId,
  stateId,
  audience,
}: {
  contentId: NonNullable<MapState['contentId']>;
  stateId: string;
  audience: Audience;
}) {
  const label = labelOf(contentId, audience);
  const rationale = rationaleOf(contentId, audience);
  return (
    <article aria-label={`About ${label}`}>
      <h2>{label}</h2>
      <p className="map-id">
        <code>{stateId}</code> · content <code>{contentId}</code>
      </p>
      <p>{textOf(contentId, audience)}</p>
      {rationale && (
        <p>
          <strong>Why: </strong>
          {rationale}
        </p>
      )}
      <p>
        <Citations ids={citationsOf(contentId)} />
      </p>
    </article>
  );
}
