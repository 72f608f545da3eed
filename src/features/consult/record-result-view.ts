import {
  labelOf,
  textOf,
  type Audience,
  type ContentId,
} from '../../../content/index.ts';
import {
  recordableResults,
  type RecordReason,
} from '../../../machines/rules/recordable.ts';
import type {
  Answers,
  QuestionId,
  Summary,
} from '../../../machines/workup.types.ts';

/** The words for why a result is listed (content nodes). */
const reasonNode: Record<RecordReason, ContentId> = {
  pending: 'app.record-pending',
  repeat: 'app.record-repeat',
  'serial-scan': 'app.record-serial-scan',
  recommended: 'app.record-recommended',
  'off-path': 'app.record-off-path',
};

export interface RecordGroupView {
  reason: RecordReason;
  label: string;
  hint: string;
  options: { question: QuestionId; label: string }[];
}

export interface RecordResultView {
  title: string;
  intro: string;
  groups: RecordGroupView[];
}

/**
 * The follow-up control as data: the results that can be recorded now
 * (`recordableResults`), grouped by why, worded for the audience; null when
 * there is nothing to record.
 *
 * @example
 * recordResultView(answers, summary, 'clinician')?.groups[0]?.label; // 'Result awaited'
 */
export function recordResultView(
  answers: Answers,
  summary: Summary,
  audience: Audience,
): RecordResultView | null {
  const results = recordableResults(answers, summary);
  if (results.length === 0) return null;
  const groups: RecordGroupView[] = [];
  for (const { question, reason } of results) {
    let group = groups.find((g) => g.reason === reason);
    if (!group) {
      group = {
        reason,
        label: labelOf(reasonNode[reason], audience),
        hint: textOf(reasonNode[reason], audience),
        options: [],
      };
      groups.push(group);
    }
    group.options.push({
      question,
      label: labelOf(`question.${question}`, audience),
    });
  }
  return {
    title: labelOf('app.record-result', audience),
    intro: textOf('app.record-result', audience),
    groups,
  };
}
