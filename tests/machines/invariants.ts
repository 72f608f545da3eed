import { expect } from 'vitest';
import { z } from 'zod';
import {
  causeCategoryIds,
  causeIds,
  causeStatusIds,
  classificationIds,
  prognosisDriverIds,
  testIds,
  testStatusIds,
} from '../../content/ids.ts';
import { audiences } from '../../content/schema.ts';
import { referenceList } from '../../content/index.ts';
import type { Answers, Summary } from '../../machines/workup.types.ts';

/*
 * The clinical invariants, restated from the raw answers: each is a pair
 * "when the answers say this => the kept answers or the summary say that",
 * written as data with the REVIEW.md row (or the source's line) it comes
 * from. The answers are read by the small reader below, written here: no
 * reader, fact or rule of the app is used to decide what is expected.
 */

// ---------------------------------------------------------------------------
// A reader of raw answers values, for today's answers files and the coming
// timed format (PLAN.md): a result value is a bare string (taken at the
// consult's gestational age), an object { result, atWeeks }, or a list of
// such objects, oldest first (the latest is interpreted).

/** Raw answers, as the answers file and the machine's context hold them. */
export type RawAnswers = Readonly<Record<string, unknown>>;

interface Entry {
  result: string;
  /** When the sample was taken or the scan done (undefined: not known). */
  atWeeks: number | undefined;
}

/** The entries of a result value, oldest first. */
export function entriesOf(value: unknown, consultWeeks?: number): Entry[] {
  if (typeof value === 'string')
    return [{ result: value, atWeeks: consultWeeks }];
  if (Array.isArray(value))
    return value.flatMap((item) => entriesOf(item, consultWeeks));
  if (value && typeof value === 'object') {
    const { result, atWeeks } = value as {
      result?: unknown;
      atWeeks?: unknown;
    };
    if (typeof result === 'string')
      return [
        {
          result,
          atWeeks: typeof atWeeks === 'number' ? atWeeks : consultWeeks,
        },
      ];
  }
  return [];
}

/** The latest result of a value ('positive', 'normal', ...), or undefined. */
export const latest = (value: unknown): string | undefined =>
  entriesOf(value).at(-1)?.result;

/**
 * A value with no result yet: every entry pending or not done. A test
 * with one real result among its entries is kept whatever came after it
 * (the result happened; REVIEW.md third review, "the latest result is
 * interpreted; earlier ones stay in the record").
 */
export const unresulted = (value: unknown): boolean => {
  const entries = entriesOf(value);
  return (
    entries.length > 0 &&
    entries.every((e) => e.result === 'pending' || e.result === 'not-done')
  );
};

const group = (a: RawAnswers, key: string) =>
  (a[key] ?? {}) as Readonly<Record<string, unknown>>;

const consultWeeks = (a: RawAnswers) =>
  typeof a.gestationalAgeWeeks === 'number' ? a.gestationalAgeWeeks : undefined;

/** The raw answers, read once per question the pairs ask. */
export const read = {
  serology: (a: RawAnswers, test: string) => latest(group(a, 'serology')[test]),
  genetics: (a: RawAnswers, test: string) => latest(group(a, 'genetics')[test]),
  specialized: (a: RawAnswers, test: string) =>
    latest(group(a, 'specialized')[test]),
  avidity: (a: RawAnswers) => latest(a.cmvAvidity),
  /** When the latest result of a specialized test was taken (weeks). */
  specializedAt: (a: RawAnswers, test: string) =>
    entriesOf(group(a, 'specialized')[test], consultWeeks(a)).at(-1)?.atWeeks,
  consultWeeks,
  /** The findings of the detailed scan and of every follow-up scan. */
  findings: (a: RawAnswers): string[] => [
    ...(Array.isArray(a.findings) ? (a.findings as string[]) : []),
    ...(Array.isArray(a.scans)
      ? (a.scans as { findings?: unknown }[]).flatMap((scan) =>
          Array.isArray(scan.findings) ? (scan.findings as string[]) : [],
        )
      : []),
  ],
  /** The detailed scan was reported ('[]' is a report: nothing else seen). */
  scanReported: (a: RawAnswers) => Array.isArray(a.findings),
  /** An infection-timing answer is kept (either field, null = "unknown"). */
  timingKept: (a: RawAnswers) =>
    a.weeksSinceMaternalInfection !== undefined ||
    a.maternalInfectionAtWeeks !== undefined,
  /** The gestational age at the maternal infection, when known. */
  infectionAt: (a: RawAnswers): number | undefined => {
    if (typeof a.maternalInfectionAtWeeks === 'number')
      return a.maternalInfectionAtWeeks;
    const ga = consultWeeks(a);
    return typeof a.weeksSinceMaternalInfection === 'number' && ga !== undefined
      ? ga - a.weeksSinceMaternalInfection
      : undefined;
  },
};

const resulted = (value: string | undefined) =>
  value !== undefined && value !== 'pending' && value !== 'not-done';
/** Some entry of the value is a result (not pending, not not-done). */
const everResulted = (value: unknown) =>
  entriesOf(value).some((e) => resulted(e.result));
const notRecorded = (value: string | undefined) =>
  value === undefined || value === 'not-done';
/** Gestational ages compare in whole days, as clinicians date them. */
const days = (weeks: number) => Math.round(weeks * 7);

// Clinical readings of the raw answers, each named for the pairs below.
const cmvIgm = (a: RawAnswers) => read.serology(a, 'cmv-igm');
const cmvIgg = (a: RawAnswers) => read.serology(a, 'cmv-igg');
const seroconversion = (a: RawAnswers) =>
  read.serology(a, 'cmv-seroconversion') === 'positive' &&
  cmvIgg(a) === 'positive';
/** Seroconversion, or IgM positive with IgG positive and low avidity. */
const primaryCmv = (a: RawAnswers) =>
  seroconversion(a) ||
  (cmvIgm(a) === 'positive' &&
    cmvIgg(a) === 'positive' &&
    read.avidity(a) === 'low');
