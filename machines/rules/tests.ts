import {
  parvovirusTestIds,
  storchTestIds,
  type ResultOptionId as ResultOption,
} from '../../content/ids.ts';
import type {
  AnswerField,
  Answers,
  SerologyTestId,
  SummaryTest,
  TestId,
  TestStatus,
} from '../workup.types.ts';
import { isApplicable } from './answers.ts';
import {
  hasFinding,
  isParvovirusConfirmed,
  isPrimaryCmvSuspected,
} from './findings.ts';
import { mergeCitations, type Reason, type Writer } from './text.ts';

type Result = string | undefined | null;
type TestItem = Omit<SummaryTest, 'about'>;

const isDone = (r: Result) =>
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

/**
 * A test that applies: done when resulted, done with the result pending,
 * otherwise recommended with why.
 */
function resultStatus(
  w: Writer,
  id: TestId,
  result: Result,
  why: Reason,
  basis: AnswerField[],
): TestItem {
  if (isDone(result)) {
    const label = w.label(`option.${result as ResultOption}`);
    return test(
      id,
      'done',
      [w.reason('result-recorded', { result: label }), why],
      basis,
    );
  }
  if (result === 'pending') return test(id, 'done', [pending(w, why)], basis);
  return test(id, 'recommended', [why], basis);
}

function pending(w: Writer, why: Reason): Reason {
  const r = w.reason('result-pending', { why: why.text });
  return {
    text: r.text,
    citations: mergeCitations(r.citations, why.citations),
  };
}

/** A serology panel: done when every result is in, with the positives named. */
function panelStatus(
  w: Writer,
  id: TestId,
  a: Answers,
  tests: readonly SerologyTestId[],
  why: Reason,
  basis: AnswerField[],
): TestItem {
  const s = a.serology ?? {};
  const open = tests.filter((t) => !isDone(s[t]));
  if (open.length === 0) {
    const positives = tests.filter((t) => s[t] === 'positive');
    const result = positives.length
      ? `${w.label('option.positive')}: ${w.list(positives.map((t) => `serology.${t}` as const))}`
      : w.label('option.negative');
    return test(id, 'done', [w.reason('result-recorded', { result })], basis);
  }
  if (open.every((t) => s[t] === 'pending'))
    return test(id, 'done', [pending(w, why)], basis);
  return test(id, 'recommended', [why], basis);
}

function cmvPcrTest(a: Answers, w: Writer): TestItem {
  const id = 'amniotic-fluid-cmv-pcr';
  if (!isPrimaryCmvSuspected(a)) {
    return test(
      id,
      'not-indicated',
      [w.reason('cmv-pcr-not-indicated')],
      ['storch', 'cmv-avidity'],
    );
  }
  const result = a.specialized?.[id];
  const basis: AnswerField[] = [
    'storch',
    'cmv-avidity',
    'gestational-age',
    'infection-timing',
  ];
  if (isDone(result) || result === 'pending') {
    return resultStatus(w, id, result, w.reason('why-avidity'), [
      ...basis,
      'cmv-pcr',
    ]);
  }
  const ga = a.gestationalAgeWeeks;
  const since = a.weeksSinceMaternalInfection;
  if (since === null || since === undefined || ga === undefined) {
    return test(
      id,
      'not-yet-optimal',
      [w.reason('cmv-pcr-timing-unknown')],
      basis,
    );
  }
  const optimalAfter = ga - since + 6;
  const when = w.reason('cmv-pcr-when', { week: round(optimalAfter) }).text;
  if (ga >= 21 && since > 6) {
    return test(
      id,
      'recommended',
      [w.reason('cmv-pcr-ready', { ga: round(ga), weeks: round(since) })],
      basis,
    );
  }
  return test(
    id,
    'not-yet-optimal',
    [w.reason('cmv-pcr-too-early', { ga: round(ga), weeks: round(since) })],
    basis,
    when,
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Every test the workup knows, each with a status and the reason. */
export function recommendTests(a: Answers, w: Writer): SummaryTest[] {
  const s = a.serology ?? {};
  const g = a.genetics ?? {};
  const sp = a.specialized ?? {};
  const findingsKnown = Array.isArray(a.findings);
  const tests: TestItem[] = [];

  tests.push(
    findingsKnown
      ? test(
          'detailed-ultrasound',
          'done',
          [w.reason('why-detailed-ultrasound')],
          ['findings'],
        )
      : a.findings === 'pending'
        ? test(
            'detailed-ultrasound',
            'done',
            [pending(w, w.reason('why-detailed-ultrasound'))],
            ['findings'],
          )
        : test(
            'detailed-ultrasound',
            'recommended',
            [w.reason('why-detailed-ultrasound')],
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
              result: w.label(`head-size.${a.headSize}`),
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
  const openStorch = storchTestIds.filter((t) => !isDone(s[t]));
  tests.push(
    panelStatus(
      w,
      'storch-serology',
      a,
      storchTestIds,
      w.reason('why-storch', {
        missing: w.list(openStorch.map((t) => `serology.${t}` as const)),
      }),
      ['storch'],
    ),
  );
  tests.push(
    s['cmv-igm'] === 'positive'
      ? resultStatus(
          w,
          'cmv-igg-avidity',
          a.cmvAvidity,
          w.reason('why-avidity'),
          ['storch', 'cmv-avidity'],
        )
      : test(
          'cmv-igg-avidity',
          'not-indicated',
          [
            w.reason('avidity-not-indicated', {
              cmvIgm: w.inline([`option.${s['cmv-igm'] ?? 'not-done'}`]),
            }),
          ],
          ['storch'],
        ),
  );
  tests.push(
    panelStatus(
      w,
      'parvovirus-serology',
      a,
      parvovirusTestIds,
      w.reason('why-parvovirus'),
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
    isApplicable('cf-screening', a)
      ? resultStatus(
          w,
          'cf-carrier-screening',
          g['cf-carrier-screening'],
          w.reason('why-cf'),
          ['findings', 'cf-screening'],
        )
      : test(
          'cf-carrier-screening',
          'not-indicated',
          [w.reason('cf-not-indicated')],
          ['findings'],
        ),
  );
  tests.push(cmvPcrTest(a, w));
  const mcaWhy = isParvovirusConfirmed(a)
    ? w.reason('why-mca-parvovirus')
    : w.reason('why-mca-hydrops');
  tests.push(
    isParvovirusConfirmed(a) || hasFinding(a, 'hydrops')
      ? resultStatus(w, 'mca-psv-doppler', sp['mca-psv-doppler'], mcaWhy, [
          'parvovirus',
          'findings',
          'mca-doppler',
        ])
      : test(
          'mca-psv-doppler',
          'not-indicated',
          [w.reason('mca-not-indicated')],
          ['parvovirus', 'findings'],
        ),
  );
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
  return tests.map((t) => ({ ...t, about: w.text(`test.${t.id}`) }));
}
