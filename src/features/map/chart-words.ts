import { labelOf, textOf, type Audience } from '../../../content/index.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import {
  edgeWords,
  guardWords,
  noWords,
} from '../../shared/lib/statechart/guard-words.ts';
import type { ChartWords } from './layout.ts';
import {
  decisionBranch,
  decisionGuards,
  type MapState,
} from '../../shared/lib/statechart/machine-graph.ts';
import { uiTextFrom } from '../../shared/lib/ui-text.ts';
import { mapUi } from '../../../content/ui/map.ts';

/** The map's own words (content/ui/map.ts), loaded with the map. */
export const mapText = uiTextFrom(mapUi);

/** Words of the map's own chrome (not clinical content). */
export const chartChrome = {
  title: mapText('map.chart-title'),
  anyState: mapText('map.any-state'),
  start: mapText('map.start'),
};

const capitalized = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A decision state as the question it asks, from its guards' decision
 * nodes: "CMV IgM and IgG are both positive?". Null for other states.
 */
export function decisionQuestion(
  state: MapState,
  audience: Audience,
): string | null {
  const conditions = [
    ...new Set(decisionGuards(state).map((g) => guardWords(g, audience).text)),
  ];
  if (conditions.length === 0) return null;
  return mapText('map.question', audience, {
    condition: capitalized(
      conditions.join(` ${mapText('map.or-joiner', audience)} `),
    ),
  });
}

/**
 * How the map, the chart file and the Mermaid text name things: states by
 * their content node's label (a decision by its question), transitions in
 * words from their guards' decision nodes (a decision's branches as yes
 * and no), for one audience.
 */
export function chartWords(
  audience: Audience,
  root: Pick<MapState, 'id'> = { id: workupMachine.id },
): ChartWords {
  return {
    state: (s) =>
      decisionQuestion(s, audience) ??
      (s.contentId
        ? labelOf(s.contentId, audience)
        : s.id === root.id
          ? chartChrome.anyState
          : noWords(`state ${s.id}`)),
    edge: (e) => edgeWords(e, audience).text,
    branch: (s, e) => {
      const branch = decisionBranch(s, e);
      return branch ? mapText(`map.${branch}`, audience) : null;
    },
    about: (s) => (s.contentId ? textOf(s.contentId, audience) : ''),
    anyState: chartChrome.anyState,
    start: chartChrome.start,
  };
}
