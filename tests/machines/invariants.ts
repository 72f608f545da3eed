import { expect } from 'vitest';
import { z } from 'zod';
import {
  causeCategoryIds,
  causeIds,
  causeStatusIds,
  classificationIds,
  testIds,
  testStatusIds,
} from '../../content/ids.ts';
import { audiences } from '../../content/schema.ts';
import { referenceList } from '../../content/index.ts';
import { latestResult } from '../../machines/rules/results.ts';
import {
  isApplicable,
  isAnswered,
  isKeptResult,
} from '../../machines/rules/answers.ts';
import { questionIds as questionOrder } from '../../content/ids.ts';
import { interpret } from '../../machines/rules/facts.ts';
import type { Answers, Summary } from '../../machines/workup.types.ts';

const cited = z
  .array(z.string().refine((id) => referenceList.has(id), 'unknown reference'))
  .min(1);

/** The summary format of consult-api.md, as a schema. */
export const summarySchema = z.object({
  audience: z.enum(audiences),
  classification: z.enum(classificationIds),
  classificationReasons: z.array(z.string().min(1)).min(1),
  classificationCitations: cited,
  tests: z.array(
    z.object({
      id: z.enum(testIds),
      status: z.enum(testStatusIds),
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
      category: z.enum(causeCategoryIds),
      status: z.enum(causeStatusIds),
      reasons: z.array(z.string().min(1)).min(1),
      citations: cited,
      basis: z.array(z.string()),
      about: z.object({ text: z.string().min(1), citations: cited }),
    }),
  ),
  prognosis: z.object({ text: z.string().min(1), citations: cited }),
  pitfalls: z
    .array(
      z.object({
        id: z.string(),
        text: z.string().min(1),
        citations: cited,
        relevant: z.boolean(),
      }),
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
  const causeStatus = (id: string) =>
    summary.differential.find((c) => c.id === id)?.status;
  const facts = interpret(answers);
  const s = answers.serology ?? {};
  const g = answers.genetics ?? {};
  const sp = answers.specialized ?? {};
  const ids = summary.tests.map((t) => t.id);
  if (new Set(ids).size !== ids.length || ids.length !== testIds.length)
    v.push('each test exactly once');
  const causes = summary.differential.map((c) => c.id);
  if (new Set(causes).size !== causeIds.length)
    v.push('each cause exactly once');
  const resulted = (r: unknown) =>
    typeof r === 'string' && r !== 'pending' && r !== 'not-done';

  // Asking and interpreting are separate: a test is considered when its
  // trigger holds, or when its result was recorded anyway.
  if (
    status('amniotic-fluid-cmv-pcr') !== 'not-indicated' &&
    !facts.cmvPcrIndicated &&
    !resulted(sp['amniotic-fluid-cmv-pcr'])
  )
    v.push('CMV PCR considered without indication or result');
  if (
    status('cf-carrier-screening') !== 'not-indicated' &&
    !facts.echogenicBowelSeen &&
    !resulted(g['cf-carrier-screening'])
  )
    v.push('CF screening without echogenic bowel or result');
  if (
    status('mca-psv-doppler') !== 'not-indicated' &&
    !facts.mcaDopplerIndicated &&
    !resulted(sp['mca-psv-doppler'])
  )
    v.push('MCA-PSV without parvovirus, hydrops or result');
  if (
    status('cmv-igg-avidity') !== 'not-indicated' &&
    !facts.cmvAvidityIndicated &&
    !resulted(answers.cmvAvidity)
  )
    v.push('avidity without CMV IgM and IgG positive or result');
  if (status('newborn-blood-spot-cmv-pcr') !== 'not-indicated')
    v.push('blood spot offered prenatally');

  // A recorded result is never silently ignored.
  const recordedResults: [string, unknown][] = [
    ['cmv-igg-avidity', answers.cmvAvidity],
    ['chromosomal-microarray', g['chromosomal-microarray']],
    ['karyotype', g.karyotype],
    ['cf-carrier-screening', g['cf-carrier-screening']],
    ['amniotic-fluid-cmv-pcr', sp['amniotic-fluid-cmv-pcr']],
    ['mca-psv-doppler', sp['mca-psv-doppler']],
    ['fetal-mri', sp['fetal-mri']],
  ];
  for (const [test, result] of recordedResults) {
    if (resulted(result) && !['done', 'repeat'].includes(status(test)!))
      v.push(`recorded result ignored: ${test} ${String(result)}`);
    // Pending is not done.
    if (result === 'pending' && status(test) !== 'pending')
      v.push(`pending counted as ${status(test)}: ${test}`);
  }
  if (
    answers.findings === 'pending' &&
    status('detailed-ultrasound') !== 'pending'
  )
    v.push('pending scan not shown as awaited');
  const agentOf: Record<string, string> = {
    syphilis: 'syphilis',
    'toxoplasma-igm': 'toxoplasmosis',
    'rubella-igm': 'rubella',
    'cmv-igm': 'cmv',
    'hsv-igm': 'herpes-simplex',
    'parvovirus-igm': 'parvovirus-b19',
  };
  for (const [test, cause] of Object.entries(agentOf)) {
    const r = s[test as keyof typeof s];
    if (
      (r === 'positive' || r === 'equivocal') &&
      causeStatus(cause) === 'excluded'
    )
      v.push(`${test} ${r} but ${cause} excluded`);
  }
  if (
    sp['amniotic-fluid-cmv-pcr'] === 'positive' &&
    causeStatus('cmv') !== 'supported'
  )
    v.push('positive CMV PCR without CMV supported');

  // "Isolated" never stands beside a result that supports a cause or leaves
  // one open (a positive IgM, PCR or syphilis test, an equivocal result, an
  // abnormal genetic, imaging or Doppler result, CMV IgG without exclusion).
  if (summary.classification === 'isolated') {
    if (!Array.isArray(answers.findings) || answers.findings.length > 0)
      v.push('isolated with findings');
    if (summary.differential.some((c) => c.status === 'supported'))
      v.push('isolated with a supported cause');
    const diseaseResults = [
      ...Object.keys(agentOf).map((t) => s[t as keyof typeof s]),
      sp['amniotic-fluid-cmv-pcr'],
    ];
    if (diseaseResults.some((r) => r === 'positive' || r === 'equivocal'))
      v.push('isolated beside a positive or equivocal infection result');
    if (
      Object.values(s).includes('equivocal') ||
      [
        g['chromosomal-microarray'],
        g.karyotype,
        sp['mca-psv-doppler'],
        sp['fetal-mri'],
      ].includes('abnormal')
    )
      v.push('isolated beside an abnormal or equivocal result');
    if (causeStatus('cmv') === 'possible')
      v.push('isolated with CMV not excluded');
  }
  const infectionLeftOpenByPositive = summary.differential.some(
    (c) =>
      c.category === 'infectious' &&
      (c.status === 'supported' ||
        (c.status === 'possible' &&
          c.basis.includes('storch') &&
          Object.entries(agentOf).some(
            ([t, cause]) =>
              cause === c.id &&
              ['positive', 'equivocal'].includes(
                latestResult(s[t as keyof typeof s]) ?? '',
              ),
          ))),
  );
  const reasoning = [
    ...summary.classificationReasons,
    summary.prognosis.text,
    ...summary.tests.map((t) => t.reason),
    ...summary.differential.flatMap((c) => c.reasons),
  ]
    .join(' ')
    .toLowerCase();
  if (
    infectionLeftOpenByPositive &&
    reasoning.includes('negative infection workup')
  )
    v.push('claims a negative infection workup with an infection open');
  if (
    g['chromosomal-microarray'] === 'normal' &&
    g.karyotype === 'normal' &&
    /risk of chromosomal/i.test(summary.prognosis.text)
  )
    v.push('chromosomal-risk prognosis with normal microarray and karyotype');
  if (
    summary.differential.some(
      (c) => c.category === 'chromosomal' && c.status === 'supported',
    ) &&
    summary.classification !== 'associated' &&
    summary.classification !== 'cause-found'
  )
    v.push(
      'chromosomal cause supported but classified ' + summary.classification,
    );
  if (
    answers.serology?.['cmv-igm'] === 'negative' &&
    answers.serology['cmv-igg'] === 'negative' &&
    sp['amniotic-fluid-cmv-pcr'] !== 'positive' &&
    causeStatus('cmv') !== 'excluded'
  )
    v.push('CMV not excluded by negative serology');
  for (const q of questionOrder) {
    if (
      q !== 'audience' &&
      isAnswered(q, answers) &&
      !isApplicable(q, answers) &&
      !isKeptResult(q, answers)
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
