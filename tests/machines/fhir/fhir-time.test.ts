import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { readAnswersFile } from '../../../machines/answers-file.ts';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
  type AnswersFile,
} from '../../../machines/consult.ts';
import {
  answersFileFromResponse,
  buildQuestionnaireResponse,
} from '../../../machines/fhir/questionnaire-response.ts';
import { applicability } from '../../../machines/fhir/applicability.ts';
import { isApplicable } from '../../../machines/rules/answers.ts';
import { questionIds } from '../../../content/ids.ts';
import { timedAnswersFileArb } from '../arbitraries.ts';
import { exportRuns, propertyTimeout } from '../export/consults.ts';
import { schemaProblems, structureProblems } from './validators.ts';

/**
 * Issue 18, "Everything that carries the consult": the QuestionnaireResponse
 * carries each answer's gestational age, the earlier results, the visits
 * and the follow-up scans, so answers -> FHIR -> answers keeps them; it
 * stays valid R4.
 */

const viaText = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const threeVisits = parseAnswersFile(
  JSON.parse(
    readFileSync('tests/fixtures/time/three-visits.answers.json', 'utf8'),
  ),
);

/** Every item of a response, nested under items or under answers. */
function everyItem(
  items: readonly QuestionnaireResponseItem[] = [],
): QuestionnaireResponseItem[] {
  return items.flatMap((item) => [
    item,
    ...everyItem(item.item),
    ...everyItem((item.answer ?? []).flatMap((answer) => answer.item ?? [])),
  ]);
}

const itemsNamed = (response: QuestionnaireResponse, linkId: string) =>
  everyItem(response.item).filter((item) => item.linkId === linkId);

const decimals = (response: QuestionnaireResponse, linkId: string) =>
  itemsNamed(response, linkId).flatMap((item) =>
    (item.answer ?? []).map((answer) => answer.valueDecimal),
  );

const codes = (response: QuestionnaireResponse, linkId: string) =>
  itemsNamed(response, linkId).flatMap((item) =>
    (item.answer ?? []).map((answer) => answer.valueCoding?.code),
  );

