import {
  referenceViews,
  type ReferenceView,
} from '../../shared/lib/references.ts';
import {
  citationsOf,
  labelOf,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import {
  causeCategoryIds,
  parvovirusTestIds,
  storchTestIds,
} from '../../../content/ids.ts';
import { contentVersion } from '../../../content/version.ts';
import { isAnswered, isApplicable } from '../../../machines/rules/answers.ts';
import { questionIds as questionOrder } from '../../../content/ids.ts';
import { questions } from '../../../machines/questions.ts';
import { readAnswer } from '../../../machines/codecs.ts';
import { groupTestsByStatus } from '../../../machines/rules/format.ts';
import { latestResult } from '../../../machines/rules/results.ts';
import type {
  Cited,
  Answers,
  CauseStatus,
  ClassificationId,
  QuestionId,
  Summary,
  TestStatus,
} from '../../../machines/workup.types.ts';
import { answerText } from '../../shared/lib/answer-text.ts';
import {
  citationViews,
  type CitationView,
} from '../../shared/lib/citations.ts';
import { uiTextFrom } from '../../shared/lib/ui-text.ts';
import {
  causeStatusLabel,
  testStatusLabel,
} from '../../shared/lib/status-labels.ts';
import { summaryUi } from '../../../content/ui/summary.ts';

/** The summary's own words (content/ui/summary.ts), loaded with it. */
export const summaryText = uiTextFrom(summaryUi);

export interface BasisView {
  question: string;
  answer: string;
}

export interface SummaryEntryView {
  id: string;
  label: string;
  status?: string;
  statusLabel?: string;
  text: string[];
  when?: string;
  basis: BasisView[];
  citations: CitationView[];
  /** What the reviewed source says of the test or cause itself. */
  about?: { text: string; citations: CitationView[] };
}

export interface SummaryView {
  audience: Audience;
  classification: {
    id: ClassificationId;
    label: string;
    text: string;
    reasons: string[];
    citations: CitationView[];
  };
  testGroups: {
    status: TestStatus;
    heading: string;
    items: SummaryEntryView[];
  }[];
  differential: {
    id: string;
    label: string;
    about: { text: string; citations: CitationView[] };
    causes: SummaryEntryView[];
  }[];
  prognosis: { text: string; citations: CitationView[] };
  pitfalls: SummaryEntryView[];
  followUp: SummaryEntryView[];
  notes: SummaryEntryView[];
  references: ReferenceView[];
  disclaimer: string;
  /** The one-screen overview shown (and printed) before the detail. */
  overview: {
    /** Tests to do now or later, with their timing. */
    next: SummaryEntryView[];
    /** Results pending and questions not answered yet. */
    open: BasisView[];
    /** The differential at a glance: each category's causes by status. */
    differential: {
      id: string;
      label: string;
      causes: Record<CauseStatus, string[]>;
    }[];
  };
  /** Every answer the summary rests on, in the order asked. */
  answers: BasisView[];
  contentVersion: string;
}

const causeOrder: CauseStatus[] = [
  'supported',
  'possible',
  'not-supported',
  'excluded',
];

function basisOf(
  questions: readonly QuestionId[],
  answers: Answers,
  audience: Audience,
): BasisView[] {
  return questionOrder
    .filter((q) => questions.includes(q))
    .flatMap((q) => {
      const answer = answerText(q, answers, audience);
      return answer === null
        ? []
        : [{ question: labelOf(`question.${q}`, audience), answer }];
    });
}

const aboutView = (about: Cited) => ({
  text: about.text,
  citations: citationViews(about.citations),
});

/**
 * The summary as the screen and the printout show it: labels, answers
 * behind each item, citations numbered against the reference list.
 */
export function summaryView(summary: Summary, answers: Answers): SummaryView {
  const audience = summary.audience;
  const c = summary.classification;
  const testGroups = groupTestsByStatus(summary.tests).map(
    ({ status, heading, tests }) => ({
      status,
      heading,
      items: tests.map((t): SummaryEntryView => ({
        id: t.id,
        label: labelOf(`test.${t.id}`, audience),
        status: t.status,
        statusLabel: testStatusLabel(t.status, audience),
        text: [t.reason],
        ...(t.when ? { when: t.when } : {}),
        basis: basisOf(t.basis, answers, audience),
        citations: citationViews(t.citations),
        about: aboutView(t.about),
      })),
    }),
  );

  const differential = causeCategoryIds
    .map((category) => ({
      id: category,
      label: labelOf(`category.${category}`, audience),
      about: aboutView({
        text: textOf(`category.${category}`, audience),
        citations: [...citationsOf(`category.${category}`)],
      }),
      causes: summary.differential
        .filter((d) => d.category === category)
        .sort(
          (a, b) => causeOrder.indexOf(a.status) - causeOrder.indexOf(b.status),
        )
        .map((d) => ({
          id: d.id,
          label: labelOf(`cause.${d.id}`, audience),
          status: d.status,
          statusLabel: causeStatusLabel(d.status, audience),
          text: d.reasons,
          basis: basisOf(d.basis, answers, audience),
          citations: citationViews(d.citations),
          about: aboutView(d.about),
        })),
    }))
    .filter((g) => g.causes.length > 0);

  return {
    audience,
    classification: {
      id: c,
      label: labelOf(`classification.${c}`, audience),
      text: textOf(`classification.${c}`, audience),
      reasons: summary.classificationReasons,
      citations: citationViews(summary.classificationCitations),
    },
    testGroups,
    differential,
    prognosis: {
      text: summary.prognosis.text,
      citations: citationViews(summary.prognosis.citations),
    },
    pitfalls: summary.pitfalls.map((p) => ({
      id: p.id,
      label: labelOf(`pitfall.${p.id}`, audience),
      text: [p.text],
      basis: [],
      citations: citationViews(p.citations),
    })),
    followUp: summary.followUp.map((f) => ({
      id: f.id,
      label:
        f.id === 'urgent-hydrops-referral' ||
        f.id === 'urgent-anemia-referral' ||
        f.id === 'specialist-counselling'
          ? labelOf(`follow-up.${f.id}`, audience)
          : labelOf(`test.${f.id}`, audience),
      text: [f.text],
      basis: [],
      citations: citationViews(f.citations),
    })),
    notes: summary.notes.map((n) => ({
      id: n.id,
      label: labelOf(`app.${n.id}`, audience),
      text: [n.text],
      basis: [],
      citations: citationViews(n.citations),
    })),
    references: referenceViews(summary.references),
    disclaimer: textOf('app.disclaimer', audience),
    overview: {
      next: testGroups
        .filter((g) => nextStatuses.includes(g.status))
        .flatMap((g) => g.items),
      open: openItems(answers, audience),
      differential: differential.map((category) => ({
        id: category.id,
        label: category.label,
        causes: Object.fromEntries(
          causeOrder.map((status) => [
            status,
            category.causes
              .filter((c) => c.status === status)
              .map((c) => c.label),
          ]),
        ) as Record<CauseStatus, string[]>,
      })),
    },
    answers: basisOf(
      questionOrder.filter((q) => q !== 'audience'),
      answers,
      audience,
    ),
    contentVersion,
  };
}

/** The statuses of the tests to do: now, again, or when the timing is right. */
const nextStatuses: readonly TestStatus[] = [
  'recommended',
  'repeat',
  'not-yet-optimal',
];

/**
 * What is still open: each result entered as pending, and each question
 * that applies but has no answer yet (a summary so far).
 */
function openItems(answers: Answers, audience: Audience): BasisView[] {
  const pending = labelOf('option.pending', audience);
  return questionOrder.flatMap((q): BasisView[] => {
    if (q === 'audience' || !isApplicable(q, answers)) return [];
    const question = labelOf(`question.${q}`, audience);
    if (!isAnswered(q, answers)) {
      return [
        { question, answer: summaryText('summary.not-answered', audience) },
      ];
    }
    if (q === 'storch' || q === 'parvovirus') {
      const tests = (q === 'storch' ? storchTestIds : parvovirusTestIds)
        .filter((t) => latestResult(answers.serology?.[t]) === 'pending')
        .map((t) => labelOf(`serology.${t}`, audience));
      return tests.length
        ? [{ question, answer: `${pending}: ${tests.join(', ')}` }]
        : [];
    }
    const answer = answerText(q, answers, audience);
    return answer !== null && isPendingAnswer(q, answers)
      ? [{ question, answer }]
      : [];
  });
}

function isPendingAnswer(q: QuestionId, a: Answers): boolean {
  return readAnswer(questions[q].codec, a) === 'pending';
}