const pcr = (a: RawAnswers) => read.specialized(a, 'amniotic-fluid-cmv-pcr');
const hydrops = (a: RawAnswers) => read.findings(a).includes('hydrops');
const parvovirusIgmPositive = (a: RawAnswers) =>
  read.serology(a, 'parvovirus-igm') === 'positive';
const mca = (a: RawAnswers) => read.specialized(a, 'mca-psv-doppler');
const chromosomalAbnormal = (a: RawAnswers) =>
  read.genetics(a, 'chromosomal-microarray') === 'abnormal' ||
  read.genetics(a, 'karyotype') === 'abnormal';
const abnormalHeadSize = (a: RawAnswers) =>
  a.headSize === 'microcephaly' || a.headSize === 'megalencephaly';
const associatedAbnormality = (a: RawAnswers) =>
  read.findings(a).length > 0 ||
  abnormalHeadSize(a) ||
  read.specialized(a, 'fetal-mri') === 'abnormal' ||
  mca(a) === 'abnormal';

/**
 * The PCR sample's timing: 'early' when taken before 21 weeks or within 6
 * weeks of a known maternal infection, 'optimal' when taken from 21 weeks
 * and more than 6 weeks after a known infection, else 'unknown-infection'.
 */
function pcrSampleTiming(
  a: RawAnswers,
): 'early' | 'optimal' | 'unknown-infection' | 'unknown' {
  const at = read.specializedAt(a, 'amniotic-fluid-cmv-pcr');
  if (at === undefined) return 'unknown';
  if (days(at) < days(21)) return 'early';
  const infection = read.infectionAt(a);
  if (infection === undefined) return 'unknown-infection';
  return days(at) - days(infection) > days(6) ? 'optimal' : 'early';
}

/** The week the PCR window opens: 21 weeks and more than 6 weeks after infection. */
function pcrWindowOpens(a: RawAnswers): number | undefined {
  const infection = read.infectionAt(a);
  return infection === undefined
    ? undefined
    : Math.max(days(21), days(infection) + days(6) + 1) / 7;
}

// ---------------------------------------------------------------------------
// Reading the summary.

const testStatus = (s: Summary, id: string) =>
  s.tests.find((t) => t.id === id)?.status;
const causeStatus = (s: Summary, id: string) =>
  s.differential.find((c) => c.id === id)?.status;
const followUpIds = (s: Summary) => s.followUp.map((f) => f.id as string);
/**
 * The referral leads "What to do next", marked urgent: only other urgent
 * referrals come before it (REVIEW.md second review, "MCA-PSV abnormal":
 * urgent referral, impossible to miss; safety notes: hydrops).
 */
const urgentFirst = (s: Summary, id: string) => {
  const at = s.nextSteps.findIndex((step) => (step.id as string) === id);
  return (
    at >= 0 &&
    s.nextSteps[at]!.urgent &&
    s.nextSteps.slice(0, at).every((step) => step.urgent)
  );
};
const oneOf = (value: string | undefined, allowed: readonly string[]) =>
  value !== undefined && allowed.includes(value);

// ---------------------------------------------------------------------------
// The pairs.

export interface ClinicalPair {
  /** The pair in words: "when ... => then ...". */
  rule: string;
  /** The REVIEW.md row (or the source's line) the pair restates. */
  review: string;
  /** When the pair applies (a kept pair reads the answers alone). */
  when: (answers: RawAnswers, summary: Summary) => boolean;
  then: (answers: RawAnswers, summary: Summary) => boolean;
  /**
   * The app does not do this yet, and the issue that will make it hold. The
   * property and model tests leave such a pair out; clinical-pairs.test.ts
   * fails on it until the mark is removed.
   */
  awaits?: string;
}

/** Which answers the consult may keep: read from the kept answers alone. */
export const keptPairs: readonly ClinicalPair[] = [
  {
    rule: 'CMV IgM negative, no CMV seroconversion => no infection-timing answer kept',
    review:
      'REVIEW.md claims, "CMV IgG avidity if IgM positive": primary infection = seroconversion, or IgM+ with IgG+ and low avidity; the timing is that of a primary infection ("Amniotic-fluid CMV PCR ... more than 6 weeks after maternal infection")',
    when: (a) => cmvIgm(a) === 'negative' && !seroconversion(a),
    then: (a) => !read.timingKept(a),
  },
  {
    rule: 'infection timing kept => primary CMV infection suspected (seroconversion, or CMV IgM and IgG positive with low avidity)',
    review:
      'REVIEW.md claims, "CMV IgG avidity if IgM positive" and "Amniotic-fluid CMV PCR most sensitive after 21 weeks and more than 6 weeks after maternal infection"',
    when: (a) => read.timingKept(a),
    then: (a) => primaryCmv(a),
  },
  {
    rule: 'avidity never resulted (pending or not done) kept => CMV IgM and IgG positive (a resulted avidity is always kept)',
    review:
      'REVIEW.md claims, "CMV IgG avidity if IgM positive"; second review, "CMV IgM positive, IgG negative": avidity cannot be read without IgG',
    when: (a) => unresulted(a.cmvAvidity),
    then: (a) => cmvIgm(a) === 'positive' && cmvIgg(a) === 'positive',
  },
  {
    rule: 'CF carrier screening never resulted kept => echogenic bowel seen',
    review:
      'REVIEW.md claims, "Parental CF carrier screening if echogenic bowel"',
    when: (a) => unresulted(group(a, 'genetics')['cf-carrier-screening']),
    then: (a) => read.findings(a).includes('echogenic-bowel'),
  },
  {
    rule: 'MCA-PSV never resulted kept => parvovirus IgM positive or hydrops',
    review:
      'REVIEW.md claims, "MCA-PSV Doppler if parvovirus is confirmed": also part of any hydrops workup',
    when: (a) => unresulted(group(a, 'specialized')['mca-psv-doppler']),
    then: (a) => parvovirusIgmPositive(a) || hydrops(a),
  },
  {
    rule: 'amniotic-fluid CMV PCR never resulted kept => CMV IgG positive',
    review:
      'REVIEW.md claims, "Amniotic-fluid CMV PCR" (primary infection), second review "CMV IgG positive, IgM negative" and "intermediate avidity": every pattern that offers the PCR has CMV IgG',
    when: (a) => unresulted(group(a, 'specialized')['amniotic-fluid-cmv-pcr']),
    then: (a) => cmvIgg(a) === 'positive',
  },
  {
    rule: 'chromosomal diagnosis kept => microarray or karyotype abnormal',
    review:
      "the source's genetic testing: the diagnosis names what an abnormal result found (third review, Prognosis: 'a confirmed chromosomal abnormality')",
    when: (a) =>
      a.chromosomalDiagnosis !== undefined && a.chromosomalDiagnosis !== null,
    then: (a) => chromosomalAbnormal(a),
  },
];

