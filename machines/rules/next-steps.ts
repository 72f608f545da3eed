import { stepIds, testIds } from '../../content/ids.ts';
import type {
  CauseId,
  CauseStatus,
  FollowUpId,
  NextStepId,
  StepId,
  SummaryCause,
  SummaryNext,
  SummaryNextStep,
  SummarySettle,
  SummaryTest,
  TestId,
  TestStatus,
} from '../workup.types.ts';
import type { Facts } from './facts.ts';
import { now } from './plan-timing.ts';
import {
  contentIdOf,
  mergeCitations,
  type Reason,
  type Writer,
} from './text.ts';

/**
 * What follows the results: the next steps in the clinician's order, what
 * would settle each live cause, and what each recorded result leads to
 * (REVIEW.md, third review: "Time, follow-up and next steps"). Read from
 * the facts and from the tests and causes already built, so a step, the
 * result it follows and the cause it settles cannot disagree.
 */

type Cause = Omit<SummaryCause, 'settle'>;

/** Tests of the follow-up (serial, after birth): never a step to do now. */
const followUpTests: readonly TestId[] = [
  'serial-ultrasound',
  'postnatal-imaging',
  'neurodevelopmental-follow-up',
  'newborn-blood-spot-cmv-pcr',
];

/** The statuses of a test still to do (now, again, or from a date). */
const toDo: readonly TestStatus[] = [
  'recommended',
  'repeat',
  'not-yet-optimal',
];

/** The statuses of a test that can still settle a cause. */
const settling: readonly TestStatus[] = [...toDo, 'pending'];

/** The live causes: still to settle. A confirmed cause is settled. */
export const isLive = (status: CauseStatus) =>
  status === 'supported' || status === 'possible';

/** A step with what it rests on; `tier` orders steps of the same urgency. */
interface Draft extends Omit<SummaryNextStep, 'settles'> {
  tier: number;
  later: boolean;
}

/**
 * The steps the results call for that are not tests of the workup (each a
 * content node `step.<id>`): when each is due and the results it follows.
 */
function triggeredSteps(
  facts: Facts,
): { id: StepId; after: TestId[]; tier: number }[] {
  const steps: { id: StepId; after: TestId[]; tier: number }[] = [];
  if (facts.agents.syphilis.pattern === 'positive')
    steps.push({
      id: 'syphilis-confirm-and-treat',
      after: ['storch-serology'],
      tier: 1,
    });
  if (anemiaWorkupDue(facts)) {
    steps.push({
      id: 'anemia-causes-workup',
      after: [
        ...(facts.fetalAnemiaSuspected ? (['mca-psv-doppler'] as const) : []),
        ...(facts.hydropsSeen ? (['detailed-ultrasound'] as const) : []),
        ...(facts.agents['parvovirus-b19'].open.length < 2
          ? (['parvovirus-serology'] as const)
          : []),
      ],
      tier: 1,
    });
  }
  if (facts.latest.genetics['cf-carrier-screening'] === 'abnormal')
    steps.push({
      id: 'cf-test-other-parent',
      after: ['cf-carrier-screening'],
      tier: 2,
    });
  if (facts.agents.toxoplasmosis.pattern === 'igm-confirm')
    steps.push({
      id: 'toxo-reference-lab',
      after: ['storch-serology'],
      tier: 2,
    });
  if (exomeDue(facts)) {
    steps.push({
      id: 'exome-sequencing',
      after: [
        'chromosomal-microarray',
        ...(intracranialFindings(facts)
          ? (['detailed-ultrasound'] as const)
          : []),
        ...(facts.abnormalHeadSize ? (['head-circumference'] as const) : []),
      ],
      tier: 4,
    });
  }
  return steps;
}

/**
 * Fetal anemia suspected (MCA-PSV above 1.5 MoM or hydrops) and parvovirus
 * B19 not shown (negative or not tested): its other causes are worked up
 * beside the urgent referral (REVIEW.md third review; SMFM CG 8, CG 7).
 */
function anemiaWorkupDue(facts: Facts): boolean {
  return (
    (facts.fetalAnemiaSuspected || facts.hydropsSeen) && !facts.parvovirusRecent
  );
}

const intracranialFindings = (facts: Facts) =>
  facts.findings.some(
    (finding) =>
      finding === 'intracranial-calcifications' ||
      finding === 'ventriculomegaly',
  );

/**
 * Structural findings suggesting a genetic syndrome (abnormal head size,
 * intracranial findings) with a negative infection workup and a normal
 * microarray: a pseudo-TORCH picture; exome sequencing after genetic
 * counselling (REVIEW.md third review; ACMG 2020).
 */
