import {
  referenceViews,
  type ReferenceView,
} from '../../shared/lib/references.ts';
import { labelOf, textOf, type Audience } from '../../../content/index.ts';
import {
  parvovirusTestIds,
  storchTestIds,
  type PitfallId,
} from '../../../content/ids.ts';
import { contentVersion } from '../../../content/version.ts';
import { isAnswered, isApplicable } from '../../../machines/rules/answers.ts';
import { questionIds as questionOrder } from '../../../content/ids.ts';
import { questions } from '../../../machines/questions.ts';
import { readAnswer } from '../../../machines/codecs.ts';
import {
  classificationLine,
  differentialGroups,
  groupTestsByStatus,
  openReasons,
  pitfallGroups,
  sinceLastVisitLines,
  timingDate,
  type PlanDates,
} from '../../../machines/rules/format.ts';
import { latestResult } from '../../../machines/rules/results.ts';
import type {
  Cited,
  Answers,
  ClassificationId,
  QuestionId,
  Summary,
  SummaryCause,
  SummaryItem,
  SummaryTiming,
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
  /** On a recorded result: what follows it (or that nothing does). */
  next?: { text: string; citations: CitationView[] };
  /** On a pitfall: it bears on this case. */
  relevant?: boolean;
}

/** A cause as the differential shows it: for, against, what settles it. */
export interface CauseView extends SummaryEntryView {
  category: string;
  for: string[];
  against: string[];
  /** Reasons that are neither for nor against it. */
  open: string[];
  settle?: { text: string; when?: string; citations: CitationView[] };
}

export interface SummaryView {
  audience: Audience;
  classification: {
    id: ClassificationId;
    label: string;
    text: string;
    /** The label and the reasons in one line. */
    line: string;
    reasons: string[];
    citations: CitationView[];
  };
  /** What changed since the previous visit (absent at the first visit). */
  since?: { heading: string; lines: string[] };
  /** The first screen: urgent, what to do now, what is awaited. */
  urgent: SummaryEntryView[];
  now: SummaryEntryView[];
  /** Results pending and questions not answered yet. */
  awaited: BasisView[];
  testGroups: {
    status: TestStatus;
    heading: string;
    items: SummaryEntryView[];
  }[];
  /** Live causes first; the causes not supported or excluded folded. */
  differential: { live: CauseView[]; folded: CauseView[] };
  prognosis: {
    text: string;
    citations: CitationView[];
    /** What drives it, in words. */
    drivenBy: string;
    basis: BasisView[];
  };
  /** The pitfalls bearing on the case; the others folded. */
  pitfalls: { relevant: SummaryEntryView[]; others: SummaryEntryView[] };
  followUp: SummaryEntryView[];
  notes: SummaryEntryView[];
  references: ReferenceView[];
  disclaimer: string;
  /** Every answer the summary rests on, in the order asked. */
  answers: BasisView[];
  contentVersion: string;
}

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

function causeView(
  cause: SummaryCause,
  answers: Answers,
  audience: Audience,
): CauseView {
  return {
    id: cause.id,
    label: labelOf(`cause.${cause.id}`, audience),
    category: labelOf(`category.${cause.category}`, audience),
    status: cause.status,
    statusLabel: causeStatusLabel(cause.status, audience),
    text: cause.reasons,
    for: cause.for,
    against: cause.against,
    open: openReasons(cause),
    ...(cause.settle
      ? {
          settle: {
            text: cause.settle.text,
            ...(cause.settle.when ? { when: cause.settle.when } : {}),
            citations: citationViews(cause.settle.citations),
          },
        }
      : {}),
    basis: basisOf(cause.basis, answers, audience),
    citations: citationViews(cause.citations),
    about: aboutView(cause.about),
  };
}

function pitfallView(pitfall: SummaryItem<PitfallId>, audience: Audience) {
  return {
    id: pitfall.id,
    label: labelOf(`pitfall.${pitfall.id}`, audience),
    text: [pitfall.text],
    basis: [],
    citations: citationViews(pitfall.citations),
    relevant: Boolean(pitfall.relevant),
  };
}

/**
 * The summary as the screen and the printout show it, in the clinician's
 * order (machines/rules/format.ts, as the text): labels, answers behind each
 * item, citations numbered against the reference list.
 */
export function summaryView(
  summary: Summary,
  answers: Answers,
  dates?: PlanDates,
): SummaryView {
  const audience = summary.audience;
  const c = summary.classification;
  // A window's calendar date beside its timing, for display only.
  const dated = (when: string, timing: SummaryTiming | undefined) => {
    const date = timingDate(timing, dates, audience);
    return date ? `${when} (${date})` : when;
  };
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
        ...(t.when ? { when: dated(t.when, t.timing) } : {}),
        basis: basisOf(t.basis, answers, audience),
        citations: citationViews(t.citations),
        about: aboutView(t.about),
        ...(t.next
          ? {
              next: {
                text: t.next.text,
                citations: citationViews(t.next.citations),
              },
            }
          : {}),
      })),
    }),
  );
  const steps = summary.nextSteps.map((step): SummaryEntryView => ({
    id: step.id,
    label: step.label,
    ...(step.status
      ? {
          status: step.status,
          statusLabel: testStatusLabel(step.status, audience),
        }
      : {}),
    text: [step.text],
    ...(step.when ? { when: dated(step.when, step.timing) } : {}),
    basis: [],
    citations: citationViews(step.citations),
  }));
  const groups = differentialGroups(summary);
  const pitfalls = pitfallGroups(summary);
  const since = sinceLastVisitLines(summary);

  return {
    audience,
    classification: {
      id: c,
      label: labelOf(`classification.${c}`, audience),
      text: textOf(`classification.${c}`, audience),
      line: classificationLine(summary),
      reasons: summary.classificationReasons,
      citations: citationViews(summary.classificationCitations),
    },
    ...(since ? { since } : {}),
    urgent: steps.filter((_, i) => summary.nextSteps[i]!.urgent),
    now: steps.filter((_, i) => !summary.nextSteps[i]!.urgent),
    awaited: openItems(answers, audience),
    testGroups,
    differential: {
      live: groups.live.map((cause) => causeView(cause, answers, audience)),
      folded: groups.folded.map((cause) => causeView(cause, answers, audience)),
    },
    prognosis: {
      text: summary.prognosis.text,
      citations: citationViews(summary.prognosis.citations),
      drivenBy: summary.prognosis.drivers
        .map((driver) => summaryText(`summary.driver.${driver}`, audience))
        .join(', '),
      basis: basisOf(summary.prognosis.basis, answers, audience),
    },
    pitfalls: {
      relevant: pitfalls.relevant.map((p) => pitfallView(p, audience)),
      others: pitfalls.others.map((p) => pitfallView(p, audience)),
    },
    followUp: summary.followUp.map((f) => ({
      id: f.id,
      label:
        f.id === 'urgent-hydrops-referral' ||
        f.id === 'urgent-anemia-referral' ||
        f.id === 'specialist-counselling'
          ? labelOf(`follow-up.${f.id}`, audience)
          : labelOf(`test.${f.id}`, audience),
      ...(f.timing?.afterBirth
        ? {
            status: 'after-birth',
            statusLabel: testStatusLabel('after-birth', audience),
          }
        : {}),
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
    answers: basisOf(
      questionOrder.filter((q) => q !== 'audience'),
      answers,
      audience,
    ),
    contentVersion,
  };
}

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
