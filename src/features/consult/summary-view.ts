import { referenceViews, type ReferenceView } from './references.ts';
import {
  citationsOf,
  labelOf,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import { causeCategoryIds } from '../../../content/ids.ts';
import { questionIds as questionOrder } from '../../../content/ids.ts';
import type {
  Cited,
  Answers,
  CauseStatus,
  ClassificationId,
  QuestionId,
  Summary,
  TestStatus,
} from '../../../machines/workup.types.ts';
import { answerText } from './answer-text.ts';
import { citationViews, type CitationView } from './view-model.ts';

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
}

const testStatusHeading: Record<TestStatus, string> = {
  recommended: 'Recommended now',
  repeat: 'To repeat',
  'not-yet-optimal': 'Not yet optimal',
  pending: 'Sent, result awaited',
  done: 'Done',
  'not-indicated': 'Not indicated',
};

const testStatusLabel: Record<TestStatus, string> = {
  recommended: 'Recommended',
  repeat: 'Repeat',
  'not-yet-optimal': 'Not yet optimal',
  pending: 'Result awaited',
  done: 'Done',
  'not-indicated': 'Not indicated',
};

const causeStatusLabel: Record<CauseStatus, string> = {
  supported: 'Supported',
  possible: 'Possible',
  'not-supported': 'Not supported',
  excluded: 'Excluded',
};

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
  const testGroups = (Object.keys(testStatusHeading) as TestStatus[])
    .map((status) => ({
      status,
      heading: testStatusHeading[status],
      items: summary.tests
        .filter((t) => t.status === status)
        .map((t) => ({
          id: t.id,
          label: labelOf(`test.${t.id}`, audience),
          status: t.status,
          statusLabel: testStatusLabel[t.status],
          text: [t.reason],
          ...(t.when ? { when: t.when } : {}),
          basis: basisOf(t.basis, answers, audience),
          citations: citationViews(t.citations),
          about: aboutView(t.about),
        })),
    }))
    .filter((g) => g.items.length > 0);

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
          statusLabel: causeStatusLabel[d.status],
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
  };
}
