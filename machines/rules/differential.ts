import type { ContentId } from '../../content/index.ts';
import type {
  AnswerField,
  CauseCategoryId,
  CauseId,
  CauseStatus,
  SerologyTestId,
  SummaryCause,
} from '../workup.types.ts';
import type { AgentFact, Facts } from './facts.ts';
import {
  contentIdOf,
  mergeCitations,
  type Reason,
  type Writer,
} from './text.ts';

type CauseItem = Omit<SummaryCause, 'about'>;

/** The category of every cause (consult-api.md). */
export const causeCategory: Record<CauseId, CauseCategoryId> = {
  cmv: 'infectious',
  toxoplasmosis: 'infectious',
  'parvovirus-b19': 'infectious',
  syphilis: 'infectious',
  'varicella-zoster': 'infectious',
  'herpes-simplex': 'infectious',
  rubella: 'infectious',
  zika: 'infectious',
  coxsackie: 'infectious',
  'trisomy-13': 'chromosomal',
  'trisomy-18': 'chromosomal',
  'trisomy-21': 'chromosomal',
  'turner-45x': 'chromosomal',
  'del-22q11-2': 'chromosomal',
  'del-1p36': 'chromosomal',
  'fetal-vascular-injury': 'vascular',
  'col4a1-col4a2': 'genetic',
  'alpha-thalassemia': 'hematologic',
  'g6pd-deficiency': 'hematologic',
  'pyruvate-kinase-deficiency': 'hematologic',
  'other-genetic-cause': 'genetic',
};

function cause(
  id: CauseId,
  status: CauseStatus,
  reasons: readonly Reason[],
  basis: AnswerField[],
): CauseItem {
  return {
    id,
    category: causeCategory[id],
    status,
    reasons: reasons.map((r) => r.text),
    citations: mergeCitations(...reasons.map((r) => r.citations)),
    basis,
  };
}

/** Findings, as content ids, that belong to a cause's ultrasound pattern. */
function patternFindings(
  facts: Facts,
  pattern: readonly string[],
): ContentId[] {
  return facts.findings
    .filter((f) => pattern.includes(f))
    .map((f) => contentIdOf('finding', f));
}

/** "IgG, IgM: pending, not done": the tests of an agent not yet resulted. */
function openSerology(
  facts: Facts,
  w: Writer,
  open: readonly SerologyTestId[],
): Reason {
  const s = facts.answers.serology ?? {};
  return w.reason('serology-open', {
    agent: w.list(open.map((t) => contentIdOf('serology', t))),
    status: w.inline([
      ...new Set(open.map((t) => contentIdOf('option', s[t] ?? 'not-done'))),
    ]),
  });
}

/** The reason an agent's serology pattern gives (facts.ts). */
function agentReason(
  facts: Facts,
  w: Writer,
  id: CauseId,
  fact: AgentFact,
): Reason {
  const agent = w.label(contentIdOf('cause', id));
  switch (fact.pattern) {
    case 'negative':
      return id === 'syphilis'
        ? w.reason('syphilis-negative')
        : w.reason('serology-negative', { agent });
    case 'positive':
      return w.reason('syphilis-positive');
    case 'past':
      return w.reason('past-infection', { agent });
    case 'recent':
      return w.reason('parvo-recent');
    case 'igm-repeat':
      return w.reason('toxo-igm-igg-negative');
    case 'igm-confirm':
      return id === 'toxoplasmosis'
        ? w.reason('toxo-igm-confirm')
        : w.reason('igm-positive', { agent });
    case 'equivocal':
      return w.reason('serology-equivocal', { agent });
    case 'open':
      return openSerology(facts, w, fact.open);
  }
}

function cmvCause(facts: Facts, w: Writer): CauseItem {
  const { cmv } = facts;
  const basis: AnswerField[] = [
    'storch',
    'cmv-avidity',
    'cmv-pcr',
    'findings',
    'head-size',
  ];
  const serology: Reason[] = [];
  switch (cmv.pattern) {
    case 'negative':
      serology.push(w.reason('cmv-negative-excludes'));
      break;
    case 'primary':
      serology.push(
        facts.cmvSeroconversion
          ? w.reason('cmv-seroconversion')
          : w.reason('cmv-primary'),
      );
      break;
    case 'igm-repeat':
      serology.push(w.reason('cmv-igm-igg-negative'));
      break;
    case 'indeterminate':
      serology.push(w.reason('cmv-indeterminate'));
      break;
    case 'non-primary':
      serology.push(
        facts.cmvIgmPositive
          ? w.reason('cmv-igm-avidity-open', {
              avidity: w.inline(['option.high']),
            })
          : w.reason('cmv-igg-only'),
      );
      break;
    case 'avidity-open':
      serology.push(
        w.reason('cmv-igm-avidity-open', {
          avidity: w.inline([
            contentIdOf('option', facts.answers.cmvAvidity ?? 'not-done'),
          ]),
        }),
      );
      break;
    case 'equivocal':
      serology.push(
        w.reason('serology-equivocal', { agent: w.label('cause.cmv') }),
      );
      break;
    case 'open':
      serology.push(openSerology(facts, w, cmv.open));
      break;
  }
  const pcr: Reason[] = cmv.fetalInfection
    ? [w.reason('cmv-pcr-positive')]
    : cmv.pcr === 'negative'
      ? [
          cmv.pcrNegativeReliable
            ? cmv.pcrTiming === 'optimal'
              ? w.reason('cmv-pcr-negative-reliable')
              : w.reason('cmv-pcr-negative')
            : w.reason('cmv-pcr-early-negative', pcrTimingParams(facts, w)),
        ]
      : [];
  const signs: ContentId[] =
    cmv.status === 'excluded'
      ? []
      : [
          ...patternFindings(facts, ['intracranial-calcifications']),
          ...(facts.abnormalHeadSize === 'microcephaly'
            ? (['head-size.microcephaly'] as const)
            : []),
        ];
  const pattern = signs.length
    ? [w.reason('cmv-pattern', { finding: w.list(signs) })]
    : [];
  return cause('cmv', cmv.status, [...pcr, ...serology, ...pattern], basis);
}

