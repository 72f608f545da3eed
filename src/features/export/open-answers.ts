import {
  readAnswersFile,
  type OpenedAnswers,
} from '../../../machines/answers-file.ts';
import { InvalidAnswersError } from '../../../machines/consult.ts';
import {
  answersFileFromResponse,
  isQuestionnaireResponse,
} from '../../../machines/fhir/questionnaire-response.ts';
import { readShareFragment } from '../../../machines/share-link.ts';
import {
  fileSizeProblem,
  isSyntaxIssue,
  readAnswersBytes,
} from '../../../machines/answers-text.ts';
import { exportText } from './export-text.ts';

/** An opened file or link: the consult to start, or why it cannot be. */
export type OpenResult =
  | { ok: true; opened: OpenedAnswers; source: string }
  | { ok: false; source: string; problems: string[] };

const problemsOf = (error: unknown): string[] => {
  if (error instanceof InvalidAnswersError) {
    return error.issues.map((i) => `${i.field}: ${i.reason}`);
  }
  throw error;
};

/**
 * Reads an answers file (or a QuestionnaireResponse the app exported) as the
 * CLI does: its size before reading it, then its bytes (the same size limit, encodings and strict JSON),
 * with the CLI's messages when it is not valid.
 */
export async function openAnswersFile(
  file: Pick<File, 'size' | 'arrayBuffer'>,
  source: string,
): Promise<OpenResult> {
  const tooLarge = fileSizeProblem(file.size);
  return tooLarge
    ? {
        ok: false,
        source,
        problems: problemsOf(new InvalidAnswersError([tooLarge])),
      }
    : openAnswersBytes(new Uint8Array(await file.arrayBuffer()), source);
}

/** Reads an answers file's text, as typed or pasted (see openAnswersFile). */
export function openAnswersText(text: string, source: string): OpenResult {
  return openAnswersBytes(new TextEncoder().encode(text), source);
}

/** Reads an answers file's bytes (see openAnswersFile). */
export function openAnswersBytes(
  bytes: Uint8Array,
  source: string,
): OpenResult {
  const parsed = readAnswersBytes(bytes);
  if (!parsed.ok) {
    return {
      ok: false,
      source,
      problems: isSyntaxIssue(parsed.issue)
        ? [
            exportText('export.not-json', 'clinician', {
              source,
              message: parsed.issue.reason,
            }),
          ]
        : problemsOf(new InvalidAnswersError([parsed.issue])),
    };
  }
  const raw = parsed.value;
  try {
    const file = isQuestionnaireResponse(raw)
      ? answersFileFromResponse(raw, { bytes: bytes.length })
      : raw;
    return { ok: true, opened: readAnswersFile(file), source };
  } catch (error) {
    return { ok: false, source, problems: problemsOf(error) };
  }
}

/** Reads a share link's fragment, validated like an answers file. */
export async function openShareFragment(hash: string): Promise<OpenResult> {
  const source = exportText('export.the-share-link');
  try {
    return { ok: true, opened: await readShareFragment(hash), source };
  } catch (error) {
    return { ok: false, source, problems: problemsOf(error) };
  }
}
