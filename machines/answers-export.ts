import { contentVersion } from '../content/version.ts';
import { pruneAnswers } from './rules/answers.ts';
import type {
  Answers,
  Audience,
  ChromosomalDiagnosisId,
} from './workup.types.ts';

/*
 * Writing an answers file, apart from reading one (answers-file.ts): the
 * writer needs no schema, so the saved session can be written from the
 * first load without the reader's code.
 */

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