function exomeDue(facts: Facts): boolean {
  return (
    facts.microarray === 'normal' &&
    (facts.abnormalHeadSize !== null || intracranialFindings(facts)) &&
    facts.infectionsSupported.length === 0 &&
    facts.infectionsOpen.length === 0
  );
}

/** The results (test ids) a test to do follows from, when any. */
function testAfter(facts: Facts, test: SummaryTest): TestId[] {
  const self = test.status === 'repeat' ? [test.id] : [];
  switch (test.id) {
    case 'cmv-igg-avidity':
      return ['storch-serology'];
    case 'amniotic-fluid-cmv-pcr':
      return [
        'storch-serology',
        ...(facts.latest.cmvAvidity !== undefined
          ? (['cmv-igg-avidity'] as const)
          : []),
        ...(facts.cmvSignsBeyondLiver.length
          ? (['detailed-ultrasound'] as const)
          : []),
        ...self,
      ];
    case 'mca-psv-doppler':
      return [
        ...(facts.parvovirusRecent ? (['parvovirus-serology'] as const) : []),
        ...(facts.hydropsSeen ? (['detailed-ultrasound'] as const) : []),
      ];
    case 'cf-carrier-screening':
      return facts.echogenicBowelSeen ? ['detailed-ultrasound'] : [];
    case 'karyotype':
      return facts.findings.length ? ['detailed-ultrasound'] : [];
    case 'fetal-mri':
      return [
        ...(facts.findings.length ? (['detailed-ultrasound'] as const) : []),
        ...(facts.abnormalHeadSize ? (['head-circumference'] as const) : []),
        ...infectionTests(facts),
      ];
    default:
      return self;
  }
}

/** The tests behind the supported or confirmed infections. */
function infectionTests(facts: Facts): TestId[] {
  const tests = new Set<TestId>();
  for (const agent of facts.infectionsSupported) {
    if (agent === 'parvovirus-b19') tests.add('parvovirus-serology');
    else if (agent === 'cmv' && facts.cmv.fetalInfection)
      tests.add('amniotic-fluid-cmv-pcr');
    else tests.add('storch-serology');
    if (agent === 'cmv' && facts.latest.cmvAvidity === 'low')
      tests.add('cmv-igg-avidity');
  }
  return [...tests];
}

/**
 * What would settle each live cause: the test or step, when one in this
 * workup does, else a plain "none" (or what the source leaves to the
 * laboratory). Read from the facts and the tests' statuses.
 */
function settlerOf(
  facts: Facts,
  cause: Cause,
  statusOf: (id: TestId) => TestStatus | undefined,
  steps: ReadonlySet<StepId>,
): NextStepId | 'laboratory' | 'chromosomal-report' | null {
  const open = (id: TestId) => settling.includes(statusOf(id)!);
  switch (cause.id) {
    case 'cmv':
      if (open('amniotic-fluid-cmv-pcr')) return 'amniotic-fluid-cmv-pcr';
      if (open('cmv-igg-avidity')) return 'cmv-igg-avidity';
      return open('storch-serology') ? 'storch-serology' : null;
    case 'toxoplasmosis':
      if (steps.has('toxo-reference-lab')) return 'toxo-reference-lab';
      return open('storch-serology') ? 'storch-serology' : null;
    case 'syphilis':
      if (steps.has('syphilis-confirm-and-treat'))
        return 'syphilis-confirm-and-treat';
      return open('storch-serology') ? 'storch-serology' : null;
    case 'rubella':
    case 'herpes-simplex':
      if (facts.agents[cause.id].pattern === 'igm-confirm') return 'laboratory';
      return open('storch-serology') ? 'storch-serology' : null;
    case 'parvovirus-b19':
      return open('parvovirus-serology') ? 'parvovirus-serology' : null;
    case 'trisomy-13':
    case 'trisomy-18':
    case 'trisomy-21':
    case 'turner-45x':
    case 'del-22q11-2':
    case 'del-1p36':
      if (facts.chromosomalResultAbnormal) return 'chromosomal-report';
      if (open('chromosomal-microarray')) return 'chromosomal-microarray';
      return open('karyotype') &&
        cause.id !== 'del-22q11-2' &&
        cause.id !== 'del-1p36'
        ? 'karyotype'
        : null;
    case 'col4a1-col4a2':
      return steps.has('exome-sequencing') ? 'exome-sequencing' : null;
    case 'alpha-thalassemia':
      return steps.has('anemia-causes-workup') ? 'anemia-causes-workup' : null;
    case 'other-genetic-cause':
      if (open('head-circumference')) return 'head-circumference';
      return steps.has('exome-sequencing') ? 'exome-sequencing' : null;
    default:
      return null;
  }
}

