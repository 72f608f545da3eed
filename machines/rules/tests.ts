import {
  parvovirusTestIds,
  storchTestIds,
  type ResultOptionId as ResultOption,
} from '../../content/ids.ts';
import type {
  AnswerField,
  SerologyTestId,
  SummaryTest,
  TestId,
  TestStatus,
} from '../workup.types.ts';
import { pcrTimingParams, weeksText } from './differential.ts';
import type { AgentFact, CmvFact, Facts, TestedAgent } from './facts.ts';

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

const isResulted = (r: Result) =>
  r !== undefined && r !== null && r !== 'pending' && r !== 'not-done';

function test(
  id: TestId,
  status: TestStatus,
  reasons: readonly Reason[],
  basis: AnswerField[],
  when?: string,
): TestItem {
  return {
    id,
    status,
    reason: reasons.map((r) => r.text).join(' '),
    citations: mergeCitations(...reasons.map((r) => r.citations)),
    basis,
    ...(when ? { when } : {}),
  };
}

/** Sent, result awaited: not done (REVIEW.md: pending is not done). */
function pending(w: Writer, why: Reason): Reason {
  const r = w.reason('result-pending', { why: why.text });
  return {
    text: r.text,
    citations: mergeCitations(r.citations, why.citations),
  };
}

/**
 * A test with one result: done when resulted (and interpreted, even when the
 * algorithm would not have asked for it), pending when sent, otherwise
 * recommended with why, or not indicated.
 */
function resultStatus(
  w: Writer,
  id: TestId,
  result: Result,
  why: Reason,
  basis: AnswerField[],
  indicated = true,
  notIndicated?: Reason,
): TestItem {
  if (isResulted(result)) {
    const label = w.inline([contentIdOf('option', result as ResultOption)]);
    return test(
      id,
      'done',
      [w.reason('result-recorded', { result: label }), why],
      basis,
    );
  }
  if (result === 'pending')
    return test(id, 'pending', [pending(w, why)], basis);
  if (!indicated && notIndicated)
    return test(id, 'not-indicated', [notIndicated], basis);
  return test(id, 'recommended', [why], basis);
}

/**
 * A serology panel: recommended while a result is missing, repeat when a
 * result must be repeated (equivocal, IgM positive with IgG negative),
 * pending while sent, done when every result is in.
 */
function panelStatus(
  facts: Facts,
  w: Writer,
  id: TestId,
  tests: readonly SerologyTestId[],
  agents: readonly (AgentFact | CmvFact)[],
  why: Reason,
  repeatReasons: readonly Reason[],
  basis: AnswerField[],
): TestItem {
  const s = facts.answers.serology ?? {};
  const missing = tests.filter(
    (t) => s[t] === undefined || s[t] === 'not-done',
  );
  if (missing.length > 0) return test(id, 'recommended', [why], basis);
  if (agents.some((a) => a.repeat)) {
    const inWeeks = agents.some((a) => a.pattern === 'igm-repeat');
    return test(
      id,
      'repeat',
      repeatReasons,
      basis,
      w.reason(inWeeks ? 'repeat-in-2-3-weeks' : 'repeat-now').text,
    );
  }
  if (tests.some((t) => s[t] === 'pending'))
    return test(id, 'pending', [pending(w, why)], basis);
  const positives = tests.filter((t) => s[t] === 'positive');
  const result = positives.length
    ? `${w.inline(['option.positive'])}: ${w.list(positives.map((t) => contentIdOf('serology', t)))}`
    : w.inline(['option.negative']);
  return test(id, 'done', [w.reason('result-recorded', { result })], basis);
}

/** Why these agents' serology must be repeated, as the differential words it. */
function repeatReasons(
  facts: Facts,
  w: Writer,
  ids: readonly TestedAgent[],
): Reason[] {
  return ids.flatMap((id) => {
    const fact = id === 'cmv' ? facts.cmv : facts.agents[id];
    if (!fact.repeat) return [];
    if (fact.pattern === 'igm-repeat')
      return [
        w.reason(
          id === 'cmv' ? 'cmv-igm-igg-negative' : 'toxo-igm-igg-negative',
        ),
      ];
    return [
      w.reason('serology-equivocal', {
        agent: w.label(contentIdOf('cause', id)),
      }),
    ];
  });
}

