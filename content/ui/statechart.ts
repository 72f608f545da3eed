/**
 * Transitions of the statechart in words (src/shared/lib/statechart/
 * guard-words.ts): the verbs of the chart's own events and the connectives
 * that join a guard's decisions, "{verb} {condition}". The decisions
 * themselves are content nodes. Loaded with the parts that draw or step
 * through the chart (map, teaching).
 */
export const statechartUi = {
  'statechart.edge': '{verb} {condition}',
  'statechart.otherwise': 'otherwise {verb}',
  'statechart.when': 'when {guard}',
  'statechart.unless': 'unless {guard}',
  'statechart.not': 'not {guard}',
  'statechart.and': 'and',
  'statechart.or': 'or',
  'statechart.skipped': 'skipped',
  'statechart.next': 'next',
  'statechart.answered': 'answered',
  'statechart.stays': 'stays on the question',
  'statechart.edit-answer': 'edit the answer',
  'statechart.cancel-edit': 'cancel',
  'statechart.add-result': 'record a new result',
  'statechart.new-visit': 'start a new visit',
  'statechart.new-scan': 'record a follow-up scan',
  'statechart.change-wording': 'change the wording',
} as const;
