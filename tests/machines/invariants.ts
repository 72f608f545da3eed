import { expect } from 'vitest';
import { z } from 'zod';
import { causeIds, testIds } from '../../content/ids.ts';
import { referenceList } from '../../content/index.ts';
import {
  isApplicable,
  isAnswered,
  questionOrder,
} from '../../machines/rules/answers.ts';
import {
  hasFinding,
  isParvovirusConfirmed,
  isPrimaryCmvSuspected,
} from '../../machines/rules/findings.ts';
import type { Answers, Summary } from '../../machines/workup.types.ts';

const cited = z
  .array(z.string().refine((id) => referenceList.has(id), 'unknown reference'))
  .min(1);

/** The summary format of consult-api.md, as a schema. */
export const summarySchema = z.object({
  audience: z.enum(['clinician', 'learner']),
  classification: z.enum(['isolated', 'associated', 'undetermined']),
  classificationReasons: z.array(z.string().min(1)).min(1),
  classificationCitations: cited,
  tests: z.array(
    z.object({
      id: z.enum(testIds),
      status: z.enum([
        'recommended',
        'not-yet-optimal',
        'done',
        'not-indicated',
      ]),
      reason: z.string().min(1),
      citations: cited,
      when: z.string().min(1).optional(),
      basis: z.array(z.string()),
      about: z.object({ text: z.string().min(1), citations: cited }),
    }),
  ),
  differential: z.array(
    z.object({
      id: z.enum(causeIds),
      category: z.enum([
        'infectious',
        'chromosomal',
        'vascular',
        'hematologic',
        'genetic',
      ]),
      status: z.enum(['supported', 'possible', 'excluded']),
      reasons: z.array(z.string().min(1)).min(1),
      citations: cited,
      basis: z.array(z.string()),
      about: z.object({ text: z.string().min(1), citations: cited }),
    }),
  ),
  prognosis: z.object({ text: z.string().min(1), citations: cited }),
  pitfalls: z
    .array(
      z.object({ id: z.string(), text: z.string().min(1), citations: cited }),
    )
    .min(1),
  followUp: z
    .array(
      z.object({ id: z.string(), text: z.string().min(1), citations: cited }),
    )
    .min(1),
  notes: z
    .array(
      z.object({ id: z.string(), text: z.string().min(1), citations: cited }),
    )
    .length(3),
  references: z.array(z.string()),
});

/**
 * The clinical invariants every summary must hold, whatever the path.
 * Returns the list of violations (empty when all hold).
 */
export function invariantViolations(
  answers: Answers,
  summary: Summary,
): string[] {
  const v: string[] = [];
  const parsed = summarySchema.safeParse(summary);
  if (!parsed.success) v.push(`schema: ${parsed.error.message}`);
  const status = (id: string) => summary.tests.find((t) => t.id === id)?.status;
  const ids = summary.tests.map((t) => t.id);
  if (new Set(ids).size !== ids.length || ids.length !== testIds.length)
    v.push('each test exactly once');
  const causes = summary.differential.map((c) => c.id);
  if (new Set(causes).size !== causeIds.length)
    v.push('each cause exactly once');
  if (
    status('amniotic-fluid-cmv-pcr') !== 'not-indicated' &&
    !isPrimaryCmvSuspected(answers)
  ) {
    v.push('CMV PCR considered without suspected primary CMV');
  }
  if (
    status('cf-carrier-screening') !== 'not-indicated' &&
    !hasFinding(answers, 'echogenic-bowel')
  ) {
    v.push('CF screening without echogenic bowel');
  }
  if (
    status('mca-psv-doppler') !== 'not-indicated' &&
    !isParvovirusConfirmed(answers) &&
    !hasFinding(answers, 'hydrops')
  ) {
    v.push('MCA-PSV without parvovirus or hydrops');
  }
  if (
    status('cmv-igg-avidity') !== 'not-indicated' &&
    answers.serology?.['cmv-igm'] !== 'positive'
  ) {
    v.push('avidity without positive CMV IgM');
  }
  if (status('newborn-blood-spot-cmv-pcr') !== 'not-indicated')
    v.push('blood spot offered prenatally');
  if (summary.classification === 'isolated') {
    if (!Array.isArray(answers.findings) || answers.findings.length > 0)
      v.push('isolated with findings');
    if (summary.differential.some((c) => c.status === 'supported'))
      v.push('isolated with a supported cause');
  }
  if (
    summary.differential.some(
      (c) => c.category === 'chromosomal' && c.status === 'supported',
    )
  ) {
    if (summary.classification !== 'associated')
      v.push('chromosomal cause supported but not associated');
  }
  if (
    answers.serology?.['cmv-igm'] === 'negative' &&
    answers.serology['cmv-igg'] === 'negative'
  ) {
    if (summary.differential.find((c) => c.id === 'cmv')?.status !== 'excluded')
      v.push('CMV not excluded by negative serology');
  }
  for (const q of questionOrder) {
    if (
      q !== 'audience' &&
      isAnswered(q, answers) &&
      !isApplicable(q, answers)
    ) {
      v.push(`abandoned answer survives: ${q}`);
    }
  }
  const referencesCited = new Set([
    ...summary.tests.flatMap((t) => [...t.citations, ...t.about.citations]),
    ...summary.differential.flatMap((c) => [
      ...c.citations,
      ...c.about.citations,
    ]),
    ...summary.prognosis.citations,
    ...summary.classificationCitations,
    ...[...summary.pitfalls, ...summary.followUp, ...summary.notes].flatMap(
      (i) => i.citations,
    ),
  ]);
  for (const r of referencesCited)
    if (!summary.references.includes(r)) v.push(`reference ${r} not listed`);
  for (const r of summary.references)
    if (!referencesCited.has(r)) v.push(`reference ${r} listed, never cited`);
  return v;
}

export function expectInvariants(answers: Answers, summary: Summary): void {
  expect(invariantViolations(answers, summary)).toEqual([]);
}
