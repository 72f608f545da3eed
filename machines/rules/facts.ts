import type {
  Answers,
  AvidityResult,
  CauseId,
  CauseStatus,
  ChromosomalDiagnosisId,
  FindingId,
  GeneticResult,
  GeneticTestId,
  HeadSizeId,
  SerologyResult,
  SerologyTestId,
  SpecializedResult,
  SpecializedTestId,
} from '../workup.types.ts';
import { latestResult, latestResults, takenAtWeeks } from './results.ts';
import { dueChecks, type DueChecks } from './timing.ts';
import { parvovirusTestIds, storchTestIds } from '../../content/ids.ts';

/**
 * The interpretation layer: the recorded answers read once into named
 * clinical facts. Classification, tests, differential, prognosis and
 * follow-up read these facts, never the raw answers, and the statechart's
 * guards ask the same facts, so the chart and the summary cannot disagree.
 *
 * Asking and interpreting are separate: a recorded result is interpreted
 * whatever path led to it (REVIEW.md, "Patterns the source does not cover").
 */

/** The infections the workup tests for, with their serology. */
export const testedAgents = [
  'cmv',
  'toxoplasmosis',
  'parvovirus-b19',
  'syphilis',
  'herpes-simplex',
  'rubella',
] as const satisfies readonly CauseId[];

export type TestedAgent = (typeof testedAgents)[number];

/** What one agent's results mean (each pattern has a reason template). */
export type SerologyPattern =
  /** IgG and IgM negative. */
  | 'negative'
  /** IgG positive, IgM negative: past infection or immunity. */
  | 'past'
  /** IgM positive with IgG positive: not established by IgM alone. */
  | 'igm-confirm'
  /** IgM positive, IgG negative: very early infection or false-positive IgM. */
  | 'igm-repeat'
  /** Parvovirus B19 IgM positive: recent infection. */
  | 'recent'
  /** Syphilis serology positive. */
  | 'positive'
  /** A borderline result: repeat. */
  | 'equivocal'
  /** Not (yet) resulted. */
  | 'open';

/** What the CMV results mean (REVIEW.md; SMFM Consult Series 39). */
export type CmvPattern =
  /** IgG and IgM negative. */
  | 'negative'
  /** Seroconversion, or IgM positive with IgG positive and low avidity. */
  | 'primary'
  /** IgM positive, IgG negative: very early primary or false-positive IgM. */
  | 'igm-repeat'
  /** IgM positive, IgG positive, intermediate avidity. */
  | 'indeterminate'
  /** IgG positive with IgM negative, or high avidity: past or non-primary. */
  | 'non-primary'
  /** IgM and IgG positive, avidity not (yet) resulted. */
  | 'avidity-open'
  | 'equivocal'
  | 'open';

export interface AgentFact {
  status: CauseStatus;
  pattern: SerologyPattern;
  /** The tests of this agent not yet resulted. */
  open: SerologyTestId[];
  /** A serology result that must be repeated (equivocal, IgM+/IgG-). */
  repeat: boolean;
}

/** Whether a negative amniotic-fluid CMV PCR can be relied on. */
export type PcrTiming =
  /** 21 weeks or more AND more than 6 weeks after maternal infection. */
  | 'optimal'
  /** Before 21 weeks, or within 6 weeks of the infection. */
  | 'early'
  /** From 21 weeks, time since infection not known. */
  | 'infection-date-unknown';

export interface CmvFact {
  status: CauseStatus;
  /** What the maternal serology shows. */
  pattern: CmvPattern;
  /** Amniotic-fluid CMV PCR positive: fetal infection, whatever the serology. */
  fetalInfection: boolean;
  open: SerologyTestId[];
  repeat: boolean;
  /** The PCR result recorded (undefined when not asked or not answered). */
  pcr: SerologyResult | undefined;
  /**
   * Timing of the amniotic-fluid PCR: of the sample, when one is recorded
   * (at its own gestational age), else of a PCR taken now.
   */
  pcrTiming: PcrTiming;
  /** A negative PCR that is reliable (taken at the right time). */
  pcrNegativeReliable: boolean;
  /**
   * The gestational age the PCR timing is read at: the recorded sample's,
   * else today's; rounded to whole days.
   */
  pcrAtWeeks: number | undefined;
  /**
   * Weeks from the infection to `pcrAtWeeks`, rounded to whole days
   * (null: unknown).
   */
  weeksSinceInfection: number | null;
  /** Gestational week from which both PCR conditions hold (primary only). */
  pcrOptimalFromWeek: number | null;
}

