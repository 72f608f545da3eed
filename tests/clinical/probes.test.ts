import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import type { Summary } from '../../machines/workup.types.ts';

/**
 * The clinical probe suite: unusual but realistic answer files, each with
 * the outcome expected from the source and REVIEW.md (written before the
 * rules were run on it) and the rule it tests.
 */
interface Probe {
  rule: string;
  answers: unknown;
  expect: {
    classification?: Summary['classification'];
    tests?: Record<string, string>;
    causes?: Record<string, string>;
    followUp?: { includes?: string[]; excludes?: string[] };
    /** Test ids whose item must say when to do it. */
    testWhen?: string[];
    /** Phrases no classification reason, prognosis or reason may contain. */
    textExcludes?: string[];
    prognosisExcludes?: string[];
  };
}

const dir = new URL('./probes/', import.meta.url);
const probes = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    probe: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Probe,
  }));

/** Every sentence of a summary that reasons about this case. */
function reasoningText(summary: Summary): string {
  return [
    ...summary.classificationReasons,
    summary.prognosis.text,
    ...summary.tests.map((t) => t.reason),
    ...summary.differential.flatMap((c) => c.reasons),
  ]
    .join('\n')
    .toLowerCase();
}

describe('clinical probes', () => {
  it('has at least 40 probes, each naming its rule', () => {
    expect(probes.length).toBeGreaterThanOrEqual(40);
    for (const { probe } of probes)
      expect(probe.rule.length).toBeGreaterThan(10);
  });

  for (const { name, probe } of probes) {
    it(`${name}: ${probe.rule}`, () => {
      const { summary } = runConsult(parseAnswersFile(probe.answers));
      const e = probe.expect;
      if (e.classification)
        expect(summary.classification, 'classification').toBe(e.classification);
      for (const [id, status] of Object.entries(e.tests ?? {})) {
        expect(
          summary.tests.find((t) => t.id === id)?.status,
          `test ${id}`,
        ).toBe(status);
      }
      for (const [id, status] of Object.entries(e.causes ?? {})) {
        expect(
          summary.differential.find((c) => c.id === id)?.status,
          `cause ${id}`,
        ).toBe(status);
      }
      const followUpIds = summary.followUp.map((f) => f.id as string);
      for (const id of e.followUp?.includes ?? [])
        expect(followUpIds, 'follow-up').toContain(id);
      for (const id of e.followUp?.excludes ?? [])
        expect(followUpIds, 'follow-up').not.toContain(id);
      for (const id of e.testWhen ?? []) {
        expect(
          summary.tests.find((t) => t.id === id)?.when,
          `when of ${id}`,
        ).toBeTruthy();
      }
      const text = reasoningText(summary);
      for (const phrase of e.textExcludes ?? [])
        expect(text, 'reasoning text').not.toContain(phrase.toLowerCase());
      for (const phrase of e.prognosisExcludes ?? [])
        expect(summary.prognosis.text.toLowerCase(), 'prognosis').not.toContain(
          phrase.toLowerCase(),
        );
    });
  }
});
