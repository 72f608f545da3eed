import {
  parvovirusTestIds,
  storchTestIds,
  type ResultOptionId as ResultOption,
} from '../../content/ids.ts';
import type { ContentId } from '../../content/index.ts';
import type {
  AnswerField,
  SerologyTestId,
  SummaryTest,
  SummaryTiming,
  TestId,
  TestStatus,
} from '../workup.types.ts';
import { pcrTimingParams, weeksText } from './differential.ts';
import { entriesOf } from './results.ts';
import type { AgentFact, CmvFact, Facts, TestedAgent } from './facts.ts';
import { takenAtWeeks } from './results.ts';
import {
  lastCheckAtWeeks,
  mcaIntervalWeeks,
  mcaMonitoringWeeks,
  parvovirusMonitoringFrom,
  serologyRepeatWeeks,
} from './timing.ts';
import {
  afterBirth,
  now,
  opensAntenatally,
  windowFrom,
} from './plan-timing.ts';

/** The agents the STORCH panel tests. */
const storchAgents = [
  'cmv',
  'toxoplasmosis',
  'rubella',
  'herpes-simplex',
  'syphilis',
] as const satisfies readonly TestedAgent[];
import {
  contentIdOf,
  mergeCitations,
  type Reason,
  type Writer,
} from './text.ts';

type Result = string | undefined | null;
type TestItem = Omit<SummaryTest, 'about'>;

const isResulted = (result: Result) =>
  result !== undefined &&
  result !== null &&
  result !== 'pending' &&
  result !== 'not-done';

function test(
  id: TestId,
  status: TestStatus,
  reasons: readonly Reason[],
  basis: AnswerField[],
  when?: string,
  timing?: SummaryTiming,
): TestItem {
  return {
    id,
    status,
    reason: reasons.map((reason) => reason.text).join(' '),
    citations: mergeCitations(...reasons.map((reason) => reason.citations)),
    basis,
    ...(when ? { when } : {}),
    ...(timing ? { timing } : {}),
  };
}

/**
 * The timing of a test to do, where its rule gave none: now when
 * recommended or to repeat, after birth for an after-birth step.
 */
function defaultTiming(status: TestStatus): SummaryTiming | undefined {
  if (status === 'after-birth') return afterBirth();
  return status === 'recommended' ||
    status === 'repeat' ||
    status === 'not-yet-optimal'
    ? now()
    : undefined;
}

/** Sent, result awaited: not done (REVIEW.md: pending is not done). */
function pending(writer: Writer, why: Reason): Reason {
  return {
    text: writer.datum('result-pending', { why: why.text }).text,
    citations: [...why.citations],
  };
}

/** "Result: normal.": the user's value, cited by what interprets it. */
function recorded(writer: Writer, result: string): Reason {
  return writer.datum('result-recorded', {
    result: writer.inline([contentIdOf('option', result as ResultOption)]),
  });
}

/**
 * A test with one result: done when resulted (and interpreted, even when the
 * algorithm would not have asked for it: `interpretation`, when the result
 * says more than itself), pending when sent, otherwise recommended with why,
 * or not indicated (`notIndicated`; `notIndicatedStatus` for "optional").
 * A done item cites what interprets its result, or what the test is.
 */
function resultStatus(
  writer: Writer,
  id: TestId,
  result: Result,
  why: Reason,
  basis: AnswerField[],
  {
    indicated = true,
    notIndicated,
    notIndicatedStatus = 'not-indicated',
    interpretation,
  }: {
    indicated?: boolean;
    notIndicated?: Reason;
    notIndicatedStatus?: TestStatus;
    interpretation?: (result: string) => Reason | null;
  } = {},
): TestItem {
  if (isResulted(result)) {
    const read = interpretation?.(result as string) ?? null;
    return test(
      id,
      'done',
      [recorded(writer, result as string), ...(read ? [read] : [])],
      basis,
    );
  }
  if (result === 'pending')
    return test(id, 'pending', [pending(writer, why)], basis);
  if (!indicated && notIndicated)
    return test(id, notIndicatedStatus, [notIndicated], basis);
  return test(id, 'recommended', [why], basis);
}