/** The latest result of every test (rules/results.ts), as bare values. */
export interface LatestResults {
  serology: Partial<Record<SerologyTestId, SerologyResult>>;
  cmvAvidity: AvidityResult | undefined;
  genetics: Partial<Record<GeneticTestId, GeneticResult>>;
  specialized: Partial<Record<SpecializedTestId, SpecializedResult>>;
}

export interface Facts {
  /** The answers interpreted (pruned of choices that no longer apply). */
  answers: Answers;
  /** The latest result of each test: what the rules interpret. */
  latest: LatestResults;
  /** Today's gestational age (the current visit's). */
  gestationalAgeWeeks: number | undefined;
  /**
   * The gestational age at the maternal infection (negative: before the
   * last menstrual period), when known: `maternalInfectionAtWeeks`, or
   * `weeksSinceMaternalInfection` counted back from today.
   */
  maternalInfectionAtWeeks: number | null;
  /** `seen`: the detailed scan was reported (possibly with no finding). */
  scan: 'seen' | 'pending' | 'not-done';
  /** The findings of the detailed scan and of every follow-up scan. */
  findings: readonly FindingId[];
  abnormalHeadSize: Exclude<HeadSizeId, 'normal' | 'not-measured'> | null;
  echogenicBowelSeen: boolean;
  hydropsSeen: boolean;
  /** Fetal signs suggestive of CMV beyond the liver (REVIEW.md; ISUOG 2020). */
  cmvSignsBeyondLiver: readonly (
    | 'intracranial-calcifications'
    | 'ventriculomegaly'
    | 'echogenic-bowel'
    | 'microcephaly'
  )[];
  cmvIgmPositive: boolean;
  cmvIggPositive: boolean;
  cmvSeroconversion: boolean;
  primaryCmvSuspected: boolean;
  cmvNotExcluded: boolean;
  /** Avidity can be read: CMV IgM and IgG positive, no seroconversion shown. */
  cmvAvidityIndicated: boolean;
  /** Amniotic-fluid CMV PCR is to be offered (primary, non-primary or indeterminate). */
  cmvPcrIndicated: boolean;
  cmv: CmvFact;
  agents: Record<Exclude<TestedAgent, 'cmv'>, AgentFact>;
  parvovirusRecent: boolean;
  /** MCA-PSV above 1.5 MoM recorded (SMFM CG 8). */
  fetalAnemiaSuspected: boolean;
  mcaDopplerIndicated: boolean;
  chromosomalResultAbnormal: boolean;
  chromosomalDiagnosis: ChromosomalDiagnosisId | null;
  microarray: string | undefined;
  karyotype: string | undefined;
  /** Chromosomal testing normal and complete enough to exclude aneuploidy. */
  chromosomesNormal: boolean;
  mriAbnormal: boolean;
  /** Infections supported (or confirmed) by a result. */
  infectionsSupported: TestedAgent[];
  /** Infections neither excluded nor argued against by a result. */
  infectionsOpen: TestedAgent[];
  /** Findings beyond the liver: scan, head size, MRI, suspected anemia. */
  associatedAbnormality: boolean;
  /** What falls due at today's visit (the follow-up phase's decisions). */
  due: DueChecks;
}

const resulted = (result: SerologyResult | undefined) =>
  result === 'positive' || result === 'negative';

/** IgG/IgM serology of toxoplasma, rubella, HSV and parvovirus B19. */
function agentFact(
  agent: Exclude<TestedAgent, 'cmv' | 'syphilis'>,
  igg: SerologyResult | undefined,
  igm: SerologyResult | undefined,
  iggId: SerologyTestId,
  igmId: SerologyTestId,
): AgentFact {
  const open = [
    ...(resulted(igg) ? [] : [iggId]),
    ...(resulted(igm) ? [] : [igmId]),
  ];
  // Parvovirus B19 IgM positive is a recent infection whatever the IgG
  // (REVIEW.md): an equivocal IgG is repeated besides.
  if (igm === 'positive' && agent === 'parvovirus-b19')
    return {
      status: 'supported',
      pattern: 'recent',
      open,
      repeat: igg === 'equivocal',
    };
  if (igm === 'equivocal' || igg === 'equivocal')
    return { status: 'possible', pattern: 'equivocal', open, repeat: true };
  if (igm === 'positive') {
    // REVIEW.md gives the repeat rule for toxoplasma IgM+/IgG- only.
    if (agent === 'toxoplasmosis' && igg === 'negative')
      return { status: 'possible', pattern: 'igm-repeat', open, repeat: true };
    return { status: 'possible', pattern: 'igm-confirm', open, repeat: false };
  }
  if (igm === 'negative' && igg === 'negative')
    return { status: 'excluded', pattern: 'negative', open, repeat: false };
  if (igm === 'negative' && igg === 'positive')
    return { status: 'not-supported', pattern: 'past', open, repeat: false };
  return { status: 'possible', pattern: 'open', open, repeat: false };
}