function avidityTest(facts: Facts, w: Writer): TestItem {
  const id = 'cmv-igg-avidity';
  const basis: AnswerField[] = ['storch', 'cmv-avidity'];
  const s = facts.answers.serology ?? {};
  const notIndicated = facts.cmvSeroconversion
    ? w.reason('avidity-seroconversion')
    : facts.cmvIgmPositive && s['cmv-igg'] === 'negative'
      ? w.reason('avidity-needs-igg')
      : w.reason('avidity-not-indicated', {
          cmvIgm: w.inline([contentIdOf('option', s['cmv-igm'] ?? 'not-done')]),
          cmvIgg: w.inline([contentIdOf('option', s['cmv-igg'] ?? 'not-done')]),
        });
  return resultStatus(
    w,
    id,
    facts.answers.cmvAvidity,
    w.reason('why-avidity'),
    basis,
    facts.cmvAvidityIndicated,
    notIndicated,
  );
}

function cmvPcrTest(facts: Facts, w: Writer): TestItem {
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
    w.reason('cmv-pcr-when', {
      week: weeksText(cmv.pcrOptimalFromWeek ?? 21),
    }).text;

  if (cmv.pcr === 'positive') {
    return test(id, 'done', [w.reason('cmv-pcr-positive')], basis);
  }
  if (cmv.pcr === 'negative') {
    if (!cmv.pcrNegativeReliable && cmv.pcrTiming === 'early') {
      return test(
        id,
        'repeat',
        [w.reason('cmv-pcr-early-negative', pcrTimingParams(facts, w))],
        basis,
        when(),
      );
    }
    return test(
      id,
      'done',
      [
        cmv.pcrTiming === 'optimal'
          ? w.reason('cmv-pcr-negative-reliable')
          : w.reason('cmv-pcr-negative'),
      ],
      basis,
    );
  }
  const why = facts.primaryCmvSuspected
    ? w.reason('cmv-primary')
    : facts.cmvSignsBeyondLiver.length
      ? w.reason('cmv-pcr-offer-signs', {
          signs: w.inline(
            facts.cmvSignsBeyondLiver.map((f) =>
              f === 'microcephaly'
                ? ('head-size.microcephaly' as const)
                : contentIdOf('finding', f),
            ),
          ),
        })
      : w.reason('cmv-pcr-offer-same-sample');
  if (cmv.pcr === 'pending')
    return test(id, 'pending', [pending(w, why)], basis);
  if (!facts.cmvPcrIndicated) {
    return test(
      id,
      'not-indicated',
      [
        cmv.pattern === 'negative'
          ? w.reason('cmv-negative-excludes')
          : w.reason('cmv-pcr-not-indicated'),
      ],
      basis,
    );
  }
  if (cmv.pcrTiming === 'optimal') {
    return test(
      id,
      'recommended',
      [w.reason('cmv-pcr-ready', pcrTimingParams(facts, w))],
      basis,
    );
  }
  if (cmv.pcrTiming === 'early') {
    return test(
      id,
      'not-yet-optimal',
      [w.reason('cmv-pcr-too-early', pcrTimingParams(facts, w))],
      basis,
      when(),
    );
  }
  // From 21 weeks; the date of a primary infection is unknown.
  return facts.primaryCmvSuspected
    ? test(id, 'not-yet-optimal', [w.reason('cmv-pcr-timing-unknown')], basis)
    : test(id, 'recommended', [why], basis);
}

function mcaTest(facts: Facts, w: Writer): TestItem {
  const result = facts.answers.specialized?.['mca-psv-doppler'];
  const basis: AnswerField[] = ['parvovirus', 'findings', 'mca-doppler'];
  if (result === 'abnormal') {
    return test(
      'mca-psv-doppler',
      'done',
      [
        w.reason('result-recorded', { result: w.inline(['option.abnormal']) }),
        w.reason('mca-abnormal'),
      ],
      basis,
    );
  }
  const why = facts.parvovirusRecent
    ? w.reason('why-mca-parvovirus')
    : w.reason('why-mca-hydrops');
  return resultStatus(
    w,
    'mca-psv-doppler',
    result,
    facts.mcaDopplerIndicated ? why : w.reason('mca-not-indicated'),
    basis,
    facts.mcaDopplerIndicated,
    w.reason('mca-not-indicated'),
  );
}

