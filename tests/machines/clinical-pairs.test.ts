import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { pruneAnswers } from '../../machines/rules/answers.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import type { Answers, Summary } from '../../machines/workup.types.ts';
import { answersFileArb } from './arbitraries.ts';
import {
  clinicalPairs,
  entriesOf,
  keptPairs,
  latest,
  read,
  type RawAnswers,
} from './invariants.ts';

/**
 * Each clinical pair of invariants.ts, one test each, over the worked
 * scenarios, the clinical probes and 3,000 random answer files: it must
 * apply to at least one consult (a pair that never applies proves nothing)
 * and hold on every one. A pair marked `awaits` (the app does not do it
 * yet) fails here, naming a consult that breaks it, until the app does it
 * and the mark is removed (then the property and model tests check it too).
 */

const root = join(import.meta.dirname, '..', '..');
const files = [
  ...readdirSync(join(root, 'tests', 'scenarios'))
    .filter((f) => f.endsWith('.answers.json'))
    .map((f) => [
      f,
      JSON.parse(readFileSync(join(root, 'tests', 'scenarios', f), 'utf8')),
    ]),
  ...readdirSync(join(root, 'tests', 'clinical', 'probes')).map((f) => [
    f,
    (
      JSON.parse(
        readFileSync(join(root, 'tests', 'clinical', 'probes', f), 'utf8'),
      ) as { answers: unknown }
    ).answers,
  ]),
  ...fc
    .sample(answersFileArb, { numRuns: 3000, seed: 22 })
    .map((file, i) => [`random #${i}`, file]),
] as [string, unknown][];

/**
 * Answers in the timed format (PLAN.md), which the answers file does not
 * read yet: the rules take them (the kept answers are the pruned ones).
 */
const negative = JSON.parse(
  readFileSync(
    join(root, 'tests', 'scenarios', 'isolated-negative-workup.answers.json'),
    'utf8',
  ),
) as Answers & { serology: Record<string, string> };
const primaryCmvAt = (ga: number) => ({
  ...negative,
  gestationalAgeWeeks: ga,
  findings: ['intracranial-calcifications' as const],
  serology: {
    ...negative.serology,
    'cmv-igg': { result: 'positive', atWeeks: 17 },
    'cmv-igm': { result: 'positive', atWeeks: 17 },
  },
  cmvAvidity: { result: 'low', atWeeks: 18 },
  maternalInfectionAtWeeks: 15,
});
const timed: [string, unknown][] = [
  [
    'timed: PCR negative taken at 19 weeks, recorded at 24',
    {
      ...primaryCmvAt(24),
      specialized: {
        'amniotic-fluid-cmv-pcr': {
          result: 'negative',
          atWeeks: 19,
          recordedAtWeeks: 24,
        },
      },
    },
  ],
  [
    'timed: PCR negative taken at 23 weeks, 8 weeks after the infection',
    {
      ...primaryCmvAt(24),
      specialized: {
        'amniotic-fluid-cmv-pcr': { result: 'negative', atWeeks: 23 },
      },
    },
  ],
  [
    'timed: primary CMV at 19 weeks, PCR not done',
    { ...primaryCmvAt(19), specialized: {} },
  ],
  [
    'timed: CMV IgM positive then negative on repeat, IgG negative',
    {
      ...negative,
      serology: {
        ...negative.serology,
        'cmv-igm': [
          { result: 'positive', atWeeks: 16 },
          { result: 'negative', atWeeks: 19 },
        ],
      },
    },
  ],
  [
    'timed: parvovirus IgM positive, two normal MCA-PSV',
    {
      ...negative,
      gestationalAgeWeeks: 22,
      serology: {
        ...negative.serology,
        'parvovirus-igg': { result: 'positive', atWeeks: 18 },
        'parvovirus-igm': { result: 'positive', atWeeks: 18 },
      },
      specialized: {
        'mca-psv-doppler': [
          { result: 'normal', atWeeks: 19 },
          { result: 'normal', atWeeks: 21 },
        ],
      },
    },
  ],
  [
    // REVIEW.md third review, "Serial ultrasound": a finding at a
    // follow-up scan makes the case associated, as any finding does.
    'timed: isolated workup, a follow-up scan at 26 weeks finds ascites',
    {
      ...negative,
      gestationalAgeWeeks: 26,
      visits: [{ atWeeks: negative.gestationalAgeWeeks! }],
      scans: [
        {
          atWeeks: 26,
          findings: ['ascites'],
          liverCalcifications: 'unchanged',
        },
      ],
    },
  ],
  [
    // REVIEW.md third review, "CMV: no antenatal window left".
    'timed: primary CMV, infection at 31 weeks, consult at 33 weeks',
    {
      ...primaryCmvAt(33),
      serology: {
        ...negative.serology,
        'cmv-igg': { result: 'positive', atWeeks: 32 },
        'cmv-igm': { result: 'positive', atWeeks: 32 },
      },
      cmvAvidity: { result: 'low', atWeeks: 32 },
      maternalInfectionAtWeeks: 31,
      specialized: {},
    },
  ],
];

