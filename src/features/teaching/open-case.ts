import { readCaseFile, type CaseFile } from '../../../machines/case-file.ts';
import { InvalidAnswersError } from '../../../machines/consult.ts';
import { teachingUi } from '../../../content/ui/teaching.ts';
import { uiTextFrom } from '../../shared/lib/ui-text.ts';
import { parseJson } from '../../shared/lib/parse-json.ts';

const uiText = uiTextFrom(teachingUi);

/**
 * Reads a saved worked case, through the checks the shipped cases get
 * (machines/case-check.ts); the problems in words when it fails them.
 */
export function readCaseText(
  text: string,
  source: string,
): { ok: true; file: CaseFile } | { ok: false; problems: string[] } {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: [
        uiText('teaching.not-json', 'clinician', {
          file: source,
          problem: parsed.message,
        }),
      ],
    };
  }
  try {
    return { ok: true, file: readCaseFile(parsed.value) };
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    return {
      ok: false,
      problems: error.issues.map((i) => `${i.field}: ${i.reason}`),
    };
  }
}
