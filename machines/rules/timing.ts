import type {
  Answers,
  SerologyTestId,
  SpecializedTestId,
} from '../workup.types.ts';
import { entriesOf, takenAtWeeks } from './results.ts';

/**
 * What falls due at a visit (REVIEW.md, "Time, follow-up and next steps"):
 * the follow-up phase's decisions. Each reads today's gestational age and
 * the age each result was taken at, never the consult's first age.
 */
export interface DueChecks {
  /** Serial MCA-PSV Doppler after a recent parvovirus B19 infection. */
  mcaCheckDue: boolean;
  /** Amniotic-fluid CMV PCR to do or repeat, its window open today. */
  cmvPcrDue: boolean;
  /** CMV or toxoplasma serology to repeat (2-3 weeks, or equivocal). */
  storchRepeatDue: boolean;
  /** Parvovirus B19 serology to repeat (equivocal). */
  parvovirusRepeatDue: boolean;
}

/** The facts the due checks read (facts.ts computes them first). */
export interface TimingInputs {
  answers: Answers;
  gestationalAgeWeeks: number | undefined;
  maternalInfectionAtWeeks: number | null;
  parvovirusRecent: boolean;
  fetalAnemiaSuspected: boolean;
  cmvPcrIndicated: boolean;
  cmv: {
    pcr: string | undefined;
    pcrNegativeReliable: boolean;
    pattern: string;
  };
  /** Weeks from the maternal infection to today (null: not known). */
  weeksSinceInfectionToday: number | null;
  repeats: {
    cmvIgmRepeat: boolean;
    toxoIgmRepeat: boolean;
    storchEquivocal: readonly SerologyTestId[];
    parvovirusEquivocal: readonly SerologyTestId[];
  };
}

/** The amniotic-fluid CMV PCR is an antenatal test: no window opens from 37 weeks. */
export const lastAntenatalWeek = 37;
/** Serial MCA-PSV: every 1-2 weeks (due from the shorter interval). */
export const mcaIntervalWeeks = { min: 1, max: 2 } as const;
/** Serial MCA-PSV: for 8-12 weeks after the infection (due until the longer). */
export const mcaMonitoringWeeks = { min: 8, max: 12 } as const;
/** IgM positive with IgG negative: repeat in 2-3 weeks. */
export const serologyRepeatWeeks = { min: 2, max: 3 } as const;

const eps = 1e-4;

/**
 * When the parvovirus B19 monitoring is counted from: the maternal
 * infection when its time is known, else the first positive IgM.
 */
export function parvovirusMonitoringFrom(
  answers: Answers,
  maternalInfectionAtWeeks: number | null,
): number | undefined {
  if (maternalInfectionAtWeeks !== null) return maternalInfectionAtWeeks;
  const positive = entriesOf(
    answers.serology?.['parvovirus-igm'],
    answers.gestationalAgeWeeks,
  ).find((entry) => entry.result === 'positive');
  return positive?.atWeeks;
}

/** The age the last check of a test was done at (pending counts; not done does not). */
export function lastCheckAtWeeks(
  answers: Answers,
  test: SpecializedTestId,
): number | undefined {
  const entries = entriesOf(
    answers.specialized?.[test],
    answers.gestationalAgeWeeks,
  ).filter((entry) => entry.result !== 'not-done');
  return entries[entries.length - 1]?.atWeeks;
}

/** The due checks for today's gestational age. */
export function dueChecks(inputs: TimingInputs): DueChecks {
  const { answers, gestationalAgeWeeks: today } = inputs;
  if (today === undefined)
    return {
      mcaCheckDue: false,
      cmvPcrDue: false,
      storchRepeatDue: false,
      parvovirusRepeatDue: false,
    };
  const serologyAt = (test: SerologyTestId) =>
    takenAtWeeks(answers.serology?.[test], today) ?? today;

  const from = parvovirusMonitoringFrom(
    answers,
    inputs.maternalInfectionAtWeeks,
  );
  const lastMca = lastCheckAtWeeks(answers, 'mca-psv-doppler');
  const mcaCheckDue =
    inputs.parvovirusRecent &&
    !inputs.fetalAnemiaSuspected &&
    (from === undefined || today <= from + mcaMonitoringWeeks.max + eps) &&
    (lastMca === undefined || today - lastMca >= mcaIntervalWeeks.min - eps);

  const { cmv } = inputs;
  const pcrWindowOpen =
    today >= 21 - eps &&
    today < lastAntenatalWeek - eps &&
    (cmv.pattern !== 'primary' ||
      (inputs.weeksSinceInfectionToday !== null &&
        inputs.weeksSinceInfectionToday > 6 + eps));
  const cmvPcrDue =
    inputs.cmvPcrIndicated &&
    cmv.pcr !== 'positive' &&
    cmv.pcr !== 'pending' &&
    !cmv.pcrNegativeReliable &&
    pcrWindowOpen;

  const { repeats } = inputs;
  const dueSince = (test: SerologyTestId, weeks: number) =>
    today - serologyAt(test) >= weeks - eps;
  const storchRepeatDue =
    (repeats.cmvIgmRepeat && dueSince('cmv-igm', serologyRepeatWeeks.min)) ||
    (repeats.toxoIgmRepeat &&
      dueSince('toxoplasma-igm', serologyRepeatWeeks.min)) ||
    repeats.storchEquivocal.some((test) => today > serologyAt(test) + eps);
  const parvovirusRepeatDue = repeats.parvovirusEquivocal.some(
    (test) => today > serologyAt(test) + eps,
  );
  return { mcaCheckDue, cmvPcrDue, storchRepeatDue, parvovirusRepeatDue };
}