/**
 * A serology panel: recommended while a result is missing, repeat when a
 * result must be repeated (equivocal, IgM positive with IgG negative),
 * pending while sent, done when every result is in.
 */
function panelStatus(
  facts: Facts,
  writer: Writer,
  id: TestId,
  tests: readonly SerologyTestId[],
  agents: readonly (AgentFact | CmvFact)[],
  why: Reason,
  repeatReasons: readonly Reason[],
  basis: AnswerField[],
): TestItem {
  const serology = facts.latest.serology;
  const missing = tests.filter(
    (testId) =>
      serology[testId] === undefined || serology[testId] === 'not-done',
  );
  if (missing.length > 0) return test(id, 'recommended', [why], basis);
  if (agents.some((agent) => agent.repeat)) {
    const inWeeks = agents.some((agent) => agent.pattern === 'igm-repeat');
    if (!inWeeks)
      return test(
        id,
        'repeat',
        repeatReasons,
        basis,
        writer.reason('repeat-now').text,
        now(),
      );
    // "Repeat in 2-3 weeks" is dated from when the sample was taken
    // (REVIEW.md third review, "Serology to repeat").
    const today = facts.gestationalAgeWeeks;
    const taken = tests
      .filter((testId) => testId === 'cmv-igm' || testId === 'toxoplasma-igm')
      .filter((testId) => serology[testId] === 'positive')
      .map((testId) => takenAtWeeks(facts.answers.serology?.[testId], today))
      .filter((at): at is number => at !== undefined);
    if (taken.length === 0)
      return test(
        id,
        'repeat',
        repeatReasons,
        basis,
        writer.reason('repeat-in-2-3-weeks').text,
        now(),
      );
    const from = Math.min(...taken) + serologyRepeatWeeks.min;
    const until = Math.min(...taken) + serologyRepeatWeeks.max;
    return opensAntenatally(from)
      ? test(
          id,
          'repeat',
          repeatReasons,
          basis,
          `${writer.reason('repeat-in-2-3-weeks').text} ${
            writer.reason('repeat-from', {
              week: weeksText(from),
              until: weeksText(until),
            }).text
          }`,
          windowFrom(from, until, today),
        )
      : test(
          id,
          'repeat',
          repeatReasons,
          basis,
          writer.reason('repeat-no-antenatal-window', {
            week: weeksText(from),
          }).text,
          now(),
        );
  }
  if (tests.some((testId) => serology[testId] === 'pending'))
    return test(id, 'pending', [pending(writer, why)], basis);
  const positives = tests.filter((testId) => serology[testId] === 'positive');
  const result = positives.length
    ? `${writer.inline(['option.positive'])}: ${writer.list(positives.map((testId) => contentIdOf('serology', testId)))}`
    : writer.inline(['option.negative']);
  return test(id, 'done', [writer.datum('result-recorded', { result })], basis);
}

/** Why these agents' serology must be repeated, as the differential words it. */
function repeatReasons(
  facts: Facts,
  writer: Writer,
  ids: readonly TestedAgent[],
): Reason[] {
  return ids.flatMap((id) => {
    const fact = id === 'cmv' ? facts.cmv : facts.agents[id];
    if (!fact.repeat) return [];
    if (fact.pattern === 'igm-repeat')
      return [
        writer.reason(
          id === 'cmv' ? 'cmv-igm-igg-negative' : 'toxo-igm-igg-negative',
        ),
      ];
    return [
      writer.reason('serology-equivocal', {
        agent: writer.label(contentIdOf('cause', id)),
      }),
    ];
  });
}

