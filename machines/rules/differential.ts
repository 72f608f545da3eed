import type { ContentId } from '../../content/index.ts';
import type {
  AnswerField,
  Answers,
  CauseCategoryId,
  CauseId,
  CauseStatus,
  ChromosomalDiagnosisId,
  FindingId,
  SerologyResult,
  SerologyTestId,
  SummaryCause,
} from '../workup.types.ts';
import {
  hasFinding,
  infectionWorkupNegative,
  isPrimaryCmvSuspected,
  recordedFindings,
} from './findings.ts';
import { mergeCitations, type Reason, type Writer } from './text.ts';

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

const isResulted = (r: SerologyResult | undefined) =>
  r === 'positive' || r === 'negative';

/** Findings, as content ids, that belong to a cause's ultrasound pattern. */
function patternFindings(
  a: Answers,
  pattern: readonly FindingId[],
): ContentId[] {
  return recordedFindings(a)
    .filter((f) => pattern.includes(f))
    .map((f) => `finding.${f}` as const);
}

/**
 * An IgG/IgM-tested agent (toxoplasma, rubella, HSV): supported on a positive
 * IgM, excluded when both are negative, otherwise possible with why.
 */
function serologyCause(
  a: Answers,
  w: Writer,
  id: CauseId,
  igg: SerologyTestId,
  igm: SerologyTestId,
): { status: CauseStatus; reasons: Reason[] } {
  const s = a.serology ?? {};
  const agent = w.label(`cause.${id}`);
  if (s[igm] === 'positive') {
    return {
      status: 'supported',
      reasons: [w.reason('igm-positive', { agent })],
    };
  }
  if (s[igm] === 'negative' && s[igg] === 'negative') {
    return {
      status: 'excluded',
      reasons: [w.reason('serology-negative', { agent })],
    };
  }
  if (s[igm] === 'negative' && s[igg] === 'positive') {
    return {
      status: 'possible',
      reasons: [w.reason('igg-only-no-rule', { agent })],
    };
  }
  const open = [igg, igm].filter((t) => !isResulted(s[t]));
  const status = w.inline(
    [...new Set(open.map((t) => s[t] ?? 'not-done'))].map(
      (r) => `option.${r}` as const,
    ),
  );
  return {
    status: 'possible',
    reasons: [
      w.reason('serology-open', {
        agent: w.list(open.map((t) => `serology.${t}` as const)),
        status,
      }),
    ],
  };
}

function cmvCause(a: Answers, w: Writer): CauseItem {
  const s = a.serology ?? {};
  const pcr = a.specialized?.['amniotic-fluid-cmv-pcr'];
  const basis: AnswerField[] = [
    'storch',
    'cmv-avidity',
    'cmv-pcr',
    'findings',
    'head-size',
  ];
  const cmvSigns: ContentId[] = [
    ...patternFindings(a, ['intracranial-calcifications']),
    ...(a.headSize === 'microcephaly'
      ? (['head-size.microcephaly'] as const)
      : []),
  ];
  const pattern = cmvSigns.length
    ? [w.reason('cmv-pattern', { finding: w.list(cmvSigns) })]
    : [];

  if (s['cmv-igm'] === 'negative' && s['cmv-igg'] === 'negative') {
    return cause('cmv', 'excluded', [w.reason('cmv-negative-excludes')], basis);
  }
  if (pcr === 'positive') {
    return cause(
      'cmv',
      'supported',
      [w.reason('cmv-pcr-positive'), ...pattern],
      basis,
    );
  }
  const serology: Reason[] = [];
  let status: CauseStatus = 'possible';
  if (isPrimaryCmvSuspected(a)) {
    status = 'supported';
    serology.push(w.reason('cmv-primary'));
  } else if (s['cmv-igm'] === 'positive') {
    serology.push(
      w.reason('cmv-igm-avidity-open', {
        avidity: w.inline([`option.${a.cmvAvidity ?? 'not-done'}`]),
      }),
    );
  } else if (s['cmv-igm'] === 'negative' && s['cmv-igg'] === 'positive') {
    serology.push(w.reason('cmv-igg-only'));
  } else {
    const open = (['cmv-igg', 'cmv-igm'] as const).filter(
      (t) => !isResulted(s[t]),
    );
    serology.push(
      w.reason('serology-open', {
        agent: w.list(open.map((t) => `serology.${t}` as const)),
        status: w.inline([
          ...new Set(open.map((t) => `option.${s[t] ?? 'not-done'}` as const)),
        ]),
      }),
    );
  }
  if (pcr === 'negative') serology.push(w.reason('cmv-pcr-negative'));
  return cause('cmv', status, [...serology, ...pattern], basis);
}

function toxoplasmosisCause(a: Answers, w: Writer): CauseItem {
  const { status, reasons } = serologyCause(
    a,
    w,
    'toxoplasmosis',
    'toxoplasma-igg',
    'toxoplasma-igm',
  );
  const extra: Reason[] = [];
  if (status !== 'excluded') {
    const signs = patternFindings(a, [
      'intracranial-calcifications',
      'ventriculomegaly',
      'placental-thickening',
      'ascites',
      'echogenic-bowel',
    ]);
    if (signs.length)
      extra.push(w.reason('toxo-pattern', { finding: w.list(signs) }));
    if (a.headSize === 'microcephaly')
      extra.push(w.reason('toxo-microcephaly'));
  }
  return cause(
    'toxoplasmosis',
    status,
    [...reasons, ...extra],
    ['storch', 'findings', 'head-size'],
  );
}

