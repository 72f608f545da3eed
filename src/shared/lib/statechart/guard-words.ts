// The decisions' words load with the summary's nodes.
import '../../../../content/summary-content.ts';
import { contentNodes, type Audience } from '../../../../content/index.ts';
import type { GuardRef, MapEdge } from './machine-graph.ts';
import { statechartUi } from '../../../../content/ui/statechart.ts';
import { uiTextFrom } from '../ui-text.ts';

/** Connectives and verbs (content/ui/statechart.ts). */
const statechartText = uiTextFrom(statechartUi);

/** Words for a guard or a transition, and what had no words (for tests). */
export interface Words {
  text: string;
  /** What could not be put in words: `decision.<name>` ids, events, guards. */
  missing: string[];
}

/** A decision's words: the `label` of content node `decision.<guardName>`. */
export type DecisionLookup = (
  guardName: string,
  audience: Audience,
) => string | null;

export const decisionLabel: DecisionLookup = (guardName, audience) => {
  const node = contentNodes.get(`decision.${guardName}`);
  return node ? node.label[audience] || node.label.clinician : null;
};

/** A decision's full sentence (content node `text`) and its citations. */
export function decisionDetail(
  guardName: string,
  audience: Audience,
): { text: string; citations: readonly string[] } | null {
  const node = contentNodes.get(`decision.${guardName}`);
  return node
    ? {
        text: node.text[audience] || node.text.clinician,
        citations: node.citations,
      }
    : null;
}

/** Shown in place of words that do not exist: visible, and caught by tests. */
export const noWords = (what: string) => `[no words for ${what}]`;

/**
 * A guard as a clinical condition, from its decisions' content nodes:
 * `and(['cmvIgmPositive', not('cmvIggAvidityHigh')])` reads "CMV IgM is
 * positive and not (...)". A guard without a content node reads as a
 * visible placeholder and is listed in `missing`.
 *
 * @example
 * guardWords({ kind: 'named', type: 'isValidAnswer', params: null }, 'clinician');
 * // -> { text: 'the answer is complete and valid', missing: [] }
 */
export function guardWords(
  guard: GuardRef,
  audience: Audience,
  lookup: DecisionLookup = decisionLabel,
): Words {
  const missing: string[] = [];
  const words = (g: GuardRef, nested: boolean): string => {
    switch (g.kind) {
      case 'named': {
        const label = lookup(g.type, audience);
        if (label) return label;
        missing.push(`decision.${g.type}`);
        return noWords(`decision.${g.type}`);
      }
      case 'not':
        return statechartText('statechart.not', audience, {
          guard: words(g.guards[0]!, true),
        });
      case 'and':
      case 'or': {
        const joined = g.guards
          .map((inner) => words(inner, true))
          .join(
            ` ${statechartText(g.kind === 'and' ? 'statechart.and' : 'statechart.or', audience)} `,
          );
        return nested ? `(${joined})` : joined;
      }
      case 'stateIn':
      case 'inline':
        missing.push(`guard ${g.kind === 'inline' ? g.name : g.state}`);
        return noWords(`guard ${g.kind === 'inline' ? g.name : g.state}`);
    }
  };
  return { text: words(guard, false), missing };
}

/**
 * The guard as a clause after the transition's verb: "when ...", or
 * "unless ..." for a negated guard.
 */
export function guardClause(
  guard: GuardRef,
  audience: Audience,
  lookup: DecisionLookup = decisionLabel,
): Words {
  if (guard.kind === 'not' && guard.guards.length === 1) {
    const inner = guardWords(guard.guards[0]!, audience, lookup);
    return {
      text: statechartText('statechart.unless', audience, {
        guard: inner.text,
      }),
      missing: inner.missing,
    };
  }
  const words = guardWords(guard, audience, lookup);
  return {
    text: statechartText('statechart.when', audience, { guard: words.text }),
    missing: words.missing,
  };
}

/** Verbs of the chart's own events, which are not clinical decisions. */
const eventVerbs: Readonly<Record<string, keyof typeof statechartUi>> = {
  'answer.edit': 'statechart.edit-answer',
  'answer.editCancelled': 'statechart.cancel-edit',
  'audience.change': 'statechart.change-wording',
  'result.add': 'statechart.add-result',
  'followUp.visitStarted': 'statechart.new-visit',
  'followUp.scanStarted': 'statechart.new-scan',
};

const kindVerbs: Readonly<
  Record<Exclude<MapEdge['kind'], 'event'>, keyof typeof statechartUi>
> = {
  skip: 'statechart.skipped',
  next: 'statechart.next',
  answer: 'statechart.answered',
  stay: 'statechart.stays',
};

/**
 * A transition in words: its verb ("answered", "skipped", "edit the
 * answer") and its guard's clause, e.g. "skipped unless CMV IgM is
 * positive", "otherwise stays on the question". Everything that has no
 * words is listed in `missing` (the tests require it to be empty).
 *
 * @example
 * edgeWords(storchSkip, 'clinician').text;
 * // -> 'skipped when it does not apply to the answers so far or is already answered'
 */
export function edgeWords(
  edge: Pick<MapEdge, 'kind' | 'event' | 'guard' | 'otherwise'>,
  audience: Audience,
  lookup: DecisionLookup = decisionLabel,
): Words {
  const missing: string[] = [];
  let verb: string;
  if (edge.kind === 'event') {
    const known = eventVerbs[edge.event];
    if (!known) missing.push(`event ${edge.event}`);
    verb = known
      ? statechartText(known, audience)
      : noWords(`event ${edge.event}`);
  } else {
    verb = statechartText(kindVerbs[edge.kind], audience);
  }
  if (!edge.guard) {
    return {
      text: edge.otherwise
        ? statechartText('statechart.otherwise', audience, { verb })
        : verb,
      missing,
    };
  }
  const clause = guardClause(edge.guard, audience, lookup);
  return {
    text: statechartText('statechart.edge', audience, {
      verb,
      condition: clause.text,
    }),
    missing: [...missing, ...clause.missing],
  };
}

/** Every named guard inside a guard, e.g. for its decisions' sentences. */
export function guardNames(guard: GuardRef | null): string[] {
  if (!guard) return [];
  switch (guard.kind) {
    case 'named':
      return [guard.type];
    case 'not':
    case 'and':
    case 'or':
      return guard.guards.flatMap(guardNames);
    default:
      return [];
  }
}