function avidityTest(facts: Facts, writer: Writer): TestItem {
  const id = 'cmv-igg-avidity';
  const basis: AnswerField[] = ['storch', 'cmv-avidity'];
  const serology = facts.latest.serology;
  const notIndicated = facts.cmvSeroconversion
    ? writer.reason('avidity-seroconversion')
    : facts.cmvIgmPositive && serology['cmv-igg'] === 'negative'
      ? writer.reason('avidity-needs-igg')
      : writer.reason('avidity-not-indicated', {
          cmvIgm: writer.inline([
            contentIdOf('option', serology['cmv-igm'] ?? 'not-done'),
          ]),
          cmvIgg: writer.inline([
            contentIdOf('option', serology['cmv-igg'] ?? 'not-done'),
          ]),
        });
  const serologyNow = {
    cmvIgm: writer.inline([
      contentIdOf('option', serology['cmv-igm'] ?? 'not-done'),
    ]),
    cmvIgg: writer.inline([
      contentIdOf('option', serology['cmv-igg'] ?? 'not-done'),
    ]),
  };
  const avidity = facts.latest.cmvAvidity;
  // Read only with CMV IgM and IgG positive: a result recorded otherwise
  // (say, before the serology was corrected) is shown as not read, and so
  // is one sent again since (nothing to await: it cannot be read either).
  // (The age is not read here: any will do for a bare value.)
  const lastResult = entriesOf(facts.answers.cmvAvidity, 0)
    .map((entry) => entry.result)
    .filter(isResulted)
    .at(-1);
  if (lastResult !== undefined && !facts.cmvAvidityIndicated) {
    return test(
      id,
      'done',
      [
        writer.reason('avidity-recorded-not-read', {
          result: writer.inline([contentIdOf('option', lastResult)]),
          ...serologyNow,
        }),
      ],
      basis,
    );
  }
  return resultStatus(
    writer,
    id,
    avidity,
    writer.reason('why-avidity'),
    basis,
    { indicated: facts.cmvAvidityIndicated, notIndicated },
  );
}