function anemiaSigns(a: Answers): ContentId[] {
  return [
    ...(hasFinding(a, 'hydrops') ? (['finding.hydrops'] as const) : []),
    ...(a.specialized?.['mca-psv-doppler'] === 'abnormal'
      ? (['test.mca-psv-doppler'] as const)
      : []),
  ];
}

function parvovirusCause(a: Answers, w: Writer): CauseItem {
  const { status, reasons } = serologyCause(
    a,
    w,
    'parvovirus-b19',
    'parvovirus-igg',
    'parvovirus-igm',
  );
  const signs = status === 'excluded' ? [] : anemiaSigns(a);
  const extra = signs.length
    ? [w.reason('parvo-anemia', { sign: w.list(signs) })]
    : [];
  return cause(
    'parvovirus-b19',
    status,
    [...reasons, ...extra],
    ['parvovirus', 'findings', 'mca-doppler'],
  );
}

function syphilisCause(a: Answers, w: Writer): CauseItem {
  const r = a.serology?.syphilis;
  if (r === 'positive')
    return cause(
      'syphilis',
      'supported',
      [w.reason('syphilis-positive')],
      ['storch'],
    );
  if (r === 'negative')
    return cause(
      'syphilis',
      'excluded',
      [w.reason('syphilis-negative')],
      ['storch'],
    );
  return cause(
    'syphilis',
    'possible',
    [
      w.reason('serology-open', {
        agent: w.label('serology.syphilis'),
        status: w.inline([`option.${r ?? 'not-done'}`]),
      }),
    ],
    ['storch'],
  );
}

const aneuploidies = [
  'trisomy-13',
  'trisomy-18',
  'trisomy-21',
  'turner-45x',
] as const;
const deletions = ['del-22q11-2', 'del-1p36'] as const;

function chromosomalCauses(a: Answers, w: Writer): CauseItem[] {
  const g = a.genetics ?? {};
  const cma = g['chromosomal-microarray'];
  const karyotype = g.karyotype;
  const basis: AnswerField[] = [
    'microarray',
    'karyotype',
    'chromosomal-diagnosis',
    'findings',
  ];
  const abnormalTests = [
    ...(cma === 'abnormal' ? (['test.chromosomal-microarray'] as const) : []),
    ...(karyotype === 'abnormal' ? (['test.karyotype'] as const) : []),
  ];
  const diagnosis: ChromosomalDiagnosisId | null | undefined =
    a.chromosomalDiagnosis;
  const associated =
    recordedFindings(a).length > 0 ? [w.reason('chromosomal-associated')] : [];

  return [...aneuploidies, ...deletions].map((id) => {
    if (abnormalTests.length > 0) {
      if (diagnosis === id) {
        return cause(
          id,
          'supported',
          [
            w.reason('chromosomal-found', {
              diagnosis: w.label(`cause.${id}`),
              tests: w.list(abnormalTests),
            }),
          ],
          basis,
        );
      }
      if (diagnosis) {
        return cause(
          id,
          'excluded',
          [
            w.reason('chromosomal-other-found', {
              diagnosis: w.label(`diagnosis.${diagnosis}`),
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
    if (cma === 'normal')
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
          cma: w.inline([`option.${cma ?? 'not-done'}`]),
          karyotype: w.inline([`option.${karyotype ?? 'not-done'}`]),
        }),
        ...associated,
      ],
      basis,
    );
  });
}

function otherCauses(a: Answers, w: Writer): CauseItem[] {
  const intracranial = patternFindings(a, [
    'intracranial-calcifications',
    'ventriculomegaly',
  ]);
  const col4a =
    intracranial.length > 0 && infectionWorkupNegative(a)
      ? cause(
          'col4a1-col4a2',
          'possible',
          [w.reason('pseudo-torch', { finding: w.list(intracranial) })],
          ['findings', 'storch', 'parvovirus'],
        )
      : cause('col4a1-col4a2', 'possible', [w.reason('col4a-open')], []);
  const signs = anemiaSigns(a);
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
  const head = a.headSize;
  const genetic =
    head === 'microcephaly' || head === 'megalencephaly'
      ? cause(
          'other-genetic-cause',
          'possible',
          [
            w.reason('head-size-genetic', {
              headSize: w.label(`head-size.${head}`),
            }),
          ],
          ['head-size'],
        )
      : cause(
          'other-genetic-cause',
          'possible',
          [
            w.reason('head-size-not-suggestive', {
              headSize: w.label(`head-size.${head ?? 'not-measured'}`),
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

/** The differential: every cause the source names, with status and reasons. */
export function buildDifferential(a: Answers, w: Writer): SummaryCause[] {
  const rubella = serologyCause(a, w, 'rubella', 'rubella-igg', 'rubella-igm');
  const hsv = serologyCause(a, w, 'herpes-simplex', 'hsv-igg', 'hsv-igm');
  const causes: CauseItem[] = [
    cmvCause(a, w),
    toxoplasmosisCause(a, w),
    parvovirusCause(a, w),
    syphilisCause(a, w),
    cause('varicella-zoster', 'possible', [w.reason('not-tested')], []),
    cause('herpes-simplex', hsv.status, hsv.reasons, ['storch']),
    cause('rubella', rubella.status, rubella.reasons, ['storch']),
    cause('zika', 'possible', [w.reason('weakly-supported')], []),
    cause('coxsackie', 'possible', [w.reason('weakly-supported')], []),
    ...chromosomalCauses(a, w),
    ...otherCauses(a, w),
  ];
  return causes.map((c) => ({ ...c, about: w.text(`cause.${c.id}`) }));
}
