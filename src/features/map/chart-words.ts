import { labelOf, type Audience } from '../../../content/index.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import { edgeWords, noWords } from '../../shared/lib/statechart/guard-words.ts';
import type { ChartWords } from './layout.ts';
import type { MapState } from '../../shared/lib/statechart/machine-graph.ts';
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

/**
 * How the map, the chart file and the Mermaid text name things: states by
 * their content node's label, transitions in words from their guards'
 * decision nodes, for one audience.
 */
export function chartWords(
  audience: Audience,
  root: Pick<MapState, 'id'> = { id: workupMachine.id },
): ChartWords {
  return {
    state: (s) =>
      s.contentId
        ? labelOf(s.contentId, audience)
        : s.id === root.id
          ? chartChrome.anyState
          : noWords(`state ${s.id}`),
    edge: (e) => edgeWords(e, audience).text,
    anyState: chartChrome.anyState,
    start: chartChrome.start,
  };
}
