import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../machines/consult.ts';
import { pruneAnswers } from '../../machines/rules/answers.ts';
import { interpret, type Facts } from '../../machines/rules/facts.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import type {
  Answers,
  Recorded,
  Summary,
  TestStatus,
} from '../../machines/workup.types.ts';
import { answersFileArb } from '../machines/arbitraries.ts';
import { emptyListProblems, statusWords } from './summary-checks.ts';

/**
 * Words that cannot contradict (issue 19), over random answer files: no
 * status reads as reassuring on a missing result; no section quotes a
 * figure its own answers contradict; no list renders empty; the learner
 * and clinician wordings agree on every status. Each file is read as the
 * headless consult records it (bare values), and again with its results
 * timed (`{ result, atWeeks }`, or a list whose latest is the result), as
 * the rules read them through `facts.latest`.
 */

/** Runs; CI and the README use the default of 10,000. */
const numRuns = Number(process.env.FC_RUNS ?? 10_000);

const resulted = (value: string | undefined) =>
  value !== undefined && value !== 'pending' && value !== 'not-done';

/** The same answers with each result timed: as is, one entry, or a list. */
function timed(answers: Answers, forms: readonly number[]): Answers {
  const at = answers.gestationalAgeWeeks ?? 20;
  let i = 0;
  const wrap = <R extends string>(value: R): Recorded<R> => {
    const form = forms[i++ % forms.length]!;
    if (form === 0) return value;
    if (form === 1) return { result: value, atWeeks: at };
    return [
      { result: 'pending' as R, atWeeks: Math.max(10, at - 2) },
      { result: value, atWeeks: at },
    ];
  };
  const group = <K extends string, R extends string>(
    values: Partial<Record<K, Recorded<R>>> | undefined,
  ) =>
    values &&
    (Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, wrap(v as R)]),
    ) as Partial<Record<K, Recorded<R>>>);
  return {
    ...answers,
    ...(answers.serology ? { serology: group(answers.serology) } : {}),
    ...(answers.genetics ? { genetics: group(answers.genetics) } : {}),
    ...(answers.specialized ? { specialized: group(answers.specialized) } : {}),
    ...(typeof answers.cmvAvidity === 'string'
      ? { cmvAvidity: wrap(answers.cmvAvidity) }
      : {}),
  };
}

/** Every text of the summary, lower case. */
const wordsOf = (summary: Summary) => JSON.stringify(summary).toLowerCase();

