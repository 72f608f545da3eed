import { createActor } from 'xstate';
import { workupMachine } from '../../machines/workup.machine.ts';
import type { AnswerEvent, WorkupInput } from '../../machines/workup.types.ts';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import type { AnswersFile } from '../../machines/consult.ts';

/** A started actor (stop it in the test or let GC take it). */
export function startWorkup(input: WorkupInput = {}) {
  return createActor(workupMachine, { input }).start();
}

/** Sends events in order and returns the actor. */
export function play(events: readonly AnswerEvent[], input: WorkupInput = {}) {
  const actor = startWorkup(input);
  for (const event of events) actor.send(event);
  return actor;
}

export const toGeneticsEvents: AnswerEvent[] = [
  { type: 'intake.audienceSelected', audience: 'clinician' },
  { type: 'intake.gestationalAgeEntered', weeks: 23 },
  { type: 'examination.findingsEntered', findings: [] },
  { type: 'examination.headSizeEntered', headSize: 'normal' },
];

/** Every STORCH result negative. */
export const negativeStorch = {
  syphilis: 'negative',
  'toxoplasma-igg': 'negative',
  'toxoplasma-igm': 'negative',
  'rubella-igg': 'negative',
  'rubella-igm': 'negative',
  'cmv-igg': 'negative',
  'cmv-igm': 'negative',
  'hsv-igg': 'negative',
  'hsv-igm': 'negative',
} as const;

/** A complete answers file with negative serology, overridable. */
export function answersFile(overrides: Partial<AnswersFile> = {}): AnswersFile {
  return parseAnswersFile({
    gestationalAgeWeeks: 22,
    findings: [],
    headSize: 'normal',
    serology: {
      ...negativeStorch,
      'parvovirus-igg': 'negative',
      'parvovirus-igm': 'negative',
    },
    genetics: { 'chromosomal-microarray': 'normal', karyotype: 'normal' },
    ...overrides,
  });
}

export function summaryOf(overrides: Partial<AnswersFile> = {}) {
  return runConsult(answersFile(overrides)).summary;
}

export const primaryCmvSerology = {
  ...answersFile().serology,
  'cmv-igg': 'positive',
  'cmv-igm': 'positive',
} as const;