function cmvPcrTest(facts: Facts, writer: Writer): TestItem {
  const id = 'amniotic-fluid-cmv-pcr';
  const { cmv } = facts;
  const basis: AnswerField[] = [
    'storch',
    'cmv-avidity',
    'gestational-age',
    'infection-timing',
    'cmv-pcr',
  ];
  const when = () =>
    writer.reason('cmv-pcr-when', {
      week: weeksText(cmv.pcrOptimalFromWeek ?? 21),
    }).text;

  if (cmv.pcr === 'positive') {
    return test(id, 'done', [writer.reason('cmv-pcr-positive')], basis);
  }
  const today = facts.gestationalAgeWeeks;
  const opens = cmv.pcrOptimalFromWeek ?? 21;
  // No antenatal window opens at 37 weeks or later: the newborn is tested
  // instead (REVIEW.md third review, "CMV: no antenatal window left").
  const noWindowLeft = !opensAntenatally(opens);
  const noWindow = () =>
    writer.reason('cmv-no-antenatal-window', { week: weeksText(opens) });
  if (cmv.pcr === 'negative') {
    if (!cmv.pcrNegativeReliable && cmv.pcrTiming === 'early') {
      const early = writer.reason(
        'cmv-pcr-early-negative',
        pcrTimingParams(facts, writer),
      );
      return noWindowLeft
        ? test(
            id,
            'repeat',
            [early, noWindow()],
            basis,
            writer.reason('timing-newborn-window').text,
            afterBirth(),
          )
        : test(
            id,
            'repeat',
            [early],
            basis,
            when(),
            windowFrom(opens, null, today),
          );
    }
    return test(
      id,
      'done',
      [
        cmv.pcrTiming === 'optimal'
          ? writer.reason('cmv-pcr-negative-reliable')
          : writer.reason('cmv-pcr-negative'),
      ],
      basis,
    );
  }
  const signs = writer.inline(
    facts.cmvSignsBeyondLiver.map((sign) =>
      sign === 'microcephaly'
        ? ('head-size.microcephaly' as const)
        : contentIdOf('finding', sign),
    ),
  );
  const why = facts.primaryCmvSuspected
    ? writer.reason('cmv-primary')
    : facts.cmvSignsBeyondLiver.length
      ? cmv.pattern === 'avidity-open'
        ? writer.reason('cmv-pcr-signs-avidity-open', {
            signs,
            avidity: writer.inline([
              contentIdOf('option', facts.latest.cmvAvidity ?? 'not-done'),
            ]),
          })
        : writer.reason('cmv-pcr-offer-signs', { signs })
      : writer.reason('cmv-pcr-offer-same-sample');
  if (cmv.pcr === 'pending')
    return test(id, 'pending', [pending(writer, why)], basis);
  if (!facts.cmvPcrIndicated) {
    return test(
      id,
      'not-indicated',
      [
        cmv.pattern === 'negative'
          ? writer.reason('cmv-negative-excludes')
          : writer.reason('cmv-pcr-not-indicated'),
      ],
      basis,
    );
  }
  if (
    facts.primaryCmvSuspected &&
    cmv.pcrOptimalFromWeek !== null &&
    noWindowLeft
  ) {
    return test(
      id,
      'not-indicated',
      [writer.reason('cmv-primary'), noWindow()],
      basis,
    );
  }
  if (cmv.pcrTiming === 'optimal') {
    return test(
      id,
      'recommended',
      [writer.reason('cmv-pcr-ready', pcrTimingParams(facts, writer))],
      basis,
    );
  }
  if (cmv.pcrTiming === 'early') {
    return test(
      id,
      'not-yet-optimal',
      [
        // Why it is offered, unless a primary infection says it already.
        ...(facts.primaryCmvSuspected ? [] : [why]),
        writer.reason('cmv-pcr-too-early', pcrTimingParams(facts, writer)),
      ],
      basis,
      when(),
      windowFrom(opens, null, today),
    );
  }
  // From 21 weeks; the date of a primary infection is unknown.
  return facts.primaryCmvSuspected
    ? test(
        id,
        'not-yet-optimal',
        [writer.reason('cmv-pcr-timing-unknown')],
        basis,
      )
    : test(id, 'recommended', [why], basis);
}

function mcaTest(facts: Facts, writer: Writer): TestItem {
  const result = facts.latest.specialized['mca-psv-doppler'];
  const basis: AnswerField[] = ['parvovirus', 'findings', 'mca-doppler'];
  if (result === 'abnormal') {
    return test(
      'mca-psv-doppler',
      'done',
      [recorded(writer, 'abnormal'), writer.reason('mca-abnormal')],
      basis,
    );
  }
  if (result === 'normal' && facts.parvovirusRecent) {
    // Serial after a recent parvovirus B19 infection: one normal result
    // does not end the monitoring (REVIEW.md third review).
    const serial = serialMca(facts);
    return serial
      ? test(
          'mca-psv-doppler',
          'repeat',
          [recorded(writer, 'normal'), writer.reason('mca-serial')],
          basis,
          writer.reason('mca-serial-when', {
            week: weeksText(serial.next),
            until: weeksText(serial.until),
          }).text,
          {
            fromWeeks: serial.next,
            untilWeeks: serial.until,
            every: `${mcaIntervalWeeks.min}-${mcaIntervalWeeks.max} weeks`,
            afterBirth: false,
          },
        )
      : test(
          'mca-psv-doppler',
          'done',
          [recorded(writer, 'normal'), writer.reason('mca-monitoring-over')],
          basis,
        );
  }
  const why = facts.parvovirusRecent
    ? writer.reason('why-mca-parvovirus')
    : writer.reason('why-mca-hydrops');
  return resultStatus(
    writer,
    'mca-psv-doppler',
    result,
    facts.mcaDopplerIndicated ? why : writer.reason('mca-not-indicated'),
    basis,
    {
      indicated: facts.mcaDopplerIndicated,
      notIndicated: writer.reason('mca-not-indicated'),
    },
  );
}