/** What a summary must never say or show, given its facts. */
function contradictions(facts: Facts, summary: Summary): string[] {
  const v: string[] = [];
  const { serology, genetics, specialized, cmvAvidity } = facts.latest;
  const cause = (id: string) => summary.differential.find((c) => c.id === id)!;
  const test = (id: string) => summary.tests.find((t) => t.id === id)!;
  const words = wordsOf(summary);

  // No status reads as reassuring on a missing result.
  const reassuring = (status: string) =>
    status === 'excluded' || status === 'not-supported';
  const agentTests: Record<string, string[]> = {
    toxoplasmosis: ['toxoplasma-igg', 'toxoplasma-igm'],
    rubella: ['rubella-igg', 'rubella-igm'],
    'herpes-simplex': ['hsv-igg', 'hsv-igm'],
    'parvovirus-b19': ['parvovirus-igg', 'parvovirus-igm'],
    syphilis: ['syphilis'],
  };
  for (const [id, tests] of Object.entries(agentTests)) {
    const missing = tests.filter(
      (t) => !resulted(serology[t as keyof typeof serology]),
    );
    if (reassuring(cause(id).status) && missing.length)
      v.push(`${id} ${cause(id).status} with ${missing.join(', ')} missing`);
  }
  const cmv = cause('cmv').status;
  if (
    reassuring(cmv) &&
    !(
      serology['cmv-igg'] === 'negative' && serology['cmv-igm'] === 'negative'
    ) &&
    specialized['amniotic-fluid-cmv-pcr'] !== 'negative'
  )
    v.push(`cmv ${cmv} without negative serology or PCR`);
  for (const id of ['trisomy-13', 'trisomy-18', 'trisomy-21', 'turner-45x']) {
    if (
      cause(id).status === 'excluded' &&
      genetics['chromosomal-microarray'] !== 'normal' &&
      genetics.karyotype !== 'normal' &&
      !(facts.chromosomalDiagnosis && facts.chromosomalDiagnosis !== 'unknown')
    )
      v.push(`${id} excluded with no normal chromosomal result`);
  }
  if (
    facts.answers.headSize !== 'normal' &&
    (cause('other-genetic-cause').against.length > 0 ||
      words.includes('no specific genetic syndrome'))
  )
    v.push('head size not measured read as reassuring');
  const done = (id: string) => test(id).status === 'done';
  const recordedResult: Record<string, string | undefined> = {
    'cmv-igg-avidity': cmvAvidity,
    'chromosomal-microarray': genetics['chromosomal-microarray'],
    karyotype: genetics.karyotype,
    'cf-carrier-screening': genetics['cf-carrier-screening'],
    'mca-psv-doppler': specialized['mca-psv-doppler'],
    'fetal-mri': specialized['fetal-mri'],
  };
  for (const [id, result] of Object.entries(recordedResult)) {
    if (done(id) && !resulted(result)) v.push(`${id} done with no result`);
    if (result === 'pending' && test(id).status !== 'pending')
      v.push(`${id} pending shown as ${test(id).status}`);
  }
  if (done('head-circumference') && facts.answers.headSize === 'not-measured')
    v.push('head circumference done, not measured');
  if (
    summary.prognosis.drivers.includes('isolated') !==
    (summary.classification === 'isolated')
  )
    v.push('an isolated prognosis beside another classification');
  if (
    cmvAvidity !== undefined &&
    !facts.cmvIgmPositive &&
    `${test('cmv-igg-avidity').reason}`.includes('CMV IgM positive')
  )
    v.push('avidity read as if CMV IgM were positive');

  // A test cites the same references whatever its status: what the source
  // cites for it (head circumference: its reference 1 only).
  const citesExactly = (id: string, refs: string[]) => {
    const cited = [...test(id).citations].sort().join(' ');
    if (cited !== [...refs].sort().join(' '))
      v.push(`${id} (${test(id).status}) cites ${cited}`);
  };
  citesExactly('head-circumference', ['droracle-2025']);
  citesExactly('fetal-mri', ['pata-2012', 'derme-2025']);
  for (const ref of ['source-ref-8'])
    if (
      summary.prognosis.citations.includes(ref) ||
      summary.pitfalls.some((p) => p.citations.includes(ref))
    )
      v.push(`the unlisted ${ref} cited by the prognosis or a pitfall`);

  // No figure its own answers contradict.
  if (genetics.karyotype === 'normal' && words.includes('18%'))
    v.push('18% abnormal-karyotype figure beside a normal karyotype');
  const chromosomesNormal =
    genetics['chromosomal-microarray'] === 'normal' &&
    genetics.karyotype === 'normal';
  if (
    (facts.chromosomalResultAbnormal || chromosomesNormal) &&
    words.includes('risk of chromosomal')
  )
    v.push(
      'chromosomal-risk wording with a chromosomal result that settles it',
    );
  if (
    summary.classification === 'isolated' &&
    /\bonce\b/.test(summary.prognosis.text)
  )
    v.push('"once excluded" in an isolated prognosis');

  // The next steps: urgent first, each to do, none after birth or awaited.
  const urgent = summary.nextSteps.map((s) => s.urgent);
  if (
    urgent.indexOf(false) !== -1 &&
    urgent.lastIndexOf(true) > urgent.indexOf(false)
  )
    v.push('an urgent step after a non-urgent one');
  const toDo: TestStatus[] = ['recommended', 'repeat', 'not-yet-optimal'];
  for (const step of summary.nextSteps)
    if (step.status && !toDo.includes(step.status))
      v.push(`next step ${step.id} is ${step.status}`);
  if (facts.fetalAnemiaSuspected || facts.hydropsSeen)
    if (!summary.nextSteps[0]?.urgent) v.push('suspected anemia not first');
  // Every recorded result names what follows; every live cause its settle.
  for (const t of summary.tests)
    if ((t.status === 'done' || t.status === 'repeat') && !t.next)
      v.push(`${t.id}: a result that names nothing after it`);
  for (const c of summary.differential) {
    const live = c.status === 'possible' || c.status === 'supported';
    if (live !== Boolean(c.settle))
      v.push(`${c.id} ${c.status} ${c.settle ? 'with' : 'without'} settle`);
  }
  return v;
}

/** What is wrong with the summaries of these answers (empty: nothing). */
function problems(answers: Answers): string[] {
  const facts = interpret(pruneAnswers(answers));
  const clinician = buildSummary(answers, 'clinician');
  const learner = buildSummary(answers, 'learner');
  const found = [
    ...contradictions(facts, clinician).map((p) => `clinician: ${p}`),
    ...contradictions(facts, learner).map((p) => `learner: ${p}`),
    ...emptyListProblems(clinician).map((p) => `clinician: ${p}`),
    ...emptyListProblems(learner).map((p) => `learner: ${p}`),
  ];
  if (
    JSON.stringify(statusWords(learner)) !==
    JSON.stringify(statusWords(clinician))
  )
    found.push('the learner and clinician wordings disagree on a status');
  // The learner wording never waits for a test that was never sent.
  const { serology, genetics, specialized, cmvAvidity } = facts.latest;
  const sent = [
    ...Object.values(serology),
    ...Object.values(genetics),
    ...Object.values(specialized),
    cmvAvidity,
    facts.scan,
  ].includes('pending');
  if (!sent && /waiting for|not back yet/.test(wordsOf(learner)))
    found.push('learner: waiting for a result with nothing sent');
  return found;
}

describe('property: the summary words cannot contradict', () => {
  it(
    `${numRuns} random answer files, bare and timed`,
    { timeout: 600_000 },
    () => {
      let runs = 0;
      fc.assert(
        fc.property(
          answersFileArb,
          fc.array(fc.integer({ min: 0, max: 2 }), {
            minLength: 1,
            maxLength: 8,
          }),
          (file, forms) => {
            runs++;
            // The file's answers as the rules read them (the headless
            // consult records the same; tests/machines/properties.test.ts
            // runs the machine on random files).
            const {
              audience: _a,
              contentVersion: _v,
              ...answers
            } = parseAnswersFile(file);
            expect([
              ...problems(answers),
              ...problems(timed(answers, forms)).map((p) => `timed ${p}`),
            ]).toEqual([]);
          },
        ),
        { numRuns },
      );
      expect(runs).toBe(numRuns);
      console.log(`property runs (summary words): ${runs}`);
    },
  );
});
