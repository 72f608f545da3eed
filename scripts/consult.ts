/**
 * The headless consult: `npm run consult -- --answers FILE.json [--json|--fhir]`.
 * Drives the same workup machine the browser uses and prints its summary
 * (`--fhir`: the answers as an R4 QuestionnaireResponse). FILE may also be a
 * QuestionnaireResponse the app or `--fhir` exported.
 * Exit codes: 0 ok, 2 invalid answers or usage, 1 unexpected failure.
 */
import { readFileSync } from 'node:fs';
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
  answersFileFromResponse,
  buildQuestionnaireResponse,
  isQuestionnaireResponse,
} from '../machines/fhir/questionnaire-response.ts';

const usage =
  'Usage: npm run consult -- --answers FILE.json [--json | --fhir] [--audience clinician|learner] [--today YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
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
    fail(`${(error as Error).message}\n${usage}`);
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
    fail(`--audience: must be clinician or learner, got "${audience}"`);
  }
  // Today's date, for the plan's calendar dates in the printed summary only
  // (never in --json or --fhir: no calendar date is exported).
  const today = values.today;
  if (today !== undefined && !isCalendarDate(today))
    fail(`--today: must be a date YYYY-MM-DD, got "${today}"`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(values.answers, 'utf8'));
  } catch (error) {
    fail(
      `${values.answers}: cannot read answers as JSON (${(error as Error).message})`,
    );
  }
  try {
    const file = parseAnswersFile(
      isQuestionnaireResponse(raw) ? answersFileFromResponse(raw) : raw,
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
        `Invalid answers in ${values.answers}:\n${error.issues
          .map((i) => `  ${i.field}: ${i.reason}`)
          .join('\n')}`,
      );
    }
    throw error;
  }
}

main(process.argv.slice(2));
