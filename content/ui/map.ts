/**
 * Words of the algorithm map (src/features/map/) and of the chart files
 * made from it (`npm run chart`): a lazy part, so they load with it.
 */
export const mapUi = {
  'map.title': 'Algorithm map',
  'map.intro':
    'The workup as a branching algorithm, drawn from the statechart itself: each phase is a region, each question a box, each decision a diamond with its yes and no branches. The current step and the path taken so far are highlighted. Select a box to read why it is there.',
  'map.show-ids':
    'Show state ids, guards and the resuming and editing steps (for developers)',
  'map.zoom-in': 'Zoom in',
  'map.zoom-out': 'Zoom out',
  'map.zoom-fit': 'Fit to width',
  'map.zoom-level': 'Zoom {percent}%',
  'map.diagram': 'Diagram',
  'map.diagram-title': '{title}: diagram',
  'map.key-current': 'current step',
  'map.key-visited': 'already passed',
  'map.key-taken': 'path taken',
  'map.transitions-from': 'Transitions from {state}',
  'map.starts-at': 'Starts at {state}.',
  'map.list': 'The map as a list',
  'map.list-intro':
    'The same statechart: phases, then their questions, then what happens next in words. It starts at {state}.',
  'map.about': 'About {label}',
  'map.content-node': 'content',
  'map.why': 'Why: ',
  'map.what-next': 'What happens next',
  'map.decisions': 'The decisions',
  // A state's status, after its name: "CMV PCR (current)".
  'map.status-current': 'current',
  'map.status-active': 'active',
  'map.status-visited': 'visited',
  // The chart's own names (the chart files use them too).
  'map.chart-title': 'The workup statechart',
  'map.any-state': 'From any state',
  'map.start': 'Start',
  // A decision drawn as a diamond: its condition as a question, its branches.
  'map.question': '{condition}?',
  'map.yes': 'yes',
  'map.no': 'no',
  'map.or-joiner': 'or',
} as const;
