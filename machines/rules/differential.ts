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
import { weeksText } from './gestational-age.ts';
import {
  contentIdOf,
  mergeCitations,
  type Reason,
  type Writer,
} from './text.ts';

type CauseItem = Omit<SummaryCause, 'about' | 'settle'>;

/**
 * Which way a reason weighs: a finding or result for the cause, one
 * against it, or one that leaves it open. `for` and `against` are read
 * from these tags, so they are never written apart from the reasons.
 */
type Side = 'for' | 'against' | 'open';
type Weighed = Reason & { side: Side };

const pro = (reason: Reason): Weighed => ({ ...reason, side: 'for' });
const con = (reason: Reason): Weighed => ({ ...reason, side: 'against' });
const open = (reason: Reason): Weighed => ({ ...reason, side: 'open' });

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
  reasons: readonly Weighed[],
  basis: AnswerField[],
): CauseItem {
  const side = (which: Side) =>
    reasons.filter((reason) => reason.side === which).map((r) => r.text);
  return {
    id,
    category: causeCategory[id],
    status,
    reasons: reasons.map((reason) => reason.text),
    citations: mergeCitations(...reasons.map((reason) => reason.citations)),
    basis,
    for: side('for'),
    against: side('against'),
  };
}

/** Findings, as content ids, that belong to a cause's ultrasound pattern. */
function patternFindings(
  facts: Facts,
  pattern: readonly string[],
): ContentId[] {
  return facts.findings
    .filter((finding) => pattern.includes(finding))
    .map((finding) => contentIdOf('finding', finding));
}

/** "IgG, IgM: pending, not done": the tests of an agent not yet resulted. */
function openSerology(
  facts: Facts,
  writer: Writer,
  open: readonly SerologyTestId[],
): Reason {
  const serology = facts.latest.serology;
  return writer.reason('serology-open', {
    agent: writer.list(open.map((test) => contentIdOf('serology', test))),
    status: writer.inline([
      ...new Set(
        open.map((test) => contentIdOf('option', serology[test] ?? 'not-done')),
      ),
    ]),
  });
}

/** The reason an agent's serology pattern gives (facts.ts), weighed. */
function agentReason(
  facts: Facts,
  writer: Writer,
  id: CauseId,
  fact: AgentFact,
): Weighed {
  const agent = writer.label(contentIdOf('cause', id));
  switch (fact.pattern) {
    case 'negative':
      return con(
        id === 'syphilis'
          ? writer.reason('syphilis-negative')
          : writer.reason('serology-negative', { agent }),
      );
    case 'positive':
      return pro(writer.reason('syphilis-positive'));
    case 'past':
      return con(writer.reason('past-infection', { agent }));
    case 'recent':
      return pro(writer.reason('parvo-recent'));
    case 'igm-repeat':
      return pro(writer.reason('toxo-igm-igg-negative'));
    case 'igm-confirm':
      return pro(
        id === 'toxoplasmosis'
          ? writer.reason('toxo-igm-confirm')
          : writer.reason('igm-positive', { agent }),
      );
    case 'equivocal':
      return open(writer.reason('serology-equivocal', { agent }));
    case 'open':
      return open(openSerology(facts, writer, fact.open));
  }
}

