import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import { contentVersion } from '../../../content/version.ts';
import { readAnswersFile } from '../../../machines/answers-file.ts';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
} from '../../../machines/consult.ts';
import {
  applicability,
  enableWhenFhirPath,
  fitsEnableWhen,
  type AnswerIs,
} from '../../../machines/fhir/applicability.ts';
import { fhirQuestions } from '../../../machines/fhir/items.ts';
import {
  buildQuestionnaire,
  fhirExtensions,
  questionnaireUrl,
} from '../../../machines/fhir/questionnaire.ts';
import {
  answersFileFromResponse,
  buildQuestionnaireResponse,
} from '../../../machines/fhir/questionnaire-response.ts';
import {
  isApplicable,
  isKeptResult,
  isResultQuestion,
} from '../../../machines/rules/answers.ts';
import {
  followUpQuestionIds,
  questionIds as questionOrder,
} from '../../../content/ids.ts';
import { buildSummary } from '../../../machines/rules/summary.ts';
import type { Answers, Audience } from '../../../machines/workup.types.ts';
import {
  consultStateArb,
  expectResumedAs,
  exportRuns,
  propertyTimeout,
} from '../export/consults.ts';
import { schemaProblems, structureProblems } from './validators.ts';

const scenarioDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const scenarios = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.answers.json'))
  .map(
    (f) =>
      [
        f,
        JSON.parse(readFileSync(scenarioDir + f, 'utf8')) as unknown,
      ] as const,
  );

const viaText = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every item of a tree, depth first. */
function flat<T extends { item?: T[] }>(items: readonly T[] = []): T[] {
  return items.flatMap((i) => [i, ...flat(i.item)]);
}

/** The answer codes (and numbers) a response holds, by linkId. */
function answersByLinkId(response: QuestionnaireResponse) {
  return new Map(
    flat<QuestionnaireResponseItem>(response.item).map((i) => [
      i.linkId,
      (i.answer ?? []).map((a) => a.valueCoding?.code ?? a.valueDecimal),
    ]),
  );
}

/** Whether an item is enabled, read from the Questionnaire's enableWhen. */
function isEnabled(
  item: QuestionnaireItem,
  given: Map<string, unknown[]>,
): boolean {
  if (!item.enableWhen) return true;
  const results = item.enableWhen.map((w) => {
    expect(w.operator).toBe('=');
    return (given.get(w.question) ?? []).includes(w.answerCoding?.code);
  });
  return item.enableBehavior === 'any'
    ? results.some(Boolean)
    : results.every(Boolean);
}

const holds = (
  condition: readonly (readonly AnswerIs[])[],
  given: Map<string, unknown[]>,
) =>
  condition.some((all) =>
    all.every(
      (c) => (given.get(c.linkId) ?? []).includes(c.code) !== Boolean(c.not),
    ),
  );

