import type { ContentId } from '../../content/index.ts';
import type { Answers, ClassificationId } from '../workup.types.ts';
import {
  infectionWorkupNegative,
  isChromosomalResultAbnormal,
  recordedFindings,
} from './findings.ts';
import type { Reason, Writer } from './text.ts';

const infectionTests = [
  'syphilis',
  'toxoplasma-igm',
  'rubella-igm',
  'cmv-igm',
  'hsv-igm',
  'parvovirus-igm',
] as const;

/**
 * Isolated means no associated abnormality AND normal chromosomal testing AND
 * a negative infection workup; associated when any of those is abnormal;
 * undetermined while something needed is pending or not done.
 */
export function classify(
  a: Answers,
  w: Writer,
): { classification: ClassificationId; reasons: Reason[] } {
  const s = a.serology ?? {};
  const g = a.genetics ?? {};
  const sp = a.specialized ?? {};
  const associated: Reason[] = [
    ...recordedFindings(a).map((f) =>
      w.reason('class-finding', { finding: w.label(`finding.${f}`) }),
    ),
    ...(a.headSize === 'microcephaly' || a.headSize === 'megalencephaly'
      ? [
          w.reason('class-head-size', {
            headSize: w.label(`head-size.${a.headSize}`),
          }),
        ]
      : []),
    ...(isChromosomalResultAbnormal(a) ? [w.reason('class-genetics')] : []),
    ...infectionTests
      .filter((t) => s[t] === 'positive')
      .map((t) =>
        w.reason('class-infection', { what: w.label(`serology.${t}`) }),
      ),
    ...(sp['amniotic-fluid-cmv-pcr'] === 'positive'
      ? [
          w.reason('class-infection', {
            what: w.label('test.amniotic-fluid-cmv-pcr'),
          }),
        ]
      : []),
    ...(['mca-psv-doppler', 'fetal-mri'] as const)
      .filter((t) => sp[t] === 'abnormal')
      .map((t) => w.reason('class-imaging', { test: w.label(`test.${t}`) })),
  ];
  if (associated.length > 0)
    return { classification: 'associated', reasons: associated };

  const open: ContentId[] = [];
  if (!Array.isArray(a.findings)) open.push('test.detailed-ultrasound');
  if (a.headSize !== 'normal') open.push('test.head-circumference');
  const cma = g['chromosomal-microarray'];
  const karyotype = g.karyotype;
  const geneticsNormal =
    (cma === 'normal' || karyotype === 'normal') &&
    cma !== 'pending' &&
    karyotype !== 'pending';
  if (!geneticsNormal) {
    if (cma !== 'normal') open.push('test.chromosomal-microarray');
    if (karyotype !== 'normal') open.push('test.karyotype');
  }
  for (const t of infectionTests) {
    if (s[t] !== 'negative') open.push(`serology.${t}`);
  }
  if (open.length === 0 && infectionWorkupNegative(a)) {
    return {
      classification: 'isolated',
      reasons: [w.reason('class-isolated')],
    };
  }
  return {
    classification: 'undetermined',
    reasons: [w.reason('class-open', { items: w.list(open) })],
  };
}
