import { labelOf, type Audience } from '../../../content/index.ts';
import type { ResultOptionId } from '../../../content/ids.ts';
import { questions } from '../../../machines/questions.ts';
import { controlOf, readAnswer, valueAt } from '../../../machines/codecs.ts';
import {
  formatGestationalAge,
  weeksText,
} from '../../../machines/rules/gestational-age.ts';
import { entriesOf, sameWeeks } from '../../../machines/rules/results.ts';
import type {
  Answers,
  QuestionId,
  SerologyResult,
  SerologyTestId,
} from '../../../machines/workup.types.ts';
import { uiText } from './ui-text.ts';
import { latestResult } from '../../../machines/rules/results.ts';

/** "None besides the liver calcifications", the explicit empty findings list. */
export const noFindingsLabel = uiText('answer.none');

function panelText(
  answers: Answers,
  tests: readonly SerologyTestId[],
  audience: Audience,
): string {
  const order: SerologyResult[] = [
    'positive',
    'negative',
    'equivocal',
    'pending',
    'not-done',
  ];
  // Seroconversion is an optional extra row: named only when recorded.
  const optional = (t: SerologyTestId, result: SerologyResult) =>
    t === 'cmv-seroconversion' && result === 'not-done';
  return order
    .map((result) => {
      const names = tests
        .filter(
          (t) => (latestResult(answers.serology?.[t]) ?? 'not-done') === result,
        )
        .filter((t) => !optional(t, result))
        .map((t) => labelOf(`serology.${t}`, audience));
      return names.length
        ? `${labelOf(`option.${result}`, audience)}: ${names.join(', ')}`
        : '';
    })
    .filter(Boolean)
    .join('; ');
}

/**
 * The user's recorded answer to a question, in words, or null when the
 * question has no answer. Read through the question registry and worded by
 * its control's options.
 *
 * @example
 * answerText('gestational-age', { gestationalAgeWeeks: 23 }, 'clinician'); // '23 weeks'
 */
export function answerText(
  question: QuestionId,
  answers: Answers,
  audience: Audience,
  chosenAudience: Audience | null = audience,
): string | null {
  const option = (id: ResultOptionId) => labelOf(`option.${id}`, audience);
  if (question === 'audience') {
    return chosenAudience ? option(chosenAudience) : null;
  }
  if (question === 'gestational-age') {
    return answers.gestationalAgeWeeks === undefined
      ? null
      : formatGestationalAge(answers.gestationalAgeWeeks);
  }
  const { codec } = questions[question];
  const control = controlOf(codec);
  const value = readAnswer(codec, answers);
  if (value === undefined || value === null) return null;
  switch (control.kind) {
    case 'choice': {
      const word = (result: string) => {
        const chosen = control.options.find((o) => o.value === result);
        return chosen ? labelOf(chosen.label, audience) : String(result);
      };
      return codec.kind === 'result'
        ? timedText(
            valueAt(answers, codec.path),
            answers.gestationalAgeWeeks,
            word,
            audience,
          )
        : word(String(value));
    }
    case 'number':
      return control.unknownOption && value === control.unknownOption.value
        ? labelOf(control.unknownOption.label, audience)
        : uiText(
            Number(value) === 1 ? 'answer.week' : 'answer.weeks',
            audience,
            {
              n: Number(value),
            },
          );
    case 'checklist': {
      if (typeof value === 'string') {
        return uiText('answer.scan', audience, {
          result: option(value as ResultOptionId).toLowerCase(),
        });
      }
      const items = value as readonly string[];
      return items.length === 0
        ? noFindingsLabel
        : items
            .map((id) => control.items.find((item) => item.value === id))
            .map((item) => (item ? labelOf(item.label, audience) : ''))
            .join(', ');
    }
    case 'panel':
      return panelText(
        answers,
        control.rows.map((r) => r.value as SerologyTestId),
        audience,
      );
    case 'scan':
      return null;
  }
}

/**
 * A result with when it was taken, when that is not today, and the earlier
 * results of the same test: "Abnormal (taken at 23 weeks); earlier: Normal
 * (taken at 19 weeks), Normal (taken at 21 weeks)".
 */
function timedText(
  recorded: unknown,
  today: number | undefined,
  word: (result: string) => string,
  audience: Audience,
): string {
  const entries = entriesOf(recorded as never, today);
  const one = (entry: (typeof entries)[number]) =>
    today !== undefined &&
    sameWeeks(entry.atWeeks, today) &&
    entry.recordedAtWeeks === undefined
      ? word(entry.result)
      : entry.recordedAtWeeks !== undefined
        ? uiText('answer.recorded-at', audience, {
            result: word(entry.result),
            weeks: weeksText(entry.atWeeks),
            recorded: weeksText(entry.recordedAtWeeks),
          })
        : uiText('answer.taken-at', audience, {
            result: word(entry.result),
            weeks: weeksText(entry.atWeeks),
          });
  const latest = entries[entries.length - 1];
  if (!latest) return '';
  const earlier = entries.slice(0, -1);
  return earlier.length === 0
    ? one(latest)
    : uiText('answer.history', audience, {
        latest: one(latest),
        earlier: earlier.map(one).join(', '),
      });
}
