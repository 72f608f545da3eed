import { textOf } from '../content/index.ts';
import {
  parvovirusTestIds,
  questionIds,
  storchTestIds,
} from '../content/ids.ts';
import { contentVersion } from '../content/version.ts';
import {
  InvalidAnswersError,
  eventFor,
  fieldOf,
  parseAnswersFile,
  runConsult,
  type AnswersFile,
} from './consult.ts';
import {
  answerProblem,
  isApplicable,
  isKeptResult,
  pruneAnswers,
  recordAnswer,
} from './rules/answers.ts';
import type {
  Answers,
  Audience,
  ChromosomalDiagnosisId,
  QuestionId,
  WorkupInput,
} from './workup.types.ts';

/**
 * An answers file as written by an export (docs/consult-api.md): only the
 * questions answered so far, stamped with the content version.
 */
export interface AnswersFileJson extends Omit<Answers, 'chromosomalDiagnosis'> {
  audience?: Audience;
  contentVersion: string;
  /** A file names a diagnosis or leaves it out (no "not yet chosen"). */
  chromosomalDiagnosis?: ChromosomalDiagnosisId;
}

const nonEmpty = <T extends object>(record: T | undefined) =>
  record && Object.keys(record).length > 0 ? { ...record } : undefined;

/**
 * The consult's answers as an answers file: the answers that still apply
 * (pruned), the audience when chosen, and the content version. The headless
 * consult (`npm run consult -- --answers`) reads it back.
 *
 * @example
 * const json = JSON.stringify(toAnswersFile(snapshot.context.answers, 'clinician'), null, 2);
 */
export function toAnswersFile(
  answers: Answers,
  audience: Audience | null,
  version: string = contentVersion,
): AnswersFileJson {
  const pruned = pruneAnswers(answers);
  const file: AnswersFileJson = {
    ...(audience ? { audience } : {}),
    contentVersion: version,
    gestationalAgeWeeks: pruned.gestationalAgeWeeks,
    findings: Array.isArray(pruned.findings)
      ? [...pruned.findings]
      : pruned.findings,
    headSize: pruned.headSize,
    serology: nonEmpty(pruned.serology),
    cmvAvidity: pruned.cmvAvidity,
    weeksSinceMaternalInfection: pruned.weeksSinceMaternalInfection,
    genetics: nonEmpty(pruned.genetics),
    chromosomalDiagnosis: pruned.chromosomalDiagnosis ?? undefined,
    specialized: nonEmpty(pruned.specialized),
  };
  for (const key of Object.keys(file) as (keyof AnswersFileJson)[]) {
    if (file[key] === undefined) delete file[key];
  }
  return file;
}

/** A file read back: what to start the machine with, and its stamp. */
export interface OpenedAnswers {
  input: WorkupInput;
  /** The content version the file was written with, when stamped. */
  contentVersion: string | null;
}

const has = (raw: object, key: string) => Object.hasOwn(raw, key);

/** Whether the file answers this question (omitted = still open). */
function answersQuestion(
  question: QuestionId,
  raw: object,
  file: AnswersFile,
): boolean {
  switch (question) {
    case 'audience':
      return file.audience !== undefined;
    case 'gestational-age':
      return has(raw, 'gestationalAgeWeeks');
    case 'findings':
      return has(raw, 'findings');
    case 'head-size':
      return has(raw, 'headSize');
    case 'storch':
      return storchTestIds.some((test) => file.serology[test] !== undefined);
    case 'parvovirus':
      return parvovirusTestIds.some(
        (test) => file.serology[test] !== undefined,
      );
    case 'cmv-avidity':
      return has(raw, 'cmvAvidity');
    case 'infection-timing':
      return has(raw, 'weeksSinceMaternalInfection');
    case 'chromosomal-diagnosis':
      return file.chromosomalDiagnosis !== null;
    case 'microarray':
    case 'karyotype':
    case 'cf-screening':
    case 'cmv-pcr':
    case 'mca-doppler':
    case 'fetal-mri': {
      const [group, key] = fieldOf(question).split('.') as [
        'genetics' | 'specialized',
        string,
      ];
      return (file[group] as Record<string, unknown>)[key] !== undefined;
    }
  }
}

/**
 * Reads an answers file for the browser, through the CLI's own validation
 * (`parseAnswersFile`, then the machine's guards via `runConsult`), so a file
 * the app opens is one `npm run consult` accepts, with the same messages.
 * Questions the file leaves out stay open: the consult resumes at the first.
 * Throws InvalidAnswersError naming each bad field.
 *
 * @example
 * const { input } = readAnswersFile(JSON.parse(text));
 * createActor(workupMachine, { input }).start(); // at the first open question
 */
export function readAnswersFile(raw: unknown): OpenedAnswers {
  const file = parseAnswersFile(raw);
  runConsult(file);
  const source = raw as object;
  const audience = file.audience ?? 'clinician';
  // Record what the file answers, as the machine would: questions it asks,
  // and results recorded off their branch (runConsult does the same from
  // the summary); repeated until stable, as a result can open a question.
  let answers: Answers = {};
  for (let changed = true; changed;) {
    changed = false;
    for (const question of questionIds) {
      if (question === 'audience') continue;
      if (!answersQuestion(question, source, file)) continue;
      const event = eventFor(question, file, audience);
      const next = recordAnswer(answers, event);
      const asked = isApplicable(question, answers);
      if (!asked && !isKeptResult(question, next)) continue;
      if (JSON.stringify(next) === JSON.stringify(answers)) continue;
      const reason = answerProblem(event);
      if (reason) {
        throw new InvalidAnswersError([
          {
            field: fieldOf(question),
            reason: textOf(`validation.${reason}`, 'clinician'),
          },
        ]);
      }
      answers = next;
      changed = true;
    }
  }
  return {
    input: {
      ...(file.audience ? { audience: file.audience } : {}),
      answers,
    },
    contentVersion: file.contentVersion ?? null,
  };
}