describe('FHIR over visits: each answer with its gestational age (issue 18)', () => {
  const consult = runConsult(threeVisits);
  const response = viaText(
    buildQuestionnaireResponse(consult.answers, 'clinician', {
      authored: '2026-12-02T07:00:00Z',
    }),
  );

  it('the three-visit consult is valid R4 (HL7 JSON schema and StructureDefinitions)', () => {
    expect(schemaProblems(response)).toEqual([]);
    expect(structureProblems(response)).toEqual([]);
  });

  it('carries when each result was taken and recorded, the earlier results, the visits, the scans and the infection', () => {
    expect(decimals(response, 'cmv-pcr.at-weeks')).toEqual([23.1]);
    // Recorded at today's visit: the consult keeps no recordedAtWeeks.
    expect(decimals(response, 'cmv-pcr.recorded-at-weeks')).toEqual([]);
    expect(decimals(response, 'storch.cmv-igm.at-weeks')).toEqual([19]);
    // The microarray: pending at 19, then normal (taken at 19, recorded at 21.4).
    expect(codes(response, 'microarray')).toEqual(['normal']);
    expect(decimals(response, 'microarray.recorded-at-weeks')).toEqual([21.4]);
    expect(codes(response, 'microarray.earlier.result')).toEqual(['pending']);
    expect(decimals(response, 'microarray.earlier.at-weeks')).toEqual([19]);
    expect(decimals(response, 'visit')).toEqual([19, 21.4]);
    expect(itemsNamed(response, 'follow-up-scan')).toHaveLength(2);
    expect(decimals(response, 'follow-up-scan.at-weeks')).toEqual([21.4, 24.3]);
    expect(codes(response, 'follow-up-scan.liver-calcifications')).toEqual([
      'unchanged',
      'resolved',
    ]);
    expect(decimals(response, 'infection-timing.at-weeks')).toEqual([16]);
    expect(decimals(response, 'gestational-age')).toEqual([24.3]);
  });

  it('reads back to the same answers and the same summary', () => {
    const file = answersFileFromResponse(response);
    expect(runConsult(parseAnswersFile(file)).summary).toEqual(consult.summary);
    expect(readAnswersFile(file).input.answers).toEqual(consult.answers);
  });

  it('refuses an earlier result without the age it was taken at', () => {
    const broken = viaText(response);
    const microarray = broken.item!.find((i) => i.linkId === 'microarray')!;
    const earlier = microarray.answer![0]!.item!.find(
      (i) => i.linkId === 'microarray.earlier',
    )!;
    earlier.item = earlier.item!.filter(
      (i) => i.linkId === 'microarray.earlier.result',
    );
    expect(() => answersFileFromResponse(broken)).toThrow(
      /microarray\.earlier: needs microarray\.earlier\.at-weeks/,
    );
  });

  it("refuses weeks since the infection that disagree with the infection's point", () => {
    const broken = viaText(response);
    const infection = broken.item!.find(
      (i) => i.linkId === 'infection-timing',
    )!;
    infection.answer![0]!.valueDecimal = 3;
    expect(() => answersFileFromResponse(broken)).toThrow(
      /item infection-timing: 3 weeks since the infection disagree with infection-timing\.at-weeks \(16\) at 24\.3 weeks/,
    );
  });

  it(
    `${exportRuns} random timed files: answers -> FHIR -> answers keeps every timed answer and the summary`,
    () => {
      let timed = 0;
      fc.assert(
        fc.property(timedAnswersFileArb, (file: AnswersFile) => {
          let original;
          try {
            original = runConsult(file);
          } catch (error) {
            if (error instanceof InvalidAnswersError) return;
            throw error;
          }
          const written = viaText(
            buildQuestionnaireResponse(original.answers, 'clinician'),
          );
          const back = answersFileFromResponse(written);
          if (JSON.stringify(written).includes('at-weeks')) timed++;
          expect(readAnswersFile(back).input.answers).toEqual(original.answers);
          expect(runConsult(parseAnswersFile(back)).summary).toEqual(
            original.summary,
          );
        }),
        { numRuns: exportRuns },
      );
      expect(timed).toBeGreaterThan(exportRuns / 4);
    },
    propertyTimeout,
  );

  it(
    `${exportRuns} random timed files: the conditions over the response's answers (the latest results) agree with the machine`,
    () => {
      fc.assert(
        fc.property(timedAnswersFileArb, (file: AnswersFile) => {
          let answers;
          try {
            answers = runConsult(file).answers;
          } catch (error) {
            if (error instanceof InvalidAnswersError) return;
            throw error;
          }
          const written = buildQuestionnaireResponse(answers, 'clinician');
          // Top-level items and panel rows: the answers FHIRPath's
          // repeat(item) reaches (not those nested under answers).
          const given = new Map<string, unknown[]>();
          const visit = (items: readonly QuestionnaireResponseItem[] = []) => {
            for (const item of items) {
              given.set(
                item.linkId,
                (item.answer ?? []).map((answer) => answer.valueCoding?.code),
              );
              visit(item.item);
            }
          };
          visit(written.item);
          for (const question of questionIds) {
            const condition = applicability[question] ?? [[]];
            const holds = condition.some((all) =>
              all.every(
                (term) =>
                  (given.get(term.linkId) ?? []).includes(term.code) !==
                  Boolean(term.not),
              ),
            );
            expect(holds, question).toBe(isApplicable(question, answers));
          }
        }),
        { numRuns: exportRuns },
      );
    },
    propertyTimeout,
  );

  it(
    `${Math.ceil(exportRuns / 8)} random timed files: the response is valid R4`,
    () => {
      fc.assert(
        fc.property(timedAnswersFileArb, (file: AnswersFile) => {
          let answers;
          try {
            answers = runConsult(file).answers;
          } catch (error) {
            if (error instanceof InvalidAnswersError) return;
            throw error;
          }
          const written = viaText(buildQuestionnaireResponse(answers, null));
          expect(schemaProblems(written)).toEqual([]);
          expect(structureProblems(written)).toEqual([]);
        }),
        { numRuns: Math.ceil(exportRuns / 8) },
      );
    },
    propertyTimeout,
  );
});