/**
 * The next serial MCA-PSV after a normal one: due 1 week after the last
 * check (the shorter interval), while the monitoring lasts (12 weeks after
 * the infection, the longer period) and before 37 weeks; null when over.
 */
function serialMca(facts: Facts): { next: number; until: number } | null {
  const answers = facts.answers;
  const from = parvovirusMonitoringFrom(
    answers,
    facts.maternalInfectionAtWeeks,
  );
  const last = lastCheckAtWeeks(answers, 'mca-psv-doppler');
  if (from === undefined || last === undefined) return null;
  const next = last + mcaIntervalWeeks.min;
  const until = from + mcaMonitoringWeeks.max;
  if (Math.round(next * 7) > Math.round(until * 7)) return null;
  return opensAntenatally(next) ? { next, until } : null;
}

/**
 * Fetal MRI "when indicated" (the source's section; REVIEW.md third review):
 * offered with a finding on the scan or an abnormal head size (intracranial
 * or other structural findings), or a supported infection; otherwise
 * optional, never "recommended now". Its reasons all
 * cite the same references, whatever its status.
 */
function mriTest(facts: Facts, writer: Writer): TestItem {
  const because: ContentId[] = [
    ...facts.findings.map((finding) => contentIdOf('finding', finding)),
    ...(facts.abnormalHeadSize
      ? [contentIdOf('head-size', facts.abnormalHeadSize)]
      : []),
    ...facts.infectionsSupported.map((agent) => contentIdOf('cause', agent)),
  ];
  return resultStatus(
    writer,
    'fetal-mri',
    facts.latest.specialized['fetal-mri'],
    because.length
      ? writer.reason('mri-offered', { what: writer.list(because) })
      : writer.reason('why-mri'),
    ['findings', 'head-size', 'storch', 'parvovirus', 'cmv-pcr', 'fetal-mri'],
    {
      indicated: because.length > 0,
      notIndicated: writer.reason('mri-optional'),
      notIndicatedStatus: 'optional',
    },
  );
}