/** The gestational age and the time since infection, as the PCR rule reads them. */
export function pcrTimingParams(
  facts: Facts,
  w: Writer,
): { ga: string; weeks: string } {
  const ga = facts.gestationalAgeWeeks;
  const since = facts.cmv.weeksSinceInfection;
  return {
    ga: ga === undefined ? w.inline(['option.unknown']) : weeksText(ga),
    weeks: since === null ? w.inline(['option.unknown']) : weeksText(since),
  };
}

/** Weeks as clinicians write them, in whole days: "20 weeks", "20+3 weeks". */
export function weeksText(weeks: number): string {
  const days = Math.round(weeks * 7);
  const whole = Math.floor(days / 7);
  const rest = days - whole * 7;
  return rest === 0 ? `${whole} weeks` : `${whole}+${rest} weeks`;
}

function agentCause(
  facts: Facts,
  w: Writer,
  id:
    | 'toxoplasmosis'
    | 'rubella'
    | 'herpes-simplex'
    | 'parvovirus-b19'
    | 'syphilis',
  basis: AnswerField[],
  extra: Reason[] = [],
): CauseItem {
  const fact = facts.agents[id];
  return cause(
    id,
    fact.status,
    [
      agentReason(facts, w, id, fact),
      ...(fact.status === 'excluded' ? [] : extra),
    ],
    basis,
  );
}

function toxoplasmosisCause(facts: Facts, w: Writer): CauseItem {
  const signs = patternFindings(facts, [
    'intracranial-calcifications',
    'ventriculomegaly',
    'placental-thickening',
    'ascites',
    'echogenic-bowel',
  ]);
  return agentCause(
    facts,
    w,
    'toxoplasmosis',
    ['storch', 'findings', 'head-size'],
    [
      ...(signs.length
        ? [w.reason('toxo-pattern', { finding: w.list(signs) })]
        : []),
      ...(facts.abnormalHeadSize === 'microcephaly'
        ? [w.reason('toxo-microcephaly')]
        : []),
    ],
  );
}

/** Hydrops or a raised MCA-PSV, as content ids. */
function anemiaSigns(facts: Facts): ContentId[] {
  return [
    ...(facts.hydropsSeen ? (['finding.hydrops'] as const) : []),
    ...(facts.fetalAnemiaSuspected ? (['test.mca-psv-doppler'] as const) : []),
  ];
}

function parvovirusCause(facts: Facts, w: Writer): CauseItem {
  const signs = anemiaSigns(facts);
  return agentCause(
    facts,
    w,
    'parvovirus-b19',
    ['parvovirus', 'findings', 'mca-doppler'],
    signs.length ? [w.reason('parvo-anemia', { sign: w.list(signs) })] : [],
  );
}

const aneuploidies = [
  'trisomy-13',
  'trisomy-18',
  'trisomy-21',
  'turner-45x',
] as const;
const deletions = ['del-22q11-2', 'del-1p36'] as const;

