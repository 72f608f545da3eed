import type { ContentId } from '../../content/index.ts';
import type { ClassificationId } from '../workup.types.ts';
import type { Facts, TestedAgent } from './facts.ts';
import { contentIdOf, type Reason, type Writer } from './text.ts';

/**
 * The case's classification and the reasons for it.
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
  writer: Writer,
): { classification: ClassificationId; reasons: Reason[] } {
  const associated: Reason[] = [
    ...facts.findings.map((finding) =>
      writer.reason('class-finding', {
        finding: writer.label(contentIdOf('finding', finding)),
      }),
    ),
    ...(facts.abnormalHeadSize
      ? [
          writer.reason('class-head-size', {
            headSize: writer.label(
              contentIdOf('head-size', facts.abnormalHeadSize),
            ),
          }),
        ]
      : []),
    ...(facts.mriAbnormal
      ? [
          writer.reason('class-imaging', {
            test: writer.label('test.fetal-mri'),
          }),
        ]
      : []),
    ...(facts.fetalAnemiaSuspected ? [writer.reason('class-anemia')] : []),
  ];
  const causes: Reason[] = [
    ...(facts.chromosomalResultAbnormal
      ? [writer.reason('class-genetics')]
      : []),
    ...(facts.infectionsSupported.length
      ? [
          writer.reason('class-infection', {
            what: writer.list(causeIds(facts.infectionsSupported)),
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

  const openTests: ContentId[] = [];
  if (facts.scan !== 'seen') openTests.push('test.detailed-ultrasound');
  if (facts.answers.headSize !== 'normal')
    openTests.push('test.head-circumference');
  if (!facts.chromosomesNormal) {
    if (facts.microarray !== 'normal')
      openTests.push('test.chromosomal-microarray');
    if (facts.karyotype !== 'normal') openTests.push('test.karyotype');
  }
  const infectionsOpen = facts.infectionsOpen.length
    ? [
        writer.reason('class-infection-open', {
          agents: writer.list(causeIds(facts.infectionsOpen)),
        }),
      ]
    : [];
  if (openTests.length === 0 && infectionsOpen.length === 0) {
    return {
      classification: 'isolated',
      reasons: [writer.reason('class-isolated')],
    };
  }
  return {
    classification: 'undetermined',
    reasons: [
      ...(openTests.length
        ? [writer.reason('class-open', { items: writer.list(openTests) })]
        : []),
      ...infectionsOpen,
    ],
  };
}

const causeIds = (agents: readonly TestedAgent[]) =>
  agents.map((id) => contentIdOf('cause', id));