const isTest = (id: string): id is TestId =>
  (testIds as readonly string[]).includes(id);

/** The label of a next step, whatever its kind. */
function labelOf(writer: Writer, id: NextStepId): string {
  if (isTest(id)) return writer.label(contentIdOf('test', id));
  if ((stepIds as readonly string[]).includes(id))
    return writer.label(contentIdOf('step', id as StepId));
  return writer.label(contentIdOf('follow-up', id as FollowUpId));
}

/** The order of steps of the same urgency and rank. */
const baseOrder = new Map<NextStepId, number>(
  (
    [
      'urgent-anemia-referral',
      'urgent-hydrops-referral',
      ...stepIds,
      ...testIds,
      'specialist-counselling',
    ] as NextStepId[]
  ).map((id, index) => [id, index]),
);

export interface NextStepsResult {
  nextSteps: SummaryNextStep[];
  differential: SummaryCause[];
  tests: SummaryTest[];
}

/**
 * The next steps in the clinician's order, each cause's settle and each
 * recorded result's `next`:
 * - urgent referrals first (suspected fetal anemia, hydrops);
 * - then what to do now: the steps that act on a positive result (treat
 *   syphilis, the other causes of fetal anemia), the tests that would
 *   settle a supported cause, specialist counselling once a cause is found,
 *   the tests that settle a cause with a finding for it, the other
 *   settling tests, then the rest;
 * - then what is due later (a window not open yet, a repeat in weeks).
 */
export function buildNextSteps(
  facts: Facts,
  writer: Writer,
  tests: readonly SummaryTest[],
  causes: readonly Cause[],
): NextStepsResult {
  const statuses = new Map(tests.map((t) => [t.id, t.status]));
  const statusOf = (id: TestId) => statuses.get(id);
  const triggered = triggeredSteps(facts);
  const stepSet = new Set(triggered.map((step) => step.id));

  const settles = new Map<NextStepId, CauseId[]>();
  const settleOf = new Map<CauseId, SummarySettle>();
  for (const cause of causes) {
    if (!isLive(cause.status)) continue;
    const by = settlerOf(facts, cause, statusOf, stepSet);
    settleOf.set(cause.id, settleItem(writer, by, tests));
    if (by && by !== 'laboratory' && by !== 'chromosomal-report')
      settles.set(by, [...(settles.get(by) ?? []), cause.id]);
  }
  const causeOf = new Map(causes.map((cause) => [cause.id, cause]));
  const rankOf = (id: NextStepId): number => {
    const settled = (settles.get(id) ?? []).map((c) => causeOf.get(c)!);
    if (settled.some((c) => c.status === 'supported')) return 2;
    if (settled.some((c) => c.for.length > 0)) return 4;
    return settled.length ? 5 : 6;
  };

  const drafts: Draft[] = [];
  const urgent: [FollowUpId, boolean, TestId][] = [
    ['urgent-anemia-referral', facts.fetalAnemiaSuspected, 'mca-psv-doppler'],
    ['urgent-hydrops-referral', facts.hydropsSeen, 'detailed-ultrasound'],
  ];
  for (const [id, due, after] of urgent) {
    if (!due) continue;
    const content = writer.text(contentIdOf('follow-up', id));
    drafts.push({
      id,
      urgent: true,
      label: labelOf(writer, id),
      text: content.text,
      citations: content.citations,
      after: [after],
      timing: now(),
      tier: 0,
      later: false,
    });
  }
  for (const step of triggered) {
    const content = writer.text(contentIdOf('step', step.id));
    drafts.push({
      id: step.id,
      urgent: false,
      label: labelOf(writer, step.id),
      text: content.text,
      citations: content.citations,
      after: step.after,
      timing: now(),
      tier: Math.min(step.tier, rankOf(step.id)),
      later: false,
    });
  }
  for (const test of tests) {
    if (!toDo.includes(test.status) || followUpTests.includes(test.id))
      continue;
    const timing = test.timing ?? now();
    // Due later: a window not open yet (its timing), or planned after birth.
    const later =
      test.status === 'not-yet-optimal' ||
      timing.fromWeeks !== null ||
      timing.afterBirth;
    drafts.push({
      id: test.id,
      urgent: false,
      status: test.status,
      label: labelOf(writer, test.id),
      text: test.reason,
      ...(test.when ? { when: test.when } : {}),
      timing,
      citations: test.citations,
      after: testAfter(facts, test),
      // MCA-PSV is part of any hydrops workup: beside the urgent referral.
      tier:
        test.id === 'mca-psv-doppler' && facts.hydropsSeen
          ? 1
          : rankOf(test.id),
      later,
    });
  }
  const found = causes.filter(
    (cause) =>
      cause.status === 'confirmed' ||
      (cause.status === 'supported' &&
        (cause.category === 'chromosomal' || cause.category === 'infectious')),
  );
  if (found.length) {
    const counselling = writer.reason('counselling-cause', {
      causes: writer.list(found.map((cause) => contentIdOf('cause', cause.id))),
    });
    drafts.push({
      id: 'specialist-counselling',
      urgent: false,
      label: labelOf(writer, 'specialist-counselling'),
      text: counselling.text,
      citations: [...counselling.citations],
      after: foundTests(facts, found),
      timing: now(),
      tier: 3,
      later: false,
    });
  }

  const base = (id: NextStepId) => baseOrder.get(id) ?? 0;
  const ordered = drafts.sort(
    (a, b) =>
      Number(b.urgent) - Number(a.urgent) ||
      Number(a.later) - Number(b.later) ||
      a.tier - b.tier ||
      base(a.id) - base(b.id),
  );
  const nextSteps: SummaryNextStep[] = ordered.map(
    ({ tier: _tier, later: _later, ...step }) => ({
      ...step,
      settles: settles.get(step.id) ?? [],
    }),
  );

  return {
    nextSteps,
    differential: causes.map((cause) => {
      const settle = settleOf.get(cause.id);
      return settle ? { ...cause, settle } : cause;
    }),
    tests: tests.map((test) =>
      test.status === 'done' || test.status === 'repeat'
        ? { ...test, next: nextOf(writer, test.id, nextSteps) }
        : test,
    ),
  };
}

