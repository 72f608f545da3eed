/**
 * The headless consult: `npm run consult -- --answers FILE.json [--json|--fhir]`.
 * Drives the same workup machine the browser uses and prints its summary
 * (`--fhir`: the answers as an R4 QuestionnaireResponse). FILE may also be a
 * QuestionnaireResponse the app or `--fhir` exported.
 * Exit codes: 0 ok, 2 invalid answers or usage, 1 unexpected failure.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { textOf } from '../content/index.ts';
import { validateContent } from '../content/validate.ts';
import { validateReviews } from '../content/review/index.ts';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
} from '../machines/consult.ts';
import { formatSummaryText, isCalendarDate } from '../machines/rules/format.ts';
import {
  fileSizeProblem,
  isSyntaxIssue,
  printable,
  readAnswersBytes,
} from '../machines/answers-text.ts';
import {
  answersFileFromResponse,
  buildQuestionnaireResponse,
  isQuestionnaireResponse,
} from '../machines/fhir/questionnaire-response.ts';

const usage =
  'Usage: npm run consult -- --answers FILE.json [--json | --fhir] [--audience clinician|learner] [--today YYYY-MM-DD]';

/** The longest message printed (what it echoes from a file is escaped). */
const maxMessageChars = 3_000;

function fail(message: string): never {
  const capped =
    message.length > maxMessageChars
      ? `${message.slice(0, maxMessageChars)}\n  (message cut at ${maxMessageChars} characters)`
      : message;
  process.stderr.write(`${capped}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  try {
    validateContent();
    validateReviews();
  } catch (error) {
    process.stderr.write(
      `The app's content is malformed: ${(error as Error).message}\n`,
    );
    process.exit(1);
  }
  let values: {
    answers?: string;
    json?: boolean;
    fhir?: boolean;
    audience?: string;
    today?: string;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        answers: { type: 'string' },
        json: { type: 'boolean', default: false },
        fhir: { type: 'boolean', default: false },
        audience: { type: 'string' },
        today: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${printable((error as Error).message)}\n${usage}`);
  }
  if (!values.answers) fail(usage);
  if (values.json && values.fhir)
    fail(`--json and --fhir: choose one\n${usage}`);
  const audience = values.audience;
  if (
    audience !== undefined &&
    audience !== 'clinician' &&
    audience !== 'learner'
  ) {
    fail(
      `--audience: must be clinician or learner, got "${printable(audience)}"`,
    );
  }
  const name = printable(values.answers);
  // Today's date, for the plan's calendar dates in the printed summary only
  // (never in --json or --fhir: no calendar date is exported).
  const today = values.today;
  if (today !== undefined && !isCalendarDate(today))
    fail(`--today: must be a date YYYY-MM-DD, got "${printable(today)}"`);
  let raw: unknown;
  try {
    // The size first: a huge file is refused before it is read.
    const tooLarge = fileSizeProblem(statSync(values.answers).size);
    if (tooLarge)
      fail(
        `Invalid answers in ${name}:\n  ${tooLarge.field}: ${tooLarge.reason}`,
      );
    const read = readAnswersBytes(readFileSync(values.answers));
    if (!read.ok)
      fail(
        isSyntaxIssue(read.issue)
          ? `${name}: cannot read answers as JSON (${printable(read.issue.reason)})`
          : `Invalid answers in ${name}:\n  ${read.issue.field}: ${printable(read.issue.reason)}`,
      );
    raw = read.value;
  } catch (error) {
    fail(
      `${name}: cannot read the file (${printable((error as Error).message)})`,
    );
  }
  try {
    const file = parseAnswersFile(
      isQuestionnaireResponse(raw)
        ? answersFileFromResponse(raw, { bytes: statSync(values.answers).size })
        : raw,
    );
    const consult = runConsult(file, audience ?? file.audience);
    const { summary } = consult;
    process.stdout.write(
      values.fhir
        ? `${JSON.stringify(buildQuestionnaireResponse(consult.answers, summary.audience), null, 2)}\n`
        : values.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `${formatSummaryText(summary, {
              disclaimer: textOf('app.disclaimer', summary.audience),
              ...(today !== undefined &&
              consult.answers.gestationalAgeWeeks !== undefined
                ? {
                    dates: {
                      today,
                      todayWeeks: consult.answers.gestationalAgeWeeks,
                    },
                  }
                : {}),
            })}\n`,
    );
  } catch (error) {
    if (error instanceof InvalidAnswersError) {
      fail(
        `Invalid answers in ${name}:\n${error.issues
          .map((i) => `  ${i.field}: ${i.reason}`)
          .join('\n')}`,
      );
    }
    throw error;
  }
}

main(process.argv.slice(2));
