import type { ContentId } from '../../content/index.ts';
import type { ClassificationId } from '../workup.types.ts';
import type { Facts, TestedAgent } from './facts.ts';
import { contentIdOf, type Reason, type Writer } from './text.ts';

/**
 * Isolated: no associated abnormality, normal chromosomal testing and an
 * infection workup that supports no infection and leaves none open.
 * Associated: another abnormality besides the liver (scan, head size, MRI,
 * suspected fetal anemia). Cause found: no other abnormality, but a
 * confirmed infection or an abnormal chromosomal result (REVIEW.md: a
 * confirmed infection with no other finding is "not isolated: cause found").
 * Undetermined while something needed is open.
 */
export function classify(
  facts: Facts,
  w: Writer,
): { classification: ClassificationId; reasons: Reason[] } {
  const associated: Reason[] = [
    ...facts.findings.map((f) =>
      w.reason('class-finding', {
        finding: w.label(contentIdOf('finding', f)),
      }),
    ),
    ...(facts.abnormalHeadSize
      ? [
          w.reason('class-head-size', {
            headSize: w.label(contentIdOf('head-size', facts.abnormalHeadSize)),
          }),
        ]
      : []),
    ...(facts.mriAbnormal
      ? [w.reason('class-imaging', { test: w.label('test.fetal-mri') })]
      : []),
    ...(facts.fetalAnemiaSuspected ? [w.reason('class-anemia')] : []),
  ];
  const causes: Reason[] = [
    ...(facts.chromosomalResultAbnormal ? [w.reason('class-genetics')] : []),
    ...(facts.infectionsSupported.length
      ? [
          w.reason('class-infection', {
            what: w.list(causeIds(facts.infectionsSupported)),
          }),
        ]
      : []),
  ];
  if (associated.length > 0)
    return {
      classification: 'associated',
      reasons: [...associated, ...causes],
    };
  if (causes.length > 0)
    return { classification: 'cause-found', reasons: causes };

  const open: ContentId[] = [];
  if (facts.scan !== 'seen') open.push('test.detailed-ultrasound');
  if (facts.answers.headSize !== 'normal') open.push('test.head-circumference');
  if (!facts.chromosomesNormal) {
    if (facts.microarray !== 'normal') open.push('test.chromosomal-microarray');
    if (facts.karyotype !== 'normal') open.push('test.karyotype');
  }
  const infectionsOpen = facts.infectionsOpen.length
    ? [
        w.reason('class-infection-open', {
          agents: w.list(causeIds(facts.infectionsOpen)),
        }),
      ]
    : [];
  if (open.length === 0 && infectionsOpen.length === 0) {
    return {
      classification: 'isolated',
      reasons: [w.reason('class-isolated')],
    };
  }
  return {
    classification: 'undetermined',
    reasons: [
      ...(open.length ? [w.reason('class-open', { items: w.list(open) })] : []),
      ...infectionsOpen,
    ],
  };
}

const causeIds = (agents: readonly TestedAgent[]) =>
  agents.map((id) => contentIdOf('cause', id));