describe('FHIR R4 Questionnaire (machines/fhir/questionnaire.ts)', () => {
  const questionnaires: [Audience, Questionnaire][] = [
    ['clinician', buildQuestionnaire('clinician')],
    ['learner', buildQuestionnaire('learner')],
  ];

  it.each(questionnaires)(
    'the %s Questionnaire is valid against the R4 JSON schema and StructureDefinitions',
    (_, questionnaire) => {
      expect(schemaProblems(viaText(questionnaire))).toEqual([]);
      expect(structureProblems(viaText(questionnaire))).toEqual([]);
    },
  );

  it('both validators reject a broken resource (they are not vacuous)', () => {
    const broken = {
      resourceType: 'QuestionnaireResponse',
      status: 'finished-ish',
      item: [{ answer: [{ valueCoding: { code: 7 } }] }],
    };
    expect(schemaProblems(broken).length).toBeGreaterThan(0);
    expect(structureProblems(broken).length).toBeGreaterThan(0);
    const noStatus = buildQuestionnaire() as Partial<Questionnaire>;
    delete noStatus.status;
    // The JSON schema checks codes and types, not cardinality; the
    // StructureDefinitions check the required status.
    expect(structureProblems(noStatus).join()).toMatch(/status/);
    expect(
      schemaProblems({ ...noStatus, status: 'finished-ish' }).join(),
    ).toMatch(/status/);
  });

  it('has one item per question of the machine (the interview, then the follow-up visits and scans), linkId = question id, stamped with the content version', () => {
    const questionnaire = buildQuestionnaire();
    expect(fhirQuestions).toEqual(questionOrder);
    expect(questionnaire.item?.map((i) => i.linkId)).toEqual([
      ...questionOrder,
      ...followUpQuestionIds,
    ]);
    expect(questionnaire.version).toBe(contentVersion);
    expect(questionnaire.url).toBe(questionnaireUrl);
    const linkIds = flat(questionnaire.item).map((i) => i.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  it('writes each condition as enableWhen where R4 can, else as an extension', () => {
    const items = flat(buildQuestionnaire().item);
    const written: Record<string, string> = {};
    for (const [question, condition] of Object.entries(applicability)) {
      const item = items.find((i) => i.linkId === question)!;
      const urls = (item.extension ?? []).map((e) => e.url);
      if (isResultQuestion(question as never)) {
        expect(item.enableWhen, question).toBeUndefined();
        expect(urls, question).toContain(fhirExtensions.askedWhen);
        written[question] = 'asked-when';
      } else if (fitsEnableWhen(condition)) {
        expect(item.enableWhen?.length, question).toBe(condition.flat().length);
        written[question] = 'enableWhen';
      } else {
        expect(urls, question).toContain(fhirExtensions.enableWhenExpression);
        written[question] = 'enableWhenExpression';
      }
    }
    expect(written).toEqual({
      'cmv-avidity': 'asked-when',
      'infection-timing': 'enableWhenExpression',
      'cmv-pcr': 'asked-when',
      'chromosomal-diagnosis': 'enableWhen',
      'cf-screening': 'asked-when',
      'mca-doppler': 'asked-when',
    });
  });

  it('falls back to an SDC enableWhenExpression for an OR of ANDs', () => {
    const orOfAnds = [
      [
        { linkId: 'storch.cmv-igm', code: 'positive' },
        { linkId: 'cmv-avidity', code: 'low' },
      ],
      [{ linkId: 'findings', code: 'hydrops' }],
    ];
    expect(fitsEnableWhen(orOfAnds)).toBeNull();
    expect(enableWhenFhirPath(orOfAnds)).toBe(
      "(%resource.repeat(item).where(linkId = 'storch.cmv-igm').answer.value.ofType(Coding).code contains 'positive' and " +
        "%resource.repeat(item).where(linkId = 'cmv-avidity').answer.value.ofType(Coding).code contains 'low') or " +
        "(%resource.repeat(item).where(linkId = 'findings').answer.value.ofType(Coding).code contains 'hydrops')",
    );
  });
});

describe('FHIR R4 QuestionnaireResponse (machines/fhir/questionnaire-response.ts)', () => {
  it(
    `${exportRuns} random consults (finished, part way, edited): the response never holds an answer that no longer applies, and the Questionnaire's enableWhen agrees with the machine`,
    () => {
      const questionnaire = buildQuestionnaire();
      const items = flat(questionnaire.item);
      fc.assert(
        fc.property(consultStateArb(), ({ answers, audience }) => {
          const response = buildQuestionnaireResponse(answers, audience);
          const given = answersByLinkId(response);
          for (const item of flat(response.item)) {
            const question = item.linkId.split('.')[0] as never;
            // Asked by the machine, or a test result it keeps unasked.
            expect(
              isApplicable(question, answers) ||
                isKeptResult(question, answers),
              item.linkId,
            ).toBe(true);
            const definition = items.find((i) => i.linkId === item.linkId)!;
            expect(isEnabled(definition, given), item.linkId).toBe(true);
          }
          for (const question of questionOrder) {
            const condition = applicability[question] ?? [[]];
            expect(holds(condition, given), question).toBe(
              isApplicable(question, answers),
            );
          }
        }),
        { numRuns: exportRuns },
      );
    },
    propertyTimeout,
  );

  it.each(scenarios)(
    "the worked scenario %s's response is valid R4 and reads back to the same consult",
    (_, raw) => {
      const consult = runConsult(parseAnswersFile(raw));
      const response = viaText(
        buildQuestionnaireResponse(consult.answers, 'clinician', {
          authored: '2026-11-26T15:00:00Z',
        }),
      );
      expect(schemaProblems(response)).toEqual([]);
      expect(structureProblems(response)).toEqual([]);
      const back = runConsult(
        parseAnswersFile(answersFileFromResponse(response)),
      );
      expect(back.summary).toEqual(consult.summary);
    },
  );

  it('drops an answer that an edit made inapplicable, and keeps a recorded result', () => {
    const answers: Answers = {
      gestationalAgeWeeks: 23,
      serology: { 'cmv-igm': 'negative', 'cmv-igg': 'positive' },
      cmvAvidity: 'low',
      weeksSinceMaternalInfection: 8,
    };
    const linkIds = flat(
      buildQuestionnaireResponse(answers, 'clinician').item,
    ).map((i) => i.linkId);
    expect(linkIds).toContain('storch.cmv-igm');
    expect(linkIds).toContain('cmv-avidity');
    expect(linkIds).not.toContain('infection-timing');
  });

  it(
    `${Math.ceil(exportRuns / 4)} random consults: the response is valid R4 (JSON schema and StructureDefinitions)`,
    () => {
      fc.assert(
        fc.property(consultStateArb(), ({ answers, audience }) => {
          const response = viaText(
            buildQuestionnaireResponse(answers, audience, {
              authored: '2026-01-02T03:04:05Z',
            }),
          );
          expect(schemaProblems(response)).toEqual([]);
          expect(structureProblems(response)).toEqual([]);
        }),
        { numRuns: Math.ceil(exportRuns / 4) },
      );
    },
    propertyTimeout,
  );

  it(
    `round trip, ${exportRuns} random finished consults: response -> npm run consult gives the summary the browser shows`,
    () => {
      fc.assert(
        fc.property(
          consultStateArb('finished'),
          ({ answers, audience, at }) => {
            fc.pre(at === 'summary');
            const response = viaText(
              buildQuestionnaireResponse(answers, audience),
            );
            expect(response.status).toBe('completed');
            const file = parseAnswersFile(answersFileFromResponse(response));
            expect(runConsult(file).summary).toEqual(
              buildSummary(answers, audience),
            );
          },
        ),
        { numRuns: exportRuns },
      );
    },
    propertyTimeout,
  );

  it(
    `round trip, ${exportRuns} random consults: opening the response resumes with the same answers`,
    () => {
      fc.assert(
        fc.property(consultStateArb(), ({ answers, audience, at }) => {
          const response = viaText(
            buildQuestionnaireResponse(answers, audience),
          );
          const opened = readAnswersFile(answersFileFromResponse(response));
          expect(opened.contentVersion).toBe(contentVersion);
          expectResumedAs(opened.input, { answers, at });
        }),
        { numRuns: exportRuns },
      );
    },
    propertyTimeout,
  );

  it('refuses a response of another questionnaire, an unknown item or code, naming it', () => {
    const response = buildQuestionnaireResponse(
      { gestationalAgeWeeks: 23, headSize: 'normal' },
      'clinician',
    );
    const cases: [unknown, string][] = [
      [
        { ...response, questionnaire: 'http://example.org/Q|1' },
        'questionnaire',
      ],
      [
        { ...response, item: [{ linkId: 'shoe-size', answer: [] }] },
        'item shoe-size',
      ],
      [
        {
          ...response,
          item: [
            {
              linkId: 'head-size',
              answer: [{ valueCoding: { system: 'x', code: 'normal' } }],
            },
          ],
        },
        'item head-size',
      ],
    ];
    for (const [raw, field] of cases) {
      try {
        answersFileFromResponse(raw);
        expect.unreachable(field);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidAnswersError);
        expect((error as InvalidAnswersError).issues[0]!.field).toBe(field);
      }
    }
  });
});