/** The tests that show the causes found. */
function foundTests(facts: Facts, found: readonly Cause[]): TestId[] {
  const tests = new Set<TestId>();
  for (const cause of found) {
    if (cause.category === 'chromosomal') {
      if (facts.microarray === 'abnormal') tests.add('chromosomal-microarray');
      if (facts.karyotype === 'abnormal') tests.add('karyotype');
    }
  }
  for (const test of infectionTests(facts)) tests.add(test);
  return [...tests];
}

/** What would settle a live cause, in words, with its status and timing. */
function settleItem(
  writer: Writer,
  by: NextStepId | 'laboratory' | 'chromosomal-report' | null,
  tests: readonly SummaryTest[],
): SummarySettle {
  if (by === null) return cited(writer.reason('settle-none'));
  if (by === 'laboratory') return cited(writer.reason('settle-laboratory'));
  if (by === 'chromosomal-report') {
    const abnormal = tests.filter(
      (test) =>
        (test.id === 'chromosomal-microarray' || test.id === 'karyotype') &&
        test.status === 'done',
    );
    return cited(
      writer.reason('settle-chromosomal-report', {
        tests: writer.list(
          abnormal.map((test) => contentIdOf('test', test.id)),
        ),
      }),
    );
  }
  const test = isTest(by) ? tests.find((t) => t.id === by) : undefined;
  const status: TestStatus = test?.status ?? 'recommended';
  const words = writer.datum('settle-by', {
    test: labelOf(writer, by),
    status: writer.testStatus(status).toLowerCase(),
  });
  return {
    by,
    status,
    text: words.text,
    citations: test
      ? [...test.citations]
      : [...writer.text(contentIdOf('step', by as StepId)).citations],
    ...(test?.when ? { when: test.when } : {}),
  };
}

const cited = (reason: Reason): SummarySettle => ({
  text: reason.text,
  citations: [...reason.citations],
});

/** What a recorded result leads to: its next steps, or that none is left. */
function nextOf(
  writer: Writer,
  test: TestId,
  nextSteps: readonly SummaryNextStep[],
): SummaryNext {
  const following = nextSteps.filter((step) => step.after.includes(test));
  if (following.length === 0) {
    const none = writer.reason('result-nothing-follows');
    return { text: none.text, citations: [...none.citations], steps: [] };
  }
  return {
    text: writer.datum('result-next', {
      steps: following.map((step) => step.label).join(', '),
    }).text,
    citations: mergeCitations(...following.map((step) => step.citations)),
    steps: following.map((step) => step.id),
  };
}
