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
    ...(facts.findings.length
      ? [
          writer.reason('class-finding', {
            finding: writer.list(
              facts.findings.map((finding) => contentIdOf('finding', finding)),
            ),
          }),
        ]
      : []),
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

  // What is missing: sent and awaited, or not done yet (never sent); the
  // two are worded apart, so no one waits for a test never sent.
  const awaited: ContentId[] = [];
  const notDone: ContentId[] = [];
  const open = (id: ContentId, pending: boolean) =>
    (pending ? awaited : notDone).push(id);
  if (facts.scan !== 'seen')
    open('test.detailed-ultrasound', facts.scan === 'pending');
  if (facts.answers.headSize !== 'normal')
    open('test.head-circumference', false);
  if (!facts.chromosomesNormal) {
    if (facts.microarray !== 'normal')
      open('test.chromosomal-microarray', facts.microarray === 'pending');
    if (facts.karyotype !== 'normal')
      open('test.karyotype', facts.karyotype === 'pending');
  }
  const openTests = [...awaited, ...notDone];
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
      ...(awaited.length
        ? [writer.reason('class-awaited', { items: writer.list(awaited) })]
        : []),
      ...(notDone.length
        ? [writer.reason('class-open', { items: writer.list(notDone) })]
        : []),
      ...infectionsOpen,
    ],
  };
}

const causeIds = (agents: readonly TestedAgent[]) =>
  agents.map((id) => contentIdOf('cause', id));