const afterBirthSteps = [
  'postnatal-imaging',
  'neurodevelopmental-follow-up',
  'newborn-blood-spot-cmv-pcr',
] as const;
const anemiaCauses = [
  'parvovirus-b19',
  'alpha-thalassemia',
  'g6pd-deficiency',
  'pyruvate-kinase-deficiency',
];
const recordedResults: [test: string, read: (a: RawAnswers) => unknown][] = [
  ['cmv-igg-avidity', read.avidity],
  ['chromosomal-microarray', (a) => read.genetics(a, 'chromosomal-microarray')],
  ['karyotype', (a) => read.genetics(a, 'karyotype')],
  ['cf-carrier-screening', (a) => read.genetics(a, 'cf-carrier-screening')],
  ['amniotic-fluid-cmv-pcr', pcr],
  ['mca-psv-doppler', mca],
  ['fetal-mri', (a) => read.specialized(a, 'fetal-mri')],
];
const igmOf: [test: string, cause: string][] = [
  ['toxoplasma-igm', 'toxoplasmosis'],
  ['rubella-igm', 'rubella'],
  ['cmv-igm', 'cmv'],
  ['hsv-igm', 'herpes-simplex'],
  ['parvovirus-igm', 'parvovirus-b19'],
];
const pastOf: [igg: string, igm: string, cause: string][] = [
  ['toxoplasma-igg', 'toxoplasma-igm', 'toxoplasmosis'],
  ['rubella-igg', 'rubella-igm', 'rubella'],
  ['hsv-igg', 'hsv-igm', 'herpes-simplex'],
  ['parvovirus-igg', 'parvovirus-igm', 'parvovirus-b19'],
];
const storchRows = [
  'syphilis',
  'toxoplasma-igg',
  'toxoplasma-igm',
  'rubella-igg',
  'rubella-igm',
  'cmv-igg',
  'cmv-igm',
  'hsv-igg',
  'hsv-igm',
];
/** A positive test that leaves an infection supported or open. */
const positiveInfectionTest = (a: RawAnswers) =>
  igmOf.some(([test]) =>
    oneOf(read.serology(a, test), ['positive', 'equivocal']),
  ) ||
  oneOf(read.serology(a, 'syphilis'), ['positive', 'equivocal']) ||
  pcr(a) === 'positive' ||
  (cmvIgg(a) === 'positive' && pcr(a) !== 'negative');
/** Every agent tested, and excluded or past (no recent infection shown). */
const infectionsExcluded = (a: RawAnswers) =>
  read.serology(a, 'syphilis') === 'negative' &&
  pastOf.every(
    ([igg, igm]) =>
      read.serology(a, igm) === 'negative' &&
      oneOf(read.serology(a, igg), ['positive', 'negative']),
  ) &&
  ((cmvIgg(a) === 'negative' && cmvIgm(a) === 'negative') ||
    (pcr(a) === 'negative' &&
      (pcrSampleTiming(a) === 'optimal' ||
        (pcrSampleTiming(a) === 'unknown-infection' && !primaryCmv(a)))));