function syphilisFact(result: SerologyResult | undefined): AgentFact {
  const open: SerologyTestId[] = resulted(result) ? [] : ['syphilis'];
  if (result === 'positive')
    return { status: 'supported', pattern: 'positive', open, repeat: false };
  if (result === 'negative')
    return { status: 'excluded', pattern: 'negative', open, repeat: false };
  if (result === 'equivocal')
    return { status: 'possible', pattern: 'equivocal', open, repeat: true };
  return { status: 'possible', pattern: 'open', open, repeat: false };
}

/** Whole days, so a shown figure and the rule that uses it never differ. */
const toWholeDays = (weeks: number) => Math.round(weeks * 7) / 7;

function cmvFact(
  answers: Answers,
  latest: LatestResults,
  gestationalAgeWeeks: number | undefined,
): CmvFact {
  const serology = latest.serology;
  const igg = serology['cmv-igg'];
  const igm = serology['cmv-igm'];
  const pcrValue = answers.specialized?.['amniotic-fluid-cmv-pcr'];
  const pcr = latestResult(pcrValue) as SerologyResult | undefined;
  const open = (['cmv-igg', 'cmv-igm'] as const).filter(
    (test) => !resulted(serology[test]),
  );
  const seroconversion =
    serology['cmv-seroconversion'] === 'positive' && igg === 'positive';

  let pattern: CmvPattern;
  if (seroconversion) pattern = 'primary';
  else if (igm === 'equivocal' || igg === 'equivocal') pattern = 'equivocal';
  else if (igm === 'negative' && igg === 'negative') pattern = 'negative';
  else if (igm === 'positive' && igg === 'negative') pattern = 'igm-repeat';
  else if (igm === 'positive' && igg === 'positive') {
    pattern =
      latest.cmvAvidity === 'low'
        ? 'primary'
        : latest.cmvAvidity === 'intermediate'
          ? 'indeterminate'
          : latest.cmvAvidity === 'high'
            ? 'non-primary'
            : 'avidity-open';
  } else if (igm === 'negative' && igg === 'positive') pattern = 'non-primary';
  else pattern = 'open';

  // Every timing rule reads the sample's own gestational age (REVIEW.md,
  // third review): a recorded PCR's, else today's for a PCR taken now.
  const sampleAtWeeks =
    pcr === 'positive' || pcr === 'negative'
      ? takenAtWeeks(pcrValue, gestationalAgeWeeks)
      : gestationalAgeWeeks;
  const gaWeeksRounded =
    sampleAtWeeks === undefined ? undefined : toWholeDays(sampleAtWeeks);
  const sinceInfection = weeksFromInfection(answers, sampleAtWeeks);
  const weeksSinceInfection =
    sinceInfection !== null && pattern === 'primary'
      ? toWholeDays(sinceInfection)
      : null;
  const pcrTiming: PcrTiming =
    gaWeeksRounded === undefined || gaWeeksRounded < 21
      ? 'early'
      : weeksSinceInfection === null
        ? 'infection-date-unknown'
        : weeksSinceInfection > 6
          ? 'optimal'
          : 'early';
  const pcrOptimalFromWeek =
    weeksSinceInfection !== null && gaWeeksRounded !== undefined
      ? Math.max(
          21,
          toWholeDays(gaWeeksRounded - weeksSinceInfection + 6 + 1 / 7),
        )
      : null;
  // A negative PCR counts once taken from 21 weeks (and, when the infection
  // date is known, more than 6 weeks after it).
  // For a primary infection the date must be known to say so.
  const pcrNegativeReliable =
    pcr === 'negative' &&
    (pcrTiming === 'optimal' ||
      (pcrTiming === 'infection-date-unknown' && pattern !== 'primary'));

  const fetalInfection = pcr === 'positive';
  // A fetal test shows the infection: confirmed (issue 19).
  const status: CauseStatus = fetalInfection
    ? 'confirmed'
    : pattern === 'negative'
      ? 'excluded'
      : pcrNegativeReliable
        ? 'not-supported'
        : pattern === 'primary'
          ? 'supported'
          : 'possible';
  return {
    status,
    pattern,
    fetalInfection,
    open,
    repeat: pattern === 'equivocal' || pattern === 'igm-repeat',
    pcr,
    pcrTiming,
    pcrNegativeReliable,
    pcrAtWeeks: gaWeeksRounded,
    weeksSinceInfection,
    pcrOptimalFromWeek,
  };
}

