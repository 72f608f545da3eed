import { questionIds } from '../content/ids.ts';
import { parseAnswersFile, runConsult } from './consult.ts';
import { questions } from './questions.ts';
import { inFile } from './codec-files.ts';
import { clearAnswer, isAnswered, pruneAnswers } from './rules/answers.ts';
import type { WorkupInput } from './workup.types.ts';

export { toAnswersFile, type AnswersFileJson } from './answers-export.ts';

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