/** What the summary must say: read from the kept answers and the summary. */
export const summaryPairs: readonly ClinicalPair[] = [
  // CMV
  {
    rule: 'CMV IgG and IgM negative, no positive PCR => CMV excluded',
    review:
      'REVIEW.md claims, "Negative CMV IgM and IgG rule out congenital CMV"; second review, "Amniotic-fluid CMV PCR positive"',
    when: (a) =>
      cmvIgg(a) === 'negative' &&
      cmvIgm(a) === 'negative' &&
      pcr(a) !== 'positive',
    then: (_, s) => causeStatus(s, 'cmv') === 'excluded',
  },
  {
    rule: 'amniotic-fluid CMV PCR positive => CMV confirmed',
    review:
      'REVIEW.md second review, "Amniotic-fluid CMV PCR positive": fetal infection, whatever the maternal serology (issue 19: shown as confirmed)',
    when: (a) => pcr(a) === 'positive',
    then: (_, s) => causeStatus(s, 'cmv') === 'confirmed',
  },
  {
    rule: 'CMV IgG positive, IgM negative => CMV not excluded',
    review:
      'REVIEW.md claims, "Negative CMV IgM and IgG rule out congenital CMV" (add: IgG+/IgM- does NOT exclude); second review, "CMV IgG positive, IgM negative"',
    when: (a) => cmvIgg(a) === 'positive' && cmvIgm(a) === 'negative',
    then: (_, s) => causeStatus(s, 'cmv') !== 'excluded',
  },
  {
    rule: 'CMV IgM positive, IgG negative => CMV not excluded, and the STORCH serology is to repeat (never done)',
    review:
      'REVIEW.md second review, "CMV IgM positive, IgG negative": repeat CMV IgG and IgM in 2-3 weeks',
    when: (a) => cmvIgm(a) === 'positive' && cmvIgg(a) === 'negative',
    then: (_, s) =>
      causeStatus(s, 'cmv') !== 'excluded' &&
      oneOf(testStatus(s, 'storch-serology'), ['repeat', 'recommended']),
  },
  {
    rule: 'CMV IgM positive, IgG negative => avidity not asked for (not indicated, or done when resulted anyway)',
    review:
      'REVIEW.md second review, "CMV IgM positive, IgG negative": IgG avidity cannot be read without IgG',
    when: (a) => cmvIgm(a) === 'positive' && cmvIgg(a) === 'negative',
    then: (_, s) =>
      oneOf(testStatus(s, 'cmv-igg-avidity'), ['not-indicated', 'done']),
  },
  {
    rule: 'CMV IgM and IgG positive, no seroconversion, no avidity result => avidity recommended (or awaited)',
    review: 'REVIEW.md claims, "CMV IgG avidity if IgM positive"',
    when: (a) =>
      cmvIgm(a) === 'positive' &&
      cmvIgg(a) === 'positive' &&
      !seroconversion(a) &&
      !resulted(read.avidity(a)),
    then: (_, s) =>
      oneOf(testStatus(s, 'cmv-igg-avidity'), ['recommended', 'pending']),
  },
  {
    rule: 'CMV IgM or IgG not positive, no avidity result ever => avidity not indicated',
    review: 'REVIEW.md claims, "CMV IgG avidity if IgM positive"',
    when: (a) =>
      (cmvIgm(a) !== 'positive' || cmvIgg(a) !== 'positive') &&
      !everResulted(a.cmvAvidity),
    then: (_, s) => testStatus(s, 'cmv-igg-avidity') === 'not-indicated',
  },
  {
    rule: 'primary CMV infection (seroconversion, or IgM and IgG positive with low avidity) => CMV supported (not supported after a reliable negative PCR), and the PCR is offered (unless no PCR is recorded and its window opens at 37 weeks or later)',
    review:
      'REVIEW.md claims, "CMV IgG avidity if IgM positive" and "Amniotic-fluid CMV PCR if primary infection suspected"; second review, "CMV seroconversion"; third review, "CMV: no antenatal window left"',
    when: (a) => primaryCmv(a),
    then: (a, s) => {
      const opens = pcrWindowOpens(a);
      const noWindowLeft =
        notRecorded(pcr(a)) && opens !== undefined && days(opens) >= days(37);
      return (
        oneOf(causeStatus(s, 'cmv'), [
          'supported',
          'confirmed',
          'not-supported',
        ]) &&
        (noWindowLeft ||
          testStatus(s, 'amniotic-fluid-cmv-pcr') !== 'not-indicated')
      );
    },
  },
  {
    rule: 'CMV IgM and IgG positive, intermediate avidity, no PCR result => CMV possible (indeterminate)',
    review:
      'REVIEW.md second review, "intermediate avidity": primary infection neither shown nor excluded',
    when: (a) =>
      cmvIgm(a) === 'positive' &&
      cmvIgg(a) === 'positive' &&
      !seroconversion(a) &&
      read.avidity(a) === 'intermediate' &&
      !oneOf(pcr(a), ['positive', 'negative']),
    then: (_, s) => causeStatus(s, 'cmv') === 'possible',
  },
  {
    rule: 'CMV PCR negative, taken before 21 weeks or within 6 weeks of the maternal infection (CMV IgG positive) => PCR to repeat, CMV still open',
    review:
      'REVIEW.md second review, "Amniotic-fluid CMV PCR negative, taken before 21 weeks or within 6 weeks"; third review, "When a result was taken"',
    when: (a) =>
      pcr(a) === 'negative' &&
      cmvIgg(a) === 'positive' &&
      pcrSampleTiming(a) === 'early',
    then: (_, s) =>
      testStatus(s, 'amniotic-fluid-cmv-pcr') === 'repeat' &&
      !oneOf(causeStatus(s, 'cmv'), ['not-supported', 'excluded']),
  },
  {
    rule: 'CMV PCR negative, taken from 21 weeks and more than 6 weeks after a known primary infection => done (reliable), CMV not supported',
    review:
      'REVIEW.md claims, "Amniotic-fluid CMV PCR ...": BOTH conditions are required',
    when: (a) =>
      pcr(a) === 'negative' &&
      primaryCmv(a) &&
      pcrSampleTiming(a) === 'optimal',
    then: (_, s) =>
      testStatus(s, 'amniotic-fluid-cmv-pcr') === 'done' &&
      causeStatus(s, 'cmv') === 'not-supported',
  },
  {
    rule: 'primary CMV infection, no PCR yet, the PCR window opens before 37 weeks => PCR recommended or not yet optimal',
    review:
      'REVIEW.md claims, "Amniotic-fluid CMV PCR if primary infection suspected"; third review, "Timing given as a date"',
    when: (a) => {
      const opens = pcrWindowOpens(a);
      const ga = read.consultWeeks(a);
      return (
        primaryCmv(a) &&
        notRecorded(pcr(a)) &&
        (opens !== undefined
          ? days(opens) < days(37)
          : ga !== undefined && days(ga) < days(37))
      );
    },
    then: (_, s) =>
      oneOf(testStatus(s, 'amniotic-fluid-cmv-pcr'), [
        'recommended',
        'not-yet-optimal',
      ]),
  },
  {
    rule: 'primary CMV infection, no PCR yet, the PCR window opens at 37 weeks or later => no amniocentesis planned (newborn testing instead)',
    review: 'REVIEW.md third review, "CMV: no antenatal window left"',
    when: (a) => {
      const opens = pcrWindowOpens(a);
      return (
        primaryCmv(a) &&
        notRecorded(pcr(a)) &&
        opens !== undefined &&
        days(opens) >= days(37)
      );
    },
    then: (_, s) =>
      !oneOf(testStatus(s, 'amniotic-fluid-cmv-pcr'), [
        'recommended',
        'not-yet-optimal',
      ]),
  },
  {
    rule: 'CMV IgM or IgG positive, or CMV PCR positive => newborn CMV testing in the follow-up',
    review: 'REVIEW.md third review, "Newborn CMV testing"',
    when: (a) =>
      cmvIgm(a) === 'positive' ||
      cmvIgg(a) === 'positive' ||
      pcr(a) === 'positive',
    then: (_, s) => followUpIds(s).includes('newborn-blood-spot-cmv-pcr'),
  },
  {
    rule: 'CMV IgM or IgG positive, or CMV PCR positive => newborn CMV testing is never "not indicated" beside the follow-up that plans it',
    review: 'REVIEW.md third review, "Newborn CMV testing"',
    when: (a) =>
      cmvIgm(a) === 'positive' ||
      cmvIgg(a) === 'positive' ||
      pcr(a) === 'positive',
    then: (_, s) =>
      testStatus(s, 'newborn-blood-spot-cmv-pcr') !== 'not-indicated',
  },
  {
    rule: 'the newborn blood-spot CMV PCR is never recommended during the pregnancy',
    review:
      'REVIEW.md claims, "Retrieve Guthrie neonatal blood spot": misplaced, never a prenatal step',
    when: () => true,
    then: (_, s) =>
      testStatus(s, 'newborn-blood-spot-cmv-pcr') !== 'recommended',
  },
  {
    rule: 'after-birth steps (postnatal imaging, neurodevelopmental follow-up, newborn CMV testing) are never "recommended now" during the pregnancy',
    review: 'REVIEW.md third review, "After-birth steps"',
    when: () => true,
    then: (_, s) =>
      afterBirthSteps.every((id) => testStatus(s, id) !== 'recommended'),
  },
  // Other infections
  {
    rule: 'an IgM (or syphilis serology) positive or equivocal => that infection not excluded',
    review:
      'REVIEW.md second review, "Equivocal (borderline) serology" and "Toxoplasma IgM positive"; claims, "STORCH IgG/IgM"',
    when: (a) =>
      [...igmOf, ['syphilis', 'syphilis'] as [string, string]].some(([test]) =>
        oneOf(read.serology(a, test), ['positive', 'equivocal']),
      ),
    then: (a, s) =>
      [...igmOf, ['syphilis', 'syphilis'] as [string, string]].every(
        ([test, cause]) =>
          !oneOf(read.serology(a, test), ['positive', 'equivocal']) ||
          causeStatus(s, cause) !== 'excluded',
      ),
  },
  {
    rule: 'toxoplasma, rubella, HSV or parvovirus IgG positive with IgM negative => that infection not supported (past infection or immunity)',
    review:
      'REVIEW.md second review, "Toxoplasma, rubella or parvovirus IgG positive with IgM negative" and "HSV IgG positive with IgM negative"',
    when: (a) =>
      pastOf.some(
        ([igg, igm]) =>
          read.serology(a, igg) === 'positive' &&
          read.serology(a, igm) === 'negative',
      ),
    then: (a, s) =>
      pastOf.every(
        ([igg, igm, cause]) =>
          !(
            read.serology(a, igg) === 'positive' &&
            read.serology(a, igm) === 'negative'
          ) || causeStatus(s, cause) === 'not-supported',
      ),
  },
  {
    rule: 'toxoplasma IgM positive => toxoplasmosis possible until confirmed (IgM alone does not make it recent)',
    review: 'REVIEW.md second review, "Toxoplasma IgM positive"',
    when: (a) => read.serology(a, 'toxoplasma-igm') === 'positive',
    then: (_, s) => causeStatus(s, 'toxoplasmosis') === 'possible',
  },
  {
    rule: 'toxoplasma IgM positive, IgG negative => STORCH serology to repeat (never done)',
    review:
      'REVIEW.md second review, "Toxoplasma IgM positive": IgM positive with IgG negative, repeat in 2-3 weeks',
    when: (a) =>
      read.serology(a, 'toxoplasma-igm') === 'positive' &&
      read.serology(a, 'toxoplasma-igg') === 'negative',
    then: (_, s) =>
      oneOf(testStatus(s, 'storch-serology'), ['repeat', 'recommended']),
  },
  {
    rule: 'a STORCH result equivocal (but a CMV one beside a CMV seroconversion, which shows the primary infection) => STORCH serology not done (to repeat, or to complete)',
    review:
      'REVIEW.md second review, "Equivocal (borderline) serology" and "CMV seroconversion"',
    when: (a) =>
      storchRows.some(
        (test) =>
          read.serology(a, test) === 'equivocal' &&
          !(test.startsWith('cmv-') && seroconversion(a)),
      ),
    then: (_, s) =>
      oneOf(testStatus(s, 'storch-serology'), ['repeat', 'recommended']),
  },
  {
    rule: 'a parvovirus result equivocal => parvovirus serology not done (to repeat, or to complete)',
    review: 'REVIEW.md second review, "Equivocal (borderline) serology"',
    when: (a) =>
      ['parvovirus-igg', 'parvovirus-igm'].some(
        (test) => read.serology(a, test) === 'equivocal',
      ),
    then: (_, s) =>
      oneOf(testStatus(s, 'parvovirus-serology'), ['repeat', 'recommended']),
  },
  {
    rule: 'parvovirus IgM positive (IgG not equivocal) => parvovirus B19 supported (recent infection)',
    review: 'REVIEW.md second review, "Parvovirus B19 IgM positive"',
    when: (a) =>
      parvovirusIgmPositive(a) &&
      read.serology(a, 'parvovirus-igg') !== 'equivocal',
    then: (_, s) => causeStatus(s, 'parvovirus-b19') === 'supported',
  },
  // Fetal anemia and hydrops
  {
    rule: 'parvovirus IgM positive (IgG not equivocal) or hydrops, no MCA-PSV yet => MCA-PSV recommended',
    review:
      'REVIEW.md claims, "MCA-PSV Doppler if parvovirus is confirmed" (also part of any hydrops workup); second review, "Parvovirus B19 IgM positive"',
    when: (a) =>
      ((parvovirusIgmPositive(a) &&
        read.serology(a, 'parvovirus-igg') !== 'equivocal') ||
        hydrops(a)) &&
      notRecorded(mca(a)),
    then: (_, s) => testStatus(s, 'mca-psv-doppler') === 'recommended',
  },
  {
    rule: 'parvovirus IgM positive, IgG equivocal, no MCA-PSV yet => recent infection all the same: MCA-PSV recommended (the IgG is repeated besides)',
    review:
      'REVIEW.md second review, "Parvovirus B19 IgM positive" (monitor with MCA-PSV) beside "Equivocal (borderline) serology" (repeat the test): the equivocal IgG does not undo the IgM',
    when: (a) =>
      parvovirusIgmPositive(a) &&
      read.serology(a, 'parvovirus-igg') === 'equivocal' &&
      notRecorded(mca(a)),
    then: (_, s) =>
      causeStatus(s, 'parvovirus-b19') === 'supported' &&
      testStatus(s, 'mca-psv-doppler') === 'recommended',
  },
  {
    // The monitoring lasts 8-12 weeks after the infection, and no antenatal
    // window opens at 37 weeks or later: the pair holds while the next
    // check (1 week after the last) falls within 8 weeks of the infection
    // (or of the first positive IgM, when its time is not known) and
    // before 37 weeks.
    rule: 'parvovirus IgM positive, MCA-PSV normal, the next check within the monitoring and before 37 weeks => the next MCA-PSV is due (serial monitoring: not "done")',
    review:
      'REVIEW.md third review, "Parvovirus B19: recent infection" (every 1-2 weeks for 8-12 weeks after the infection) and "Timing given as a date" (a window that opens at 37 weeks or later is not an antenatal plan)',
    when: (a) => {
      if (!parvovirusIgmPositive(a) || mca(a) !== 'normal') return false;
      const ga = read.consultWeeks(a);
      const from =
        read.infectionAt(a) ??
        entriesOf(group(a, 'serology')['parvovirus-igm'], ga).find(
          (e) => e.result === 'positive',
        )?.atWeeks;
      const last = entriesOf(group(a, 'specialized')['mca-psv-doppler'], ga)
        .filter((e) => e.result !== 'not-done')
        .at(-1)?.atWeeks;
      if (from === undefined || last === undefined) return false;
      const next = days(last) + days(1);
      return next <= days(from) + days(8) && next < days(37);
    },
    then: (_, s) => testStatus(s, 'mca-psv-doppler') !== 'done',
  },
  {
    rule: 'parvovirus IgM positive, MCA-PSV normal and due again => the next check is dated (every 1-2 weeks, from a week after the last)',
    review: 'REVIEW.md third review, "Parvovirus B19: recent infection"',
    when: (_, s) =>
      s.tests.find((t) => t.id === 'mca-psv-doppler')?.status === 'repeat',
    then: (a, s) => {
      const timing = s.tests.find((t) => t.id === 'mca-psv-doppler')?.timing;
      const last = entriesOf(
        group(a, 'specialized')['mca-psv-doppler'],
        read.consultWeeks(a),
      ).at(-1)?.atWeeks;
      return (
        timing?.every === '1-2 weeks' &&
        timing.afterBirth === false &&
        typeof timing.fromWeeks === 'number' &&
        last !== undefined &&
        days(timing.fromWeeks) === days(last) + days(1)
      );
    },
  },
  {
    rule: 'parvovirus IgM not positive, no hydrops, no MCA-PSV result ever => MCA-PSV not indicated',
    review: 'REVIEW.md claims, "MCA-PSV Doppler if parvovirus is confirmed"',
    when: (a) =>
      !parvovirusIgmPositive(a) &&
      !hydrops(a) &&
      !everResulted(group(a, 'specialized')['mca-psv-doppler']),
    then: (_, s) => testStatus(s, 'mca-psv-doppler') === 'not-indicated',
  },
  {
    rule: 'MCA-PSV abnormal => urgent referral for fetal anemia (in the follow-up, and leading what to do next, marked urgent), never isolated, the fetal anemia causes first in the differential',
    review: 'REVIEW.md second review, "MCA-PSV abnormal (above 1.5 MoM)"',
    when: (a) => mca(a) === 'abnormal',
    then: (_, s) => {
      const order = s.differential.map((c) => c.id as string);
      const lastAnemia = Math.max(
        ...anemiaCauses.map((id) => order.indexOf(id)),
      );
      const firstOther = order.findIndex((id) => !anemiaCauses.includes(id));
      return (
        followUpIds(s).includes('urgent-anemia-referral') &&
        urgentFirst(s, 'urgent-anemia-referral') &&
        s.classification !== 'isolated' &&
        lastAnemia < firstOther
      );
    },
  },
  {
    rule: 'hydrops => urgent referral (in the follow-up, and leading what to do next, marked urgent)',
    review: 'REVIEW.md safety notes: hydrops needs urgent referral',
    when: hydrops,
    then: (_, s) =>
      followUpIds(s).includes('urgent-hydrops-referral') &&
      urgentFirst(s, 'urgent-hydrops-referral'),
  },
  // Echogenic bowel
  {
    rule: 'echogenic bowel, CF carrier screening not recorded => CF screening recommended',
    review:
      'REVIEW.md claims, "Parental CF carrier screening if echogenic bowel"',
    when: (a) =>
      read.findings(a).includes('echogenic-bowel') &&
      notRecorded(read.genetics(a, 'cf-carrier-screening')),
    then: (_, s) => testStatus(s, 'cf-carrier-screening') === 'recommended',
  },
  {
    rule: 'no echogenic bowel, no CF screening result ever => CF screening not indicated',
    review:
      'REVIEW.md claims, "Parental CF carrier screening if echogenic bowel"',
    when: (a) =>
      !read.findings(a).includes('echogenic-bowel') &&
      !everResulted(group(a, 'genetics')['cf-carrier-screening']),
    then: (_, s) => testStatus(s, 'cf-carrier-screening') === 'not-indicated',
  },
  // Results
  {
    rule: 'a result recorded (not pending, not "not done") => its test is done or to repeat, whether or not it was asked for',
    review:
      'REVIEW.md second review, "Any recorded test result": asking and interpreting are separate',
    when: (a) =>
      recordedResults.some(([, value]) => resulted(latest(value(a)))),
    then: (a, s) =>
      recordedResults.every(
        ([test, value]) =>
          !resulted(latest(value(a))) ||
          oneOf(testStatus(s, test), ['done', 'repeat']),
      ),
  },
  {
    rule: 'a result sent but not back (pending) => its test awaited, never done (except an avidity not to be read: CMV IgM or IgG not positive, or a seroconversion already shown)',
    review:
      'REVIEW.md second review, "A result sent but not back (pending)"; "CMV IgM positive, IgG negative": IgG avidity cannot be read without IgG, so nothing is awaited; claims, "CMV IgG avidity if IgM positive": a seroconversion shows the primary infection without it',
    when: (a) =>
      recordedResults.some(([, value]) => latest(value(a)) === 'pending') ||
      a.findings === 'pending',
    then: (a, s) =>
      recordedResults.every(
        ([test, value]) =>
          latest(value(a)) !== 'pending' ||
          testStatus(s, test) === 'pending' ||
          (test === 'cmv-igg-avidity' &&
            !(
              cmvIgm(a) === 'positive' &&
              cmvIgg(a) === 'positive' &&
              !seroconversion(a)
            )),
      ) &&
      (a.findings !== 'pending' ||
        testStatus(s, 'detailed-ultrasound') === 'pending'),
  },
  // Classification and prognosis
  {
    rule: 'isolated => the detailed scan reported no finding (nor any follow-up scan), head size normal, MRI and MCA-PSV not abnormal',
    review:
      'REVIEW.md claims, "Isolated calcifications" (no associated abnormalities); second review, "MCA-PSV abnormal": not isolated',
    when: (_, s) => s.classification === 'isolated',
    then: (a) =>
      read.scanReported(a) &&
      read.findings(a).length === 0 &&
      a.headSize === 'normal' &&
      read.specialized(a, 'fetal-mri') !== 'abnormal' &&
      mca(a) !== 'abnormal',
  },
  {
    rule: 'isolated => chromosomal testing normal (microarray or karyotype normal, neither abnormal nor pending)',
    review:
      'REVIEW.md claims, "Isolated calcifications": good prognosis only after aneuploidy is excluded; the source, "normal karyotype"',
    when: (_, s) => s.classification === 'isolated',
    then: (a) => {
      const cma = read.genetics(a, 'chromosomal-microarray');
      const karyotype = read.genetics(a, 'karyotype');
      return (
        (cma === 'normal' || karyotype === 'normal') &&
        !oneOf(cma, ['abnormal', 'pending']) &&
        !oneOf(karyotype, ['abnormal', 'pending'])
      );
    },
  },
  {
    rule: 'isolated => every infection tested and excluded or past (syphilis negative; IgM negative and IgG resulted; CMV IgG and IgM negative, or a reliable negative PCR)',
    review:
      'REVIEW.md claims, "Isolated calcifications" (infection excluded); second review, "Classification and prognosis"',
    when: (_, s) => s.classification === 'isolated',
    then: (a) => infectionsExcluded(a),
  },
  {
    rule: 'a finding, an abnormal head size, an abnormal MRI or an abnormal MCA-PSV => associated',
    review:
      'the source, "Associated Abnormalities"; REVIEW.md second review, "MCA-PSV abnormal": the finding is not isolated',
    when: associatedAbnormality,
    then: (_, s) => s.classification === 'associated',
  },
  {
    rule: 'associated => a finding, an abnormal head size, an abnormal MRI or an abnormal MCA-PSV',
    review: 'the source, "Associated Abnormalities"',
    when: (_, s) => s.classification === 'associated',
    then: (a) => associatedAbnormality(a),
  },
  {
    rule: 'microarray or karyotype abnormal => cause found or associated (never isolated or undetermined)',
    review: 'REVIEW.md second review, "Classification and prognosis"',
    when: chromosomalAbnormal,
    then: (_, s) => oneOf(s.classification, ['associated', 'cause-found']),
  },
  {
    rule: 'CMV PCR positive, no associated abnormality => cause found',
    review:
      'REVIEW.md second review, "Classification and prognosis": a confirmed infection with no other finding is "not isolated: cause found"',
    when: (a) => pcr(a) === 'positive' && !associatedAbnormality(a),
    then: (_, s) => s.classification === 'cause-found',
  },
  {
    rule: 'a positive or equivocal infection test (IgM, syphilis, PCR, or CMV IgG without a negative PCR) => no "negative infection workup" in the reasoning',
    review:
      'REVIEW.md second review, "Classification and prognosis": no "negative infection workup" while an infection is supported or not excluded by a positive test',
    when: positiveInfectionTest,
    then: (_, s) =>
      ![
        ...s.classificationReasons,
        s.prognosis.text,
        ...s.tests.map((t) => t.reason),
        ...s.differential.flatMap((c) => c.reasons),
      ]
        .join(' ')
        .toLowerCase()
        .includes('negative infection workup'),
  },
  {
    rule: 'microarray and karyotype normal => no "risk of chromosomal abnormalities" prognosis',
    review: 'REVIEW.md second review, "Classification and prognosis"',
    when: (a) =>
      read.genetics(a, 'chromosomal-microarray') === 'normal' &&
      read.genetics(a, 'karyotype') === 'normal',
    then: (_, s) => !/risk of chromosomal/i.test(s.prognosis.text),
  },
  {
    rule: 'a chromosomal abnormality confirmed and named => no "risk of chromosomal abnormalities" prognosis',
    review: 'REVIEW.md third review, "Prognosis"',
    when: (a) =>
      chromosomalAbnormal(a) &&
      typeof a.chromosomalDiagnosis === 'string' &&
      a.chromosomalDiagnosis !== 'unknown',
    then: (_, s) => !/risk of chromosomal/i.test(s.prognosis.text),
  },
  {
    rule: 'karyotype normal => the prognosis does not quote the 18% abnormal-karyotype figure',
    review: 'REVIEW.md third review, "Prognosis"',
    when: (a) => read.genetics(a, 'karyotype') === 'normal',
    then: (_, s) => !/18\s?%/.test(s.prognosis.text),
  },
];