/**
 * Reads the answers once into the named clinical facts.
 *
 * @example
 * interpret({ serology: { 'cmv-igg': 'positive', 'cmv-igm': 'negative' } }).cmvNotExcluded;
 * // -> true (non-primary infection is not excluded by maternal serology)
 */
export function interpret(answers: Answers): Facts {
  let facts = interpreted.get(answers);
  if (!facts) {
    facts = readFacts(answers);
    interpreted.set(answers, facts);
  }
  return facts;
}

/** Answers are never mutated (each change is a new object): read them once. */
const interpreted = new WeakMap<Answers, Facts>();

/**
 * The weeks from the maternal infection to a gestational age, when the
 * infection's time is known (weeks since it are counted back from today).
 */
export function weeksFromInfection(
  answers: Answers,
  atWeeks: number | undefined,
): number | null {
  if (atWeeks === undefined) return null;
  if (typeof answers.maternalInfectionAtWeeks === 'number')
    return atWeeks - answers.maternalInfectionAtWeeks;
  if (
    typeof answers.weeksSinceMaternalInfection === 'number' &&
    answers.gestationalAgeWeeks !== undefined
  )
    return (
      answers.weeksSinceMaternalInfection +
      (atWeeks - answers.gestationalAgeWeeks)
    );
  return null;
}

/** The gestational age at the maternal infection, when known. */
function infectionAt(answers: Answers): number | null {
  if (typeof answers.maternalInfectionAtWeeks === 'number')
    return answers.maternalInfectionAtWeeks;
  if (
    typeof answers.weeksSinceMaternalInfection === 'number' &&
    answers.gestationalAgeWeeks !== undefined
  )
    return answers.gestationalAgeWeeks - answers.weeksSinceMaternalInfection;
  return null;
}

