import {
  citationsOf,
  labelOf,
  textOf,
  type Audience,
  type ContentId,
} from '../../content/index.ts';
import type { ReasonId } from '../../content/ids.ts';
// The summary's words (causes, tests, pitfalls, follow-up, reason templates):
// the rules read them, so they load with the rules.
import '../../content/summary-content.ts';

/** A reason: its text for one audience and the references behind it. */
export interface Reason {
  text: string;
  citations: readonly string[];
}

/** Renders reason templates and labels for one audience. */
export function writerFor(audience: Audience) {
  return {
    audience,
    reason(id: ReasonId, params: Record<string, string | number> = {}): Reason {
      const contentId: ContentId = `reason.${id}`;
      return {
        text: textOf(contentId, audience, params),
        citations: citationsOf(contentId),
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
    text(id: ContentId): { text: string; citations: string[] } {
      return { text: textOf(id, audience), citations: [...citationsOf(id)] };
    },
  };
}

export type Writer = ReturnType<typeof writerFor>;

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
