import {
  citationsOf,
  labelOf,
  textOf,
  type Audience,
  type ContentId,
} from '../../content/index.ts';
import type {
  CauseStatusId,
  ReasonId,
  TestStatusId,
} from '../../content/ids.ts';
import { statusUi } from '../../content/ui/status.ts';
// The summary's words (causes, tests, pitfalls, follow-up, reason templates):
// the rules read them, so they load with the rules.
import '../../content/summary-content.ts';

/** A reason: its text for one audience and the references behind it. */
export interface Reason {
  text: string;
  citations: readonly string[];
}

const qualifiedIds = new Map<string, Map<string, string>>();

/**
 * The content id `prefix.id`, built once per pair and then reused. Content
 * nodes are looked up by id in a Map: a key string built anew for each
 * lookup costs V8 a string-table search (about 0.4 µs), a reused one a hash
 * hit, and a summary looks up a hundred nodes.
 *
 * @example
 * contentIdOf('cause', 'cmv'); // 'cause.cmv'
 */
export function contentIdOf<P extends string, I extends string>(
  prefix: P,
  id: I,
): `${P}.${I}` {
  let byId = qualifiedIds.get(prefix);
  if (!byId) {
    byId = new Map();
    qualifiedIds.set(prefix, byId);
  }
  let qualified = byId.get(id);
  if (qualified === undefined) {
    qualified = `${prefix}.${id}`;
    byId.set(id, qualified);
  }
  return qualified as `${P}.${I}`;
}

/** The writer that renders reason templates and labels for one audience. */
export function writerFor(audience: Audience) {
  return {
    audience,
    reason(id: ReasonId, params: Record<string, string | number> = {}): Reason {
      const contentId: ContentId = contentIdOf('reason', id);
      return {
        text: textOf(contentId, audience, params),
        citations: citationsOf(contentId),
      };
    },
    /**
     * A template that restates the user's own values ("Result: normal.",
     * "Sent; result pending"): it carries no citations of its own, so the
     * item cites what interprets the result, the same whatever its status.
     */
    datum(id: ReasonId, params: Record<string, string | number> = {}): Reason {
      return {
        text: textOf(contentIdOf('reason', id), audience, params),
        citations: [],
      };
    },
    label(id: ContentId): string {
      return labelOf(id, audience);
    },
    list(ids: readonly ContentId[]): string {
      return ids.map((id) => labelOf(id, audience)).join(', ');
    },
    /** Answer-option labels set inside a sentence ("pending", "not done"). */
    inline(ids: readonly ContentId[]): string {
      return ids.map((id) => labelOf(id, audience).toLowerCase()).join(', ');
    },
    /** A test's status as the app names it (content/ui/status.ts). */
    testStatus(status: TestStatusId): string {
      return wordsOf(statusUi[`status.test.${status}`], audience);
    },
    /** A cause's status as the app names it. */
    causeStatus(status: CauseStatusId): string {
      return wordsOf(statusUi[`status.cause.${status}`], audience);
    },
    text(id: ContentId): { text: string; citations: string[] } {
      return { text: textOf(id, audience), citations: [...citationsOf(id)] };
    },
  };
}

export type Writer = ReturnType<typeof writerFor>;

/** The app's own words for one audience (content/ui/). */
function wordsOf(
  words: string | Readonly<Record<Audience, string>>,
  audience: Audience,
): string {
  return typeof words === 'string' ? words : words[audience];
}

/** Unique citations, in first-seen order. */
export function mergeCitations(
  ...lists: readonly (readonly string[])[]
): string[] {
  const merged: string[] = [];
  for (const list of lists) {
    for (const id of list) if (!merged.includes(id)) merged.push(id);
  }
  return merged;
}