/** Every pair, kept answers first. */
export const clinicalPairs: readonly ClinicalPair[] = [
  ...keptPairs,
  ...summaryPairs,
];

// ---------------------------------------------------------------------------
// The checks the property and model tests run.

const cited = z
  .array(z.string().refine((id) => referenceList.has(id), 'unknown reference'))
  .min(1);

/**
 * When a test or step is planned (consult-api.md, "Timing"): no antenatal
 * window opens at 37 weeks or later, and an after-birth step has no
 * gestational age (REVIEW.md third review, "Timing given as a date").
 */
const timingSchema = z
  .object({
    fromWeeks: z.number().min(10).nullable(),
    untilWeeks: z.number().nullable(),
    every: z.string().min(1).nullable(),
    afterBirth: z.boolean(),
  })
  .strict()
  .refine(
    (t) => t.afterBirth || t.fromWeeks === null || days(t.fromWeeks) < days(37),
    'an antenatal window opening at 37 weeks or later',
  )
  .refine(
    (t) => !t.afterBirth || t.fromWeeks === null,
    'an after-birth step dated in weeks of pregnancy',
  );

const sinceSchema = z
  .object({
    atWeeks: z.number(),
    classification: z
      .object({
        from: z.enum(classificationIds),
        to: z.enum(classificationIds),
      })
      .optional(),
    causes: z.array(
      z.object({
        id: z.enum(causeIds),
        from: z.enum(causeStatusIds),
        to: z.enum(causeStatusIds),
      }),
    ),
    tests: z.array(
      z.object({
        id: z.enum(testIds),
        from: z.enum(testStatusIds),
        to: z.enum(testStatusIds),
      }),
    ),
  })
  .strict();

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
      timing: timingSchema.optional(),
      basis: z.array(z.string()),
      about: z.object({ text: z.string().min(1), citations: cited }),
      next: z
        .object({
          text: z.string().min(1),
          citations: cited,
          steps: z.array(z.string()),
        })
        .optional(),
    }),
  ),
  nextSteps: z.array(
    z.object({
      id: z.string(),
      urgent: z.boolean(),
      status: z.enum(testStatusIds).optional(),
      label: z.string().min(1),
      text: z.string().min(1),
      when: z.string().min(1).optional(),
      timing: timingSchema,
      citations: cited,
      after: z.array(z.enum(testIds)),
      settles: z.array(z.enum(causeIds)),
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
      for: z.array(z.string().min(1)),
      against: z.array(z.string().min(1)),
      settle: z
        .object({
          by: z.string().optional(),
          status: z.enum(testStatusIds).optional(),
          when: z.string().min(1).optional(),
          text: z.string().min(1),
          citations: cited,
        })
        .optional(),
    }),
  ),
  prognosis: z.object({
    text: z.string().min(1),
    citations: cited,
    drivers: z.array(z.enum(prognosisDriverIds)).min(1),
    basis: z.array(z.string()),
  }),
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
      z.object({
        id: z.string(),
        text: z.string().min(1),
        citations: cited,
        timing: timingSchema,
      }),
    )
    .min(1),
  notes: z
    .array(
      z.object({ id: z.string(), text: z.string().min(1), citations: cited }),
    )
    .length(3),
  references: z.array(z.string()),
  sinceLastVisit: sinceSchema.optional(),
});

