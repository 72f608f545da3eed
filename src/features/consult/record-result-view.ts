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
import { formatGestationalAge } from '../../../machines/rules/gestational-age.ts';
import { uiText } from '../../shared/lib/ui-text.ts';

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
  options: { question: QuestionId | 'follow-up-scan'; label: string }[];
}

export interface RecordResultView {
  /** The follow-up section's heading and what it is for. */
  heading: string;
  about: string;
  /** The new-visit action and today's gestational age. */
  newVisit: string;
  today: string | null;
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
  const today = answers.gestationalAgeWeeks;
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
    heading: uiText('consult.follow-up-actions', audience),
    about: textOf('phase.follow-up', audience),
    newVisit: uiText('consult.new-visit', audience),
    today:
      today === undefined
        ? null
        : uiText('consult.today-at', audience, {
            weeks: formatGestationalAge(today),
          }),
    title: labelOf('app.record-result', audience),
    intro: textOf('app.record-result', audience),
    groups,
  };
}
