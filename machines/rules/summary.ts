import { referenceList, type Audience } from '../../content/index.ts';
import type {
  Answers,
  Summary,
  SummaryItem,
  TestId,
  FollowUpId,
} from '../workup.types.ts';
import { pitfallIds, type PitfallId } from '../../content/ids.ts';
import { pruneAnswers } from './answers.ts';
import { classify } from './classify.ts';
import { buildDifferential } from './differential.ts';
import { interpret, type Facts } from './facts.ts';
import { buildNextSteps } from './next-steps.ts';
import { prognosisOf } from './prognosis.ts';
import { answersAtVisit, changesSince, previousVisitWeeks } from './since.ts';
import { recommendTests } from './tests.ts';
import { contentIdOf, mergeCitations, writerFor } from './text.ts';
import { now } from './plan-timing.ts';

/**
 * The consult's summary for one audience: classification, every test with
 * its status and reason, the differential, prognosis, pitfalls, follow-up,
 * each with citations. Answers that no longer apply are ignored.
 *
 * @example
 * buildSummary({ gestationalAgeWeeks: 22, findings: [] }, 'clinician').classification;
 * // -> 'undetermined'
 */
export function buildSummary(
  recorded: Answers,
  audience: Audience = 'clinician',
): Summary {
  const summary = summaryNow(recorded, audience);
  // What changed since the previous visit: the summary of the answers as
  // they were then, compared (REVIEW.md third review).
  const previous = previousVisitWeeks(recorded);
  if (previous === undefined) return summary;
  const before = summaryNow(answersAtVisit(recorded, previous), audience);
  return {
    ...summary,
    sinceLastVisit: changesSince(previous, before, summary),
  };
}

function summaryNow(recorded: Answers, audience: Audience): Summary {
  const facts = interpret(pruneAnswers(recorded));
  const writer = writerFor(audience);
  const { classification, reasons } = classify(facts, writer);
  const { nextSteps, tests, differential } = buildNextSteps(
    facts,
    writer,
    recommendTests(facts, writer),
    buildDifferential(facts, writer),
  );
  const prognosis = prognosisOf(facts, writer, classification);

  const relevant = relevantPitfalls(facts);
  const pitfalls: SummaryItem<PitfallId>[] = [
    ...pitfallIds.filter((id) => relevant.has(id)),
    ...pitfallIds.filter((id) => !relevant.has(id)),
  ].map((id) => {
    const content = writer.text(contentIdOf('pitfall', id));
    return {
      id,
      text: content.text,
      citations: [...content.citations],
      relevant: relevant.has(id),
    };
  });

  const cmv = differential.find((cause) => cause.id === 'cmv');
  const followUpIds: (TestId | FollowUpId)[] = [
    ...(facts.fetalAnemiaSuspected
      ? (['urgent-anemia-referral'] as const)
      : []),
    ...(facts.hydropsSeen ? (['urgent-hydrops-referral'] as const) : []),
    'serial-ultrasound',
    'postnatal-imaging',
    'neurodevelopmental-follow-up',
    ...(cmv && cmv.status !== 'excluded'
      ? (['newborn-blood-spot-cmv-pcr'] as const)
      : []),
    'specialist-counselling',
  ];
  const supportedInfections = differential.filter(
    (cause) =>
      cause.category === 'infectious' &&
      (cause.status === 'supported' || cause.status === 'confirmed'),
  );
  const followUp: SummaryItem<TestId | FollowUpId>[] = followUpIds.map((id) => {
    if (
      id === 'urgent-hydrops-referral' ||
      id === 'urgent-anemia-referral' ||
      id === 'specialist-counselling'
    ) {
      const content = writer.text(contentIdOf('follow-up', id));
      return {
        id,
        text: content.text,
        citations: [...content.citations],
        timing: now(),
      };
    }
    const test = tests.find((item) => item.id === id);
    const extra =
      id === 'neurodevelopmental-follow-up' && supportedInfections.length > 0
        ? writer.reason('neurodevelopmental-infection', {
            causes: writer.list(
              supportedInfections.map((cause) =>
                contentIdOf('cause', cause.id),
              ),
            ),
          })
        : null;
    return {
      id,
      text: [test?.reason ?? '', extra?.text ?? ''].filter(Boolean).join(' '),
      citations: mergeCitations(test?.citations ?? [], extra?.citations ?? []),
      timing: test?.timing ?? now(),
    };
  });

  const notes = (['overview', 'incidence', 'local-policies'] as const).map(
    (id) => {
      const content = writer.text(contentIdOf('app', id));
      return { id, text: content.text, citations: [...content.citations] };
    },
  );

  const cited = new Set<string>();
  const cite = (items: readonly { citations: readonly string[] }[]) => {
    for (const item of items) for (const id of item.citations) cited.add(id);
  };
  cite(reasons);
  cite(tests);
  cite(tests.map((test) => test.about));
  cite(tests.flatMap((test) => (test.next ? [test.next] : [])));
  cite(differential);
  cite(differential.map((cause) => cause.about));
  cite(differential.flatMap((cause) => (cause.settle ? [cause.settle] : [])));
  cite(nextSteps);
  cite([prognosis]);
  cite(pitfalls);
  cite(followUp);
  cite(notes);
  return {
    audience,
    classification,
    classificationReasons: reasons.map((reason) => reason.text),
    classificationCitations: mergeCitations(
      ...reasons.map((reason) => reason.citations),
    ),
    tests,
    differential,
    prognosis,
    nextSteps,
    pitfalls,
    followUp,
    notes,
    references: [...referenceList.keys()].filter((id) => cited.has(id)),
  };
}

/** The pitfalls that bear on this case (shown first). */
function relevantPitfalls(facts: Facts): Set<PitfallId> {
  const cmvInPlay = facts.cmvNotExcluded;
  return new Set<PitfallId>([
    ...(facts.infectionsOpen.length > 0 || !facts.chromosomesNormal
      ? (['isolated-prognosis-needs-full-workup'] as const)
      : []),
    ...(cmvInPlay
      ? ([
          'maternal-symptoms-cmv',
          'cmv-serology-patterns',
          'newborn-blood-spot-postnatal',
        ] as const)
      : []),
    // Microcephaly bears on toxoplasmosis only while it is still in play.
    ...(facts.abnormalHeadSize === 'microcephaly' &&
    (facts.agents.toxoplasmosis.status === 'possible' ||
      facts.agents.toxoplasmosis.status === 'supported')
      ? (['toxoplasmosis-microcephaly'] as const)
      : []),
    ...(facts.cmvPcrIndicated || facts.cmv.pcr !== undefined
      ? (['early-negative-cmv-pcr'] as const)
      : []),
    ...(facts.findings.includes('ascites') ||
    facts.findings.includes('echogenic-bowel')
      ? (['meconium-peritonitis-not-parenchymal'] as const)
      : []),
  ]);
}