/** The pairs among `pairs` the answers (and summary) break, in words. */
export function pairViolations(
  pairs: readonly ClinicalPair[],
  answers: RawAnswers,
  summary?: Summary,
): string[] {
  return pairs
    .filter((pair) => !pair.awaits)
    .filter(
      (pair) =>
        pair.when(answers, summary as Summary) &&
        !pair.then(answers, summary as Summary),
    )
    .map((pair) => `${pair.rule} (${pair.review})`);
}

/** The answers the consult keeps that it may not (kept pairs only). */
export function keptViolations(answers: Answers | RawAnswers): string[] {
  return pairViolations(keptPairs, answers as RawAnswers);
}

/**
 * The invariants every summary must hold, whatever the path: the summary's
 * format, each test and cause once, every reference listed once cited, and
 * every clinical pair (those the app does not do yet left out: `awaits`).
 * Returns the list of violations (empty when all hold).
 */
export function invariantViolations(
  answers: Answers,
  summary: Summary,
): string[] {
  const v: string[] = [];
  const parsed = summarySchema.safeParse(summary);
  if (!parsed.success) v.push(`schema: ${parsed.error.message}`);
  const ids = summary.tests.map((t) => t.id);
  if (new Set(ids).size !== ids.length || ids.length !== testIds.length)
    v.push('each test exactly once');
  const causes = summary.differential.map((c) => c.id);
  if (
    new Set(causes).size !== causeIds.length ||
    causes.length !== causeIds.length
  )
    v.push('each cause exactly once');
  v.push(...pairViolations(clinicalPairs, answers as RawAnswers, summary));
  const referencesCited = new Set([
    ...summary.tests.flatMap((t) => [...t.citations, ...t.about.citations]),
    ...summary.differential.flatMap((c) => [
      ...c.citations,
      ...c.about.citations,
    ]),
    ...summary.tests.flatMap((t) => t.next?.citations ?? []),
    ...summary.differential.flatMap((c) => c.settle?.citations ?? []),
    ...summary.nextSteps.flatMap((step) => step.citations),
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