function cmvCause(facts: Facts, writer: Writer): CauseItem {
  const { cmv } = facts;
  const basis: AnswerField[] = [
    'storch',
    'cmv-avidity',
    'cmv-pcr',
    'findings',
    'head-size',
  ];
  const serology: Weighed[] = [];
  switch (cmv.pattern) {
    case 'negative':
      serology.push(con(writer.reason('cmv-negative-excludes')));
      break;
    case 'primary':
      serology.push(
        pro(
          facts.cmvSeroconversion
            ? writer.reason('cmv-seroconversion')
            : writer.reason('cmv-primary'),
        ),
      );
      break;
    case 'igm-repeat':
      serology.push(open(writer.reason('cmv-igm-igg-negative')));
      break;
    case 'indeterminate':
      serology.push(open(writer.reason('cmv-indeterminate')));
      break;
    case 'non-primary':
      serology.push(
        open(
          facts.cmvIgmPositive
            ? writer.reason('cmv-igm-avidity-open', {
                avidity: writer.inline(['option.high']),
              })
            : writer.reason('cmv-igg-only'),
        ),
      );
      break;
    case 'avidity-open':
      serology.push(
        open(
          writer.reason('cmv-igm-avidity-open', {
            avidity: writer.inline([
              contentIdOf('option', facts.latest.cmvAvidity ?? 'not-done'),
            ]),
          }),
        ),
      );
      break;
    case 'equivocal':
      serology.push(
        open(
          writer.reason('serology-equivocal', {
            agent: writer.label('cause.cmv'),
          }),
        ),
      );
      break;
    case 'open':
      serology.push(open(openSerology(facts, writer, cmv.open)));
      break;
  }
  const pcr: Weighed[] = cmv.fetalInfection
    ? [pro(writer.reason('cmv-pcr-positive'))]
    : cmv.pcr === 'negative'
      ? [
          cmv.pcrNegativeReliable
            ? con(
                cmv.pcrTiming === 'optimal'
                  ? writer.reason('cmv-pcr-negative-reliable')
                  : writer.reason('cmv-pcr-negative'),
              )
            : open(
                writer.reason(
                  'cmv-pcr-early-negative',
                  pcrTimingParams(facts, writer),
                ),
              ),
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
    ? [pro(writer.reason('cmv-pattern', { finding: writer.list(signs) }))]
    : [];
  return cause('cmv', cmv.status, [...pcr, ...serology, ...pattern], basis);
}

/** The gestational age and the time since infection, as the PCR rule reads them. */
export function pcrTimingParams(
  facts: Facts,
  writer: Writer,
): { ga: string; weeks: string } {
  // The sample's gestational age (a PCR taken now: today's).
  const gestationalAge = facts.cmv.pcrAtWeeks;
  const sinceInfection = facts.cmv.weeksSinceInfection;
  return {
    ga:
      gestationalAge === undefined
        ? writer.inline(['option.unknown'])
        : weeksText(gestationalAge),
    weeks:
      sinceInfection === null
        ? writer.inline(['option.unknown'])
        : weeksText(sinceInfection),
  };
}

export { weeksText } from './gestational-age.ts';

function agentCause(
  facts: Facts,
  writer: Writer,
  id:
    | 'toxoplasmosis'
    | 'rubella'
    | 'herpes-simplex'
    | 'parvovirus-b19'
    | 'syphilis',
  basis: AnswerField[],
  extra: Weighed[] = [],
): CauseItem {
  const fact = facts.agents[id];
  return cause(
    id,
    fact.status,
    [
      agentReason(facts, writer, id, fact),
      ...(fact.status === 'excluded' ? [] : extra),
    ],
    basis,
  );
}

function toxoplasmosisCause(facts: Facts, writer: Writer): CauseItem {
  const signs = patternFindings(facts, [
    'intracranial-calcifications',
    'ventriculomegaly',
    'placental-thickening',
    'ascites',
    'echogenic-bowel',
  ]);
  return agentCause(
    facts,
    writer,
    'toxoplasmosis',
    ['storch', 'findings', 'head-size'],
    [
      ...(signs.length
        ? [pro(writer.reason('toxo-pattern', { finding: writer.list(signs) }))]
        : []),
      ...(facts.abnormalHeadSize === 'microcephaly'
        ? [con(writer.reason('toxo-microcephaly'))]
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

function parvovirusCause(facts: Facts, writer: Writer): CauseItem {
  const signs = anemiaSigns(facts);
  return agentCause(
    facts,
    writer,
    'parvovirus-b19',
    ['parvovirus', 'findings', 'mca-doppler'],
    signs.length
      ? [pro(writer.reason('parvo-anemia', { sign: writer.list(signs) }))]
      : [],
  );
}

/** Syphilis, with the fetal signs of congenital syphilis seen (CDC STI 2021). */
function syphilisCause(facts: Facts, writer: Writer): CauseItem {
  const signs = patternFindings(facts, [
    'ascites',
    'hydrops',
    'placental-thickening',
  ]);
  return agentCause(
    facts,
    writer,
    'syphilis',
    ['storch', 'findings'],
    signs.length
      ? [
          pro(
            writer.reason('syphilis-pattern', { finding: writer.list(signs) }),
          ),
        ]
      : [],
  );
}

const aneuploidies = [
  'trisomy-13',
  'trisomy-18',
  'trisomy-21',
  'turner-45x',
] as const;
const deletions = ['del-22q11-2', 'del-1p36'] as const;

function chromosomalCauses(facts: Facts, writer: Writer): CauseItem[] {
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
  // The figure is about abnormal karyotypes: not beside a normal one.
  const associated =
    facts.findings.length > 0 && karyotype !== 'normal'
      ? [pro(writer.reason('chromosomal-associated'))]
      : [];

  return [...aneuploidies, ...deletions].map((id) => {
    if (facts.chromosomalResultAbnormal) {
      if (diagnosis === id) {
        return cause(
          id,
          'supported',
          [
            pro(
              writer.reason('chromosomal-found', {
                diagnosis: writer.label(contentIdOf('cause', id)),
                tests: writer.list(abnormalTests),
              }),
            ),
          ],
          basis,
        );
      }
      if (diagnosis && diagnosis !== 'unknown') {
        return cause(
          id,
          'excluded',
          [
            con(
              writer.reason('chromosomal-other-found', {
                diagnosis: writer.label(contentIdOf('diagnosis', diagnosis)),
              }),
            ),
          ],
          basis,
        );
      }
      return cause(
        id,
        'possible',
        [open(writer.reason('chromosomal-unspecified'))],
        basis,
      );
    }
    if (microarray === 'normal')
      return cause(
        id,
        'excluded',
        [con(writer.reason('chromosomal-cma-normal'))],
        basis,
      );
    if (
      karyotype === 'normal' &&
      (aneuploidies as readonly string[]).includes(id)
    ) {
      return cause(
        id,
        'excluded',
        [con(writer.reason('chromosomal-karyotype-normal'))],
        basis,
      );
    }
    return cause(
      id,
      'possible',
      [
        open(
          writer.reason('chromosomal-open', {
            cma: writer.inline([
              contentIdOf(
                'option',
                facts.latest.genetics['chromosomal-microarray'] ?? 'not-done',
              ),
            ]),
            karyotype: writer.inline([
              contentIdOf(
                'option',
                facts.latest.genetics.karyotype ?? 'not-done',
              ),
            ]),
          }),
        ),
        // A normal karyotype: the deletions stay open, as the microarray.
        ...(karyotype === 'normal'
          ? [con(writer.reason('chromosomal-karyotype-normal'))]
          : []),
        ...associated,
      ],
      basis,
    );
  });
}

function otherCauses(facts: Facts, writer: Writer): CauseItem[] {
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
          [
            pro(
              writer.reason('pseudo-torch', {
                finding: writer.list(intracranial),
              }),
            ),
          ],
          ['findings', 'storch', 'parvovirus'],
        )
      : cause(
          'col4a1-col4a2',
          'possible',
          [open(writer.reason('col4a-open'))],
          [],
        );
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
          ? pro(writer.reason('anemia-signs', { sign: writer.list(signs) }))
          : con(writer.reason('no-anemia-signs')),
      ],
      ['findings', 'mca-doppler'],
    ),
  );
  const head = facts.abnormalHeadSize;
  // An unmeasured head size is never reassuring.
  const genetic = cause(
    'other-genetic-cause',
    'possible',
    [
      head
        ? pro(
            writer.reason('head-size-genetic', {
              headSize: writer.label(contentIdOf('head-size', head)),
            }),
          )
        : facts.answers.headSize === 'normal'
          ? con(
              writer.reason('head-size-not-suggestive', {
                headSize: writer.label('head-size.normal'),
              }),
            )
          : open(writer.reason('head-size-not-measured')),
    ],
    ['head-size'],
  );
  return [
    cause(
      'fetal-vascular-injury',
      'possible',
      [open(writer.reason('vascular-open'))],
      [],
    ),
    col4a,
    ...hematologic,
    genetic,
  ];
}

/**
 * The differential: every cause the source names, with status and reasons.
 * Fetal anemia causes come first when anemia is suspected (REVIEW.md).
 */
export function buildDifferential(
  facts: Facts,
  writer: Writer,
): Omit<SummaryCause, 'settle'>[] {
  const causes: CauseItem[] = [
    cmvCause(facts, writer),
    toxoplasmosisCause(facts, writer),
    parvovirusCause(facts, writer),
    syphilisCause(facts, writer),
    cause(
      'varicella-zoster',
      'possible',
      [open(writer.reason('not-tested'))],
      [],
    ),
    agentCause(facts, writer, 'herpes-simplex', ['storch']),
    agentCause(facts, writer, 'rubella', ['storch']),
    cause('zika', 'possible', [open(writer.reason('weakly-supported'))], []),
    cause(
      'coxsackie',
      'possible',
      [open(writer.reason('weakly-supported'))],
      [],
    ),
    ...chromosomalCauses(facts, writer),
    ...otherCauses(facts, writer),
  ];
  const anemiaFirst = facts.fetalAnemiaSuspected || facts.hydropsSeen;
  const ordered = anemiaFirst
    ? [
        ...causes.filter((item) => isAnemiaCause(item.id)),
        ...causes.filter((item) => !isAnemiaCause(item.id)),
      ]
    : causes;
  return ordered.map((item) => ({
    ...item,
    about: writer.text(contentIdOf('cause', item.id)),
  }));
}

const isAnemiaCause = (id: CauseId) =>
  id === 'parvovirus-b19' || causeCategory[id] === 'hematologic';