/** Every test the workup knows, each with a status and the reason. */
export function recommendTests(facts: Facts, w: Writer): SummaryTest[] {
  const a = facts.answers;
  const g = a.genetics ?? {};
  const sp = a.specialized ?? {};
  const tests: TestItem[] = [];
  const ultrasound = w.reason('why-detailed-ultrasound');
  tests.push(
    facts.scan === 'seen'
      ? test('detailed-ultrasound', 'done', [ultrasound], ['findings'])
      : facts.scan === 'pending'
        ? test(
            'detailed-ultrasound',
            'pending',
            [pending(w, ultrasound)],
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
    a.headSize && a.headSize !== 'not-measured'
      ? test(
          'head-circumference',
          'done',
          [
            w.reason('result-recorded', {
              result: w.label(contentIdOf('head-size', a.headSize)),
            }),
            w.reason('why-head-circumference'),
          ],
          ['head-size'],
        )
      : test(
          'head-circumference',
          'recommended',
          [w.reason('why-head-circumference')],
          ['head-size'],
        ),
  );
  const storchRequired = storchTestIds.filter(
    (t) => t !== 'cmv-seroconversion',
  );
  const s = a.serology ?? {};
  const missingStorch = storchRequired.filter(
    (t) => s[t] === undefined || s[t] === 'not-done',
  );
  const { agents } = facts;
  tests.push(
    panelStatus(
      facts,
      w,
      'storch-serology',
      storchRequired,
      storchAgents.map((id) => (id === 'cmv' ? facts.cmv : agents[id])),
      w.reason('why-storch', {
        missing: w.list(missingStorch.map((t) => contentIdOf('serology', t))),
      }),
      repeatReasons(facts, w, storchAgents),
      ['storch'],
    ),
  );
  tests.push(avidityTest(facts, w));
  tests.push(
    panelStatus(
      facts,
      w,
      'parvovirus-serology',
      parvovirusTestIds,
      [agents['parvovirus-b19']],
      w.reason('why-parvovirus'),
      repeatReasons(facts, w, ['parvovirus-b19']),
      ['parvovirus'],
    ),
  );
  tests.push(
    resultStatus(
      w,
      'chromosomal-microarray',
      g['chromosomal-microarray'],
      w.reason('why-microarray'),
      ['microarray'],
    ),
  );
  tests.push(
    resultStatus(w, 'karyotype', g.karyotype, w.reason('why-karyotype'), [
      'karyotype',
    ]),
  );
  tests.push(
    resultStatus(
      w,
      'cf-carrier-screening',
      g['cf-carrier-screening'],
      facts.echogenicBowelSeen
        ? w.reason('why-cf')
        : w.reason('cf-not-indicated'),
      ['findings', 'cf-screening'],
      facts.echogenicBowelSeen,
      w.reason('cf-not-indicated'),
    ),
  );
  tests.push(cmvPcrTest(facts, w));
  tests.push(mcaTest(facts, w));
  tests.push(
    resultStatus(w, 'fetal-mri', sp['fetal-mri'], w.reason('why-mri'), [
      'fetal-mri',
    ]),
  );
  tests.push(
    test(
      'newborn-blood-spot-cmv-pcr',
      'not-indicated',
      [w.reason('blood-spot-postnatal')],
      [],
    ),
  );
  tests.push(
    test(
      'serial-ultrasound',
      'recommended',
      [w.reason('why-serial-ultrasound')],
      [],
    ),
  );
  tests.push(
    test(
      'postnatal-imaging',
      'recommended',
      [w.reason('why-postnatal-imaging')],
      [],
    ),
  );
  tests.push(
    test(
      'neurodevelopmental-follow-up',
      'recommended',
      [w.reason('why-neurodevelopmental')],
      [],
    ),
  );
  return tests.map((t) => ({ ...t, about: w.text(contentIdOf('test', t.id)) }));
}