/** Every test the workup knows, each with a status and the reason. */
export function recommendTests(facts: Facts, writer: Writer): SummaryTest[] {
  const answers = facts.answers;
  const genetics = facts.latest.genetics;
  const tests: TestItem[] = [];
  const ultrasound = writer.reason('why-detailed-ultrasound');
  tests.push(
    facts.scan === 'seen'
      ? test('detailed-ultrasound', 'done', [ultrasound], ['findings'])
      : facts.scan === 'pending'
        ? test(
            'detailed-ultrasound',
            'pending',
            [pending(writer, ultrasound)],
            ['findings'],
          )
        : test(
            'detailed-ultrasound',
            'recommended',
            [ultrasound],
            ['findings'],
          ),
  );
  tests.push(
    answers.headSize && answers.headSize !== 'not-measured'
      ? test(
          'head-circumference',
          'done',
          [
            writer.datum('result-recorded', {
              result: writer.label(contentIdOf('head-size', answers.headSize)),
            }),
          ],
          ['head-size'],
        )
      : test(
          'head-circumference',
          'recommended',
          [writer.reason('why-head-circumference')],
          ['head-size'],
        ),
  );
  const storchRequired = storchTestIds.filter(
    (testId) => testId !== 'cmv-seroconversion',
  );
  const serology = facts.latest.serology;
  const missingStorch = storchRequired.filter(
    (testId) =>
      serology[testId] === undefined || serology[testId] === 'not-done',
  );
  const { agents } = facts;
  tests.push(
    panelStatus(
      facts,
      writer,
      'storch-serology',
      storchRequired,
      storchAgents.map((id) => (id === 'cmv' ? facts.cmv : agents[id])),
      missingStorch.length
        ? joined(writer.reason('why-storch'), [
            writer.reason('storch-missing', {
              missing: writer.list(
                missingStorch.map((testId) => contentIdOf('serology', testId)),
              ),
            }),
          ])
        : writer.reason('why-storch'),
      repeatReasons(facts, writer, storchAgents),
      ['storch'],
    ),
  );
  tests.push(avidityTest(facts, writer));
  tests.push(
    panelStatus(
      facts,
      writer,
      'parvovirus-serology',
      parvovirusTestIds,
      [agents['parvovirus-b19']],
      writer.reason('why-parvovirus'),
      repeatReasons(facts, writer, ['parvovirus-b19']),
      ['parvovirus'],
    ),
  );
  tests.push(
    resultStatus(
      writer,
      'chromosomal-microarray',
      genetics['chromosomal-microarray'],
      writer.reason('why-microarray'),
      ['microarray'],
    ),
  );
  tests.push(
    resultStatus(
      writer,
      'karyotype',
      genetics.karyotype,
      // The 18% abnormal-karyotype figure only beside a karyotype to do.
      joined(writer.reason('why-karyotype'), [
        writer.reason('karyotype-figure'),
      ]),
      ['microarray', 'karyotype'],
    ),
  );
  tests.push(
    resultStatus(
      writer,
      'cf-carrier-screening',
      genetics['cf-carrier-screening'],
      facts.echogenicBowelSeen
        ? writer.reason('why-cf')
        : writer.reason('cf-not-indicated'),
      ['findings', 'cf-screening'],
      {
        indicated: facts.echogenicBowelSeen,
        notIndicated: writer.reason('cf-not-indicated'),
        interpretation: (result) =>
          result === 'abnormal' ? writer.reason('cf-carrier-parent') : null,
      },
    ),
  );
  tests.push(cmvPcrTest(facts, writer));
  tests.push(mcaTest(facts, writer));
  tests.push(mriTest(facts, writer));
  // With CMV not excluded the newborn is tested after birth (REVIEW.md
  // third review, "Newborn CMV testing"): never "not indicated" beside the
  // follow-up line that plans it.
  tests.push(
    facts.cmv.status !== 'excluded'
      ? test(
          'newborn-blood-spot-cmv-pcr',
          'after-birth',
          [writer.reason('newborn-cmv-testing')],
          ['storch', 'cmv-avidity', 'cmv-pcr'],
          writer.reason('timing-newborn-window').text,
          afterBirth(),
        )
      : test(
          'newborn-blood-spot-cmv-pcr',
          'not-indicated',
          [writer.reason('blood-spot-postnatal')],
          [],
        ),
  );
  tests.push(
    test(
      'serial-ultrasound',
      'recommended',
      [writer.reason('why-serial-ultrasound')],
      [],
    ),
  );
  // After-birth steps: planned after birth, never "recommended now"
  // during the pregnancy (REVIEW.md third review).
  const afterBirthWhen = writer.reason('timing-after-birth').text;
  tests.push(
    test(
      'postnatal-imaging',
      'after-birth',
      [writer.reason('why-postnatal-imaging')],
      [],
      afterBirthWhen,
    ),
  );
  tests.push(
    test(
      'neurodevelopmental-follow-up',
      'after-birth',
      [writer.reason('why-neurodevelopmental')],
      [],
      afterBirthWhen,
    ),
  );
  return tests.map((item) => {
    const about = writer.text(contentIdOf('test', item.id));
    const timing = item.timing ?? defaultTiming(item.status);
    // A result with nothing to interpret cites what the test is.
    return {
      ...item,
      ...(timing ? { timing } : {}),
      citations: item.citations.length ? item.citations : [...about.citations],
      about,
    };
  });
}

/** One reason of several: their texts joined, their citations merged. */
function joined(first: Reason, rest: readonly Reason[]): Reason {
  return {
    text: [first, ...rest].map((reason) => reason.text).join(' '),
    citations: mergeCitations(
      first.citations,
      ...rest.map((reason) => reason.citations),
    ),
  };
}