function chromosomalCauses(facts: Facts, w: Writer): CauseItem[] {
  const { microarray, karyotype, chromosomalDiagnosis: diagnosis } = facts;
  const basis: AnswerField[] = [
    'microarray',
    'karyotype',
    'chromosomal-diagnosis',
    'findings',
  ];
  const abnormalTests = [
    ...(microarray === 'abnormal'
      ? (['test.chromosomal-microarray'] as const)
      : []),
    ...(karyotype === 'abnormal' ? (['test.karyotype'] as const) : []),
  ];
  const associated =
    facts.findings.length > 0 ? [w.reason('chromosomal-associated')] : [];

  return [...aneuploidies, ...deletions].map((id) => {
    if (facts.chromosomalResultAbnormal) {
      if (diagnosis === id) {
        return cause(
          id,
          'supported',
          [
            w.reason('chromosomal-found', {
              diagnosis: w.label(contentIdOf('cause', id)),
              tests: w.list(abnormalTests),
            }),
          ],
          basis,
        );
      }
      if (diagnosis && diagnosis !== 'unknown') {
        return cause(
          id,
          'excluded',
          [
            w.reason('chromosomal-other-found', {
              diagnosis: w.label(contentIdOf('diagnosis', diagnosis)),
            }),
          ],
          basis,
        );
      }
      return cause(
        id,
        'possible',
        [w.reason('chromosomal-unspecified')],
        basis,
      );
    }
    if (microarray === 'normal')
      return cause(id, 'excluded', [w.reason('chromosomal-cma-normal')], basis);
    if (
      karyotype === 'normal' &&
      (aneuploidies as readonly string[]).includes(id)
    ) {
      return cause(
        id,
        'excluded',
        [w.reason('chromosomal-karyotype-normal')],
        basis,
      );
    }
    return cause(
      id,
      'possible',
      [
        w.reason('chromosomal-open', {
          cma: w.inline([
            contentIdOf(
              'option',
              facts.answers.genetics?.['chromosomal-microarray'] ?? 'not-done',
            ),
          ]),
          karyotype: w.inline([
            contentIdOf(
              'option',
              facts.answers.genetics?.karyotype ?? 'not-done',
            ),
          ]),
        }),
        ...associated,
      ],
      basis,
    );
  });
}

function otherCauses(facts: Facts, w: Writer): CauseItem[] {
  const intracranial = patternFindings(facts, [
    'intracranial-calcifications',
    'ventriculomegaly',
  ]);
  const infectionsAnswered =
    facts.infectionsSupported.length === 0 && facts.infectionsOpen.length === 0;
  const col4a =
    intracranial.length > 0 && infectionsAnswered
      ? cause(
          'col4a1-col4a2',
          'possible',
          [w.reason('pseudo-torch', { finding: w.list(intracranial) })],
          ['findings', 'storch', 'parvovirus'],
        )
      : cause('col4a1-col4a2', 'possible', [w.reason('col4a-open')], []);
  const signs = anemiaSigns(facts);
  const hematologic = (
    [
      'alpha-thalassemia',
      'g6pd-deficiency',
      'pyruvate-kinase-deficiency',
    ] as const
  ).map((id) =>
    cause(
      id,
      'possible',
      [
        signs.length
          ? w.reason('anemia-signs', { sign: w.list(signs) })
          : w.reason('no-anemia-signs'),
      ],
      ['findings', 'mca-doppler'],
    ),
  );
  const head = facts.abnormalHeadSize;
  const genetic = head
    ? cause(
        'other-genetic-cause',
        'possible',
        [
          w.reason('head-size-genetic', {
            headSize: w.label(contentIdOf('head-size', head)),
          }),
        ],
        ['head-size'],
      )
    : cause(
        'other-genetic-cause',
        'possible',
        [
          w.reason('head-size-not-suggestive', {
            headSize: w.label(
              contentIdOf(
                'head-size',
                facts.answers.headSize ?? 'not-measured',
              ),
            ),
          }),
        ],
        ['head-size'],
      );
  return [
    cause('fetal-vascular-injury', 'possible', [w.reason('vascular-open')], []),
    col4a,
    ...hematologic,
    genetic,
  ];
}

/**
 * The differential: every cause the source names, with status and reasons.
 * Fetal anemia causes come first when anemia is suspected (REVIEW.md).
 */
export function buildDifferential(facts: Facts, w: Writer): SummaryCause[] {
  const causes: CauseItem[] = [
    cmvCause(facts, w),
    toxoplasmosisCause(facts, w),
    parvovirusCause(facts, w),
    agentCause(facts, w, 'syphilis', ['storch']),
    cause('varicella-zoster', 'possible', [w.reason('not-tested')], []),
    agentCause(facts, w, 'herpes-simplex', ['storch']),
    agentCause(facts, w, 'rubella', ['storch']),
    cause('zika', 'possible', [w.reason('weakly-supported')], []),
    cause('coxsackie', 'possible', [w.reason('weakly-supported')], []),
    ...chromosomalCauses(facts, w),
    ...otherCauses(facts, w),
  ];
  const anemiaFirst = facts.fetalAnemiaSuspected || facts.hydropsSeen;
  const ordered = anemiaFirst
    ? [
        ...causes.filter((c) => isAnemiaCause(c.id)),
        ...causes.filter((c) => !isAnemiaCause(c.id)),
      ]
    : causes;
  return ordered.map((c) => ({
    ...c,
    about: w.text(contentIdOf('cause', c.id)),
  }));
}

const isAnemiaCause = (id: CauseId) =>
  id === 'parvovirus-b19' || causeCategory[id] === 'hematologic';
