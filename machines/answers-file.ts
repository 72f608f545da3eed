import { contentVersion } from '../content/version.ts';
import { questionIds } from '../content/ids.ts';
import { parseAnswersFile, runConsult } from './consult.ts';
import { questions } from './questions.ts';
import { inFile } from './codec-files.ts';
import { clearAnswer, isAnswered, pruneAnswers } from './rules/answers.ts';
import type {
  Answers,
  Audience,
  ChromosomalDiagnosisId,
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

const nonEmptyList = <T>(list: readonly T[] | undefined) =>
  list && list.length > 0 ? list.map((item) => ({ ...item })) : undefined;

/**
 * The consult's answers as an answers file: the answers that still apply
 * (pruned), each result with the age it was taken at when that is not
 * today's, the earlier visits and the follow-up scans, the audience when
 * chosen, and the content version. The headless consult
 * (`npm run consult -- --answers`) reads it back.
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
    visits: nonEmptyList(pruned.visits),
    findings: Array.isArray(pruned.findings)
      ? [...pruned.findings]
      : pruned.findings,
    scans: nonEmptyList(pruned.scans),
    headSize: pruned.headSize,
    serology: nonEmpty(pruned.serology),
    cmvAvidity: pruned.cmvAvidity,
    weeksSinceMaternalInfection: pruned.weeksSinceMaternalInfection,
    maternalInfectionAtWeeks: pruned.maternalInfectionAtWeeks,
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

/**
 * Reads an answers file for the browser, through the CLI's own path: the
 * schema (`parseAnswersFile`), then the machine itself (`runConsult`
 * replays every answer, visit by visit, through the machine's guards), so a
 * file the app opens is one `npm run consult` accepts, with the same
 * messages. Questions the file leaves out stay open (the replay answered
 * them "not done"; they are cleared again): the consult resumes at the
 * first open question through the machine's routing step. Throws
 * InvalidAnswersError naming each bad field.
 *
 * @example
 * const { input } = readAnswersFile(JSON.parse(text));
 * createActor(workupMachine, { input }).start(); // at the first open question
 */
export function readAnswersFile(raw: unknown): OpenedAnswers {
  const file = parseAnswersFile(raw);
  let answers = runConsult(file).answers;
  const source = raw as Record<string, unknown>;
  for (const question of questionIds) {
    if (question === 'audience' || !isAnswered(question, answers)) continue;
    if (!inFile(questions[question].codec, source))
      answers = clearAnswer(answers, question);
  }
  return {
    input: {
      ...(file.audience ? { audience: file.audience } : {}),
      answers: pruneAnswers(answers),
    },
    contentVersion: file.contentVersion ?? null,
  };
}