const consults: { name: string; answers: RawAnswers; summary: Summary }[] = [
  ...files.map(([name, file]) => {
    const { answers, summary } = runConsult(parseAnswersFile(file));
    return { name, answers: answers as RawAnswers, summary };
  }),
  ...timed.map(([name, raw]) => {
    const answers = pruneAnswers(raw as Answers);
    return {
      name,
      answers: answers as RawAnswers,
      summary: buildSummary(answers),
    };
  }),
];

describe('clinical pairs (invariants.ts), each on every consult', () => {
  it('are written once each, with the REVIEW.md row or source line they restate', () => {
    const rules = clinicalPairs.map((pair) => pair.rule);
    expect(new Set(rules).size).toBe(rules.length);
    for (const pair of clinicalPairs)
      expect(pair.review, pair.rule).toMatch(/REVIEW\.md|the source/);
  });

  for (const pair of clinicalPairs) {
    const name = pair.awaits
      ? `${pair.rule} [awaits ${pair.awaits}]`
      : pair.rule;
    it(name, () => {
      const kept = keptPairs.includes(pair);
      const applies = consults.filter(({ answers, summary }) =>
        pair.when(answers, kept ? (undefined as never) : summary),
      );
      expect(applies.length, 'consults the pair applies to').toBeGreaterThan(0);
      const broken = applies
        .filter(({ answers, summary }) => !pair.then(answers, summary))
        .map(({ name, answers }) => `${name}: ${JSON.stringify(answers)}`);
      if (pair.awaits) {
        expect(
          broken.length,
          broken.length
            ? `the app does not do this yet (${pair.awaits}; ${pair.review}): ${broken[0]}`
            : `holds on every consult: remove "awaits: '${pair.awaits}'" so the property and model tests check it`,
        ).toBe(-1);
      }
      expect(broken.slice(0, 3), pair.review).toEqual([]);
    });
  }
});

describe('the raw-answers reader (the coming timed format, PLAN.md)', () => {
  it('reads a bare string, an object and a list (latest last)', () => {
    expect(latest('negative')).toBe('negative');
    expect(latest({ result: 'positive', atWeeks: 20 })).toBe('positive');
    expect(
      latest([
        { result: 'normal', atWeeks: 20 },
        { result: 'abnormal', atWeeks: 22, recordedAtWeeks: 23 },
      ]),
    ).toBe('abnormal');
    expect(latest(undefined)).toBeUndefined();
    expect(latest([])).toBeUndefined();
  });

  it('dates a bare string at the consult, an object at its atWeeks', () => {
    expect(entriesOf('negative', 24)).toEqual([
      { result: 'negative', atWeeks: 24 },
    ]);
    expect(
      entriesOf(
        [{ result: 'negative', atWeeks: 19 }, { result: 'positive' }],
        24,
      ),
    ).toEqual([
      { result: 'negative', atWeeks: 19 },
      { result: 'positive', atWeeks: 24 },
    ]);
    const answers = {
      gestationalAgeWeeks: 24,
      specialized: {
        'amniotic-fluid-cmv-pcr': { result: 'negative', atWeeks: 19 },
      },
    };
    expect(read.specialized(answers, 'amniotic-fluid-cmv-pcr')).toBe(
      'negative',
    );
    expect(read.specializedAt(answers, 'amniotic-fluid-cmv-pcr')).toBe(19);
  });

  it('reads the infection as a point in the pregnancy, from either field', () => {
    expect(read.infectionAt({ maternalInfectionAtWeeks: -1 })).toBe(-1);
    expect(
      read.infectionAt({
        gestationalAgeWeeks: 23,
        weeksSinceMaternalInfection: 8,
      }),
    ).toBe(15);
    expect(
      read.infectionAt({ maternalInfectionAtWeeks: null }),
    ).toBeUndefined();
    expect(read.timingKept({ maternalInfectionAtWeeks: null })).toBe(true);
    expect(read.timingKept({ weeksSinceMaternalInfection: null })).toBe(true);
    expect(read.timingKept({})).toBe(false);
  });

  it('adds the findings of the follow-up scans', () => {
    expect(
      read.findings({
        findings: [],
        scans: [
          {
            atWeeks: 26,
            findings: ['ascites'],
            liverCalcifications: 'unchanged',
          },
        ],
      }),
    ).toEqual(['ascites']);
    expect(read.findings({ findings: 'pending' })).toEqual([]);
  });

  it('reads serology rows given over time', () => {
    const answers = {
      serology: {
        'cmv-igm': [
          { result: 'positive', atWeeks: 16 },
          { result: 'negative', atWeeks: 19 },
        ],
      },
    };
    expect(read.serology(answers, 'cmv-igm')).toBe('negative');
  });
});