function readFacts(answers: Answers): Facts {
  const latest: LatestResults = {
    serology: latestResults(answers.serology),
    cmvAvidity: latestResult(answers.cmvAvidity),
    genetics: latestResults(answers.genetics),
    specialized: latestResults(answers.specialized),
  };
  const { serology, genetics, specialized } = latest;
  const gestationalAgeWeeks = answers.gestationalAgeWeeks;
  const maternalInfectionAtWeeks = infectionAt(answers);
  // The detailed scan's findings and every follow-up scan's: a finding at
  // a follow-up scan counts as any finding does (REVIEW.md third review,
  // "Serial ultrasound": isolated becomes associated).
  const findings = [
    ...new Set([
      ...(Array.isArray(answers.findings) ? answers.findings : []),
      ...(answers.scans ?? []).flatMap((scan) => scan.findings),
    ]),
  ];
  const has = (finding: FindingId) => findings.includes(finding);
  const abnormalHeadSize =
    answers.headSize === 'microcephaly' || answers.headSize === 'megalencephaly'
      ? answers.headSize
      : null;
  const cmv = cmvFact(answers, latest, gestationalAgeWeeks);
  const agents = {
    toxoplasmosis: agentFact(
      'toxoplasmosis',
      serology['toxoplasma-igg'],
      serology['toxoplasma-igm'],
      'toxoplasma-igg',
      'toxoplasma-igm',
    ),
    rubella: agentFact(
      'rubella',
      serology['rubella-igg'],
      serology['rubella-igm'],
      'rubella-igg',
      'rubella-igm',
    ),
    'herpes-simplex': agentFact(
      'herpes-simplex',
      serology['hsv-igg'],
      serology['hsv-igm'],
      'hsv-igg',
      'hsv-igm',
    ),
    'parvovirus-b19': agentFact(
      'parvovirus-b19',
      serology['parvovirus-igg'],
      serology['parvovirus-igm'],
      'parvovirus-igg',
      'parvovirus-igm',
    ),
    syphilis: syphilisFact(serology.syphilis),
  };
  const statuses: [TestedAgent, CauseStatus][] = [
    ['cmv', cmv.status],
    ...(Object.entries(agents) as [TestedAgent, AgentFact][]).map(
      ([id, fact]) => [id, fact.status] as [TestedAgent, CauseStatus],
    ),
  ];
  const microarray = genetics['chromosomal-microarray'];
  const karyotype = genetics.karyotype;
  const chromosomalResultAbnormal =
    microarray === 'abnormal' || karyotype === 'abnormal';
  const fetalAnemiaSuspected = specialized['mca-psv-doppler'] === 'abnormal';
  const mriAbnormal = specialized['fetal-mri'] === 'abnormal';
  const cmvSignsBeyondLiver = [
    ...(
      [
        'intracranial-calcifications',
        'ventriculomegaly',
        'echogenic-bowel',
      ] as const
    ).filter(has),
    ...(answers.headSize === 'microcephaly' ? (['microcephaly'] as const) : []),
  ];
  const parvovirusRecent = agents['parvovirus-b19'].pattern === 'recent';
  const facts: Omit<Facts, 'due'> = {
    answers,
    latest,
    gestationalAgeWeeks,
    maternalInfectionAtWeeks,
    scan: Array.isArray(answers.findings)
      ? 'seen'
      : answers.findings === 'pending'
        ? 'pending'
        : 'not-done',
    findings,
    abnormalHeadSize,
    echogenicBowelSeen: has('echogenic-bowel'),
    hydropsSeen: has('hydrops'),
    cmvSignsBeyondLiver,
    cmvIgmPositive: serology['cmv-igm'] === 'positive',
    cmvIggPositive: serology['cmv-igg'] === 'positive',
    cmvSeroconversion:
      serology['cmv-seroconversion'] === 'positive' &&
      serology['cmv-igg'] === 'positive',
    primaryCmvSuspected: cmv.pattern === 'primary',
    cmvNotExcluded: cmv.status !== 'excluded',
    cmvAvidityIndicated:
      serology['cmv-igm'] === 'positive' &&
      serology['cmv-igg'] === 'positive' &&
      serology['cmv-seroconversion'] !== 'positive',
    // Offered when maternal serology leaves fetal infection open, and with
    // fetal signs of CMV while the avidity is awaited (issue 19; REVIEW.md:
    // a CMV sign means the PCR is offered whatever the avidity shows).
    cmvPcrIndicated:
      cmv.pattern === 'primary' ||
      cmv.pattern === 'non-primary' ||
      cmv.pattern === 'indeterminate' ||
      (cmv.pattern === 'avidity-open' && cmvSignsBeyondLiver.length > 0),
    cmv,
    agents,
    parvovirusRecent,
    fetalAnemiaSuspected,
    mcaDopplerIndicated: parvovirusRecent || has('hydrops'),
    chromosomalResultAbnormal,
    chromosomalDiagnosis: chromosomalResultAbnormal
      ? (answers.chromosomalDiagnosis ?? null)
      : null,
    microarray,
    karyotype,
    chromosomesNormal:
      !chromosomalResultAbnormal &&
      (microarray === 'normal' || karyotype === 'normal') &&
      microarray !== 'pending' &&
      karyotype !== 'pending',
    mriAbnormal,
    infectionsSupported: statuses
      .filter(([, status]) => status === 'supported' || status === 'confirmed')
      .map(([id]) => id),
    infectionsOpen: statuses
      .filter(([, status]) => status === 'possible')
      .map(([id]) => id),
    associatedAbnormality:
      findings.length > 0 ||
      abnormalHeadSize !== null ||
      mriAbnormal ||
      fetalAnemiaSuspected,
  };
  const equivocal = (tests: readonly SerologyTestId[]) =>
    tests.filter((test) => serology[test] === 'equivocal');
  return {
    ...facts,
    due: dueChecks({
      answers,
      gestationalAgeWeeks,
      maternalInfectionAtWeeks,
      parvovirusRecent,
      fetalAnemiaSuspected,
      cmvPcrIndicated: facts.cmvPcrIndicated,
      cmv,
      weeksSinceInfectionToday: weeksFromInfection(
        answers,
        gestationalAgeWeeks,
      ),
      repeats: {
        cmvIgmRepeat: cmv.pattern === 'igm-repeat',
        toxoIgmRepeat: agents.toxoplasmosis.pattern === 'igm-repeat',
        storchEquivocal: equivocal(storchTestIds),
        parvovirusEquivocal: equivocal(parvovirusTestIds),
      },
    }),
  };
}
