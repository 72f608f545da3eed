import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import type { Summary, SummaryTiming } from '../../machines/workup.types.ts';
import { emptyListProblems, statusWords } from './summary-checks.ts';

/**
 * The clinical probe suite: unusual but realistic answer files, each with
 * the outcome expected from the source and REVIEW.md (written before the
 * rules were run on it) and the rule it tests.
 */
interface Phrases {
  includes?: string[];
  excludes?: string[];
}

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
    prognosisIncludes?: string[];
    /** What drives the prognosis (`prognosis.drivers`). */
    prognosisDrivers?: { first?: string; includes?: string[] };
    /** The next steps (`nextSteps`, the clinician's order). */
    nextSteps?: {
      includes?: string[];
      excludes?: string[];
      first?: string;
      notFirst?: string;
      /** These ids appear in this relative order. */
      order?: string[];
    };
    /** Exactly the urgent next steps, in order. */
    urgent?: string[];
    /** Phrases of a next step's text (and its timing). */
    stepText?: Record<string, Phrases>;
    /** References a next step must cite (among others). */
    stepCitations?: Record<string, string[]>;
    /** Phrases of a test's reason, what follows it and its timing. */
    testText?: Record<string, Phrases>;
    /** The next steps a recorded result names (`tests[].next.steps`). */
    testNextSteps?: Record<string, string[]>;
    /** Exactly the references a test cites. */
    testCitations?: Record<string, string[]>;
    /** Phrases among the findings and results for / against a cause. */
    causeFor?: Record<string, string[]>;
    causeAgainst?: Record<string, string[]>;
    /** The test or step that would settle a live cause (`settle.by`). */
    causeSettle?: Record<string, string>;
    /** References not cited by the prognosis or by a pitfall (`pitfall.<id>`). */
    citationsExcluded?: Record<string, string[]>;
    pitfalls?: { relevant?: string[]; notRelevant?: string[] };
    /** Phrases the learner wording of the summary may not contain. */
    learnerTextExcludes?: string[];
    /** Fields of a test's timing (`tests[].timing`), each as written. */
    testTiming?: Record<string, Partial<SummaryTiming>>;
    /** Fields of a next step's timing (`nextSteps[].timing`). */
    stepTiming?: Record<string, Partial<SummaryTiming>>;
    /**
     * What changed since the last visit: the classification, and the
     * causes and tests that moved ([from, to]); `{}`: none moved.
     */
    sinceLastVisit?: {
      classification?: { from: string; to: string } | null;
      causes?: Record<string, [string, string]>;
      tests?: Record<string, [string, string]>;
    };
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
    ...summary.tests.flatMap((t) => [t.reason, t.next?.text ?? '']),
    ...summary.differential.flatMap((c) => [
      ...c.reasons,
      c.settle?.text ?? '',
    ]),
    ...summary.nextSteps.map((s) => s.text),
  ]
    .join('\n')
    .toLowerCase();
}

/** Every text of a summary, as a reader sees it. */
function allText(summary: Summary): string {
  return JSON.stringify(summary).toLowerCase();
}

const lower = (text: string) => text.toLowerCase();

function expectPhrases(text: string, phrases: Phrases, what: string) {
  for (const phrase of phrases.includes ?? [])
    expect(lower(text), what).toContain(lower(phrase));
  for (const phrase of phrases.excludes ?? [])
    expect(lower(text), what).not.toContain(lower(phrase));
}

describe('clinical probes', () => {
  it('has at least 40 probes, each naming its rule', () => {
    expect(probes.length).toBeGreaterThanOrEqual(40);
    for (const { probe } of probes)
      expect(probe.rule.length).toBeGreaterThan(10);
  });

  for (const { name, probe } of probes) {
    it(`${name}: ${probe.rule}`, () => {
      const file = parseAnswersFile(probe.answers);
      const { summary } = runConsult(file);
      const clinician = runConsult(file, 'clinician').summary;
      const learner = runConsult(file, 'learner').summary;
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
      expectPhrases(
        summary.prognosis.text,
        {
          ...(e.prognosisIncludes ? { includes: e.prognosisIncludes } : {}),
          ...(e.prognosisExcludes ? { excludes: e.prognosisExcludes } : {}),
        },
        'prognosis',
      );
      const drivers = summary.prognosis.drivers as string[];
      if (e.prognosisDrivers?.first)
        expect(drivers[0], 'first prognosis driver').toBe(
          e.prognosisDrivers.first,
        );
      for (const id of e.prognosisDrivers?.includes ?? [])
        expect(drivers, 'prognosis drivers').toContain(id);

      const steps = summary.nextSteps.map((s) => s.id as string);
      const n = e.nextSteps;
      for (const id of n?.includes ?? [])
        expect(steps, 'next steps').toContain(id);
      for (const id of n?.excludes ?? [])
        expect(steps, 'next steps').not.toContain(id);
      if (n?.first) expect(steps[0], 'first next step').toBe(n.first);
      if (n?.notFirst) expect(steps[0], 'first next step').not.toBe(n.notFirst);
      if (n?.order) {
        const positions = n.order.map((id) => steps.indexOf(id));
        expect(positions, `order of ${n.order.join(', ')}`).not.toContain(-1);
        expect(positions, `order of ${n.order.join(', ')}`).toEqual(
          [...positions].sort((a, b) => a - b),
        );
      }
      if (e.urgent) {
        expect(
          summary.nextSteps.filter((s) => s.urgent).map((s) => s.id),
          'urgent',
        ).toEqual(e.urgent);
        expect(steps.slice(0, e.urgent.length), 'urgent first').toEqual(
          e.urgent,
        );
      }
      for (const [id, phrases] of Object.entries(e.stepText ?? {})) {
        const step = summary.nextSteps.find((s) => s.id === id);
        expect(step, `next step ${id}`).toBeDefined();
        expectPhrases(
          `${step!.label} ${step!.text} ${step!.when ?? ''}`,
          phrases,
          `next step ${id}`,
        );
      }
      for (const [id, refs] of Object.entries(e.stepCitations ?? {})) {
        const step = summary.nextSteps.find((s) => s.id === id);
        for (const ref of refs)
          expect(step?.citations, `citations of ${id}`).toContain(ref);
      }
      for (const [id, phrases] of Object.entries(e.testText ?? {})) {
        const t = summary.tests.find((x) => x.id === id)!;
        expectPhrases(
          `${t.reason} ${t.next?.text ?? ''} ${t.when ?? ''}`,
          phrases,
          `test ${id}`,
        );
      }
      for (const [id, ids] of Object.entries(e.testNextSteps ?? {})) {
        const t = summary.tests.find((x) => x.id === id)!;
        for (const step of ids)
          expect(t.next?.steps ?? [], `what follows ${id}`).toContain(step);
      }
      for (const [id, refs] of Object.entries(e.testCitations ?? {})) {
        const t = summary.tests.find((x) => x.id === id)!;
        expect([...t.citations].sort(), `citations of ${id}`).toEqual(
          [...refs].sort(),
        );
      }
      for (const [side, table] of [
        ['for', e.causeFor],
        ['against', e.causeAgainst],
      ] as const) {
        for (const [id, phrases] of Object.entries(table ?? {})) {
          const c = summary.differential.find((x) => x.id === id)!;
          expectPhrases(
            c[side].join(' '),
            { includes: phrases },
            `${side} ${id}`,
          );
        }
      }
      for (const [id, by] of Object.entries(e.causeSettle ?? {})) {
        const c = summary.differential.find((x) => x.id === id)!;
        expect(c.settle?.by, `what settles ${id}`).toBe(by);
      }
      for (const [where, refs] of Object.entries(e.citationsExcluded ?? {})) {
        const cited =
          where === 'prognosis'
            ? summary.prognosis.citations
            : summary.pitfalls.find((p) => `pitfall.${p.id}` === where)!
                .citations;
        for (const ref of refs) expect(cited, where).not.toContain(ref);
      }
      const relevant = (id: string) =>
        summary.pitfalls.find((p) => p.id === id)?.relevant;
      for (const id of e.pitfalls?.relevant ?? [])
        expect(relevant(id), `pitfall ${id}`).toBe(true);
      for (const id of e.pitfalls?.notRelevant ?? [])
        expect(relevant(id), `pitfall ${id}`).toBe(false);
      for (const phrase of e.learnerTextExcludes ?? [])
        expect(allText(learner), 'learner wording').not.toContain(
          phrase.toLowerCase(),
        );

      for (const [id, timing] of Object.entries(e.testTiming ?? {})) {
        const t = summary.tests.find((x) => x.id === id);
        expect(t?.timing, `timing of ${id}`).toMatchObject(timing);
      }
      for (const [id, timing] of Object.entries(e.stepTiming ?? {})) {
        const step = summary.nextSteps.find((x) => x.id === id);
        expect(step?.timing, `timing of step ${id}`).toMatchObject(timing);
      }
      if (e.sinceLastVisit) {
        const since = summary.sinceLastVisit;
        expect(since, 'since the last visit').toBeDefined();
        const w = e.sinceLastVisit;
        if (w.classification !== undefined)
          expect(since!.classification ?? null, 'classification moved').toEqual(
            w.classification,
          );
        for (const [key, wanted] of [
          ['causes', w.causes],
          ['tests', w.tests],
        ] as const) {
          if (!wanted) continue;
          const moved = Object.fromEntries(
            since![key].map((m) => [m.id, [m.from, m.to]]),
          );
          if (Object.keys(wanted).length === 0)
            expect(moved, `${key} moved`).toEqual({});
          for (const [id, fromTo] of Object.entries(wanted))
            expect(moved[id], `${key}: ${id} moved`).toEqual(fromTo);
        }
      }

      // Every probe: no list renders empty, in either wording, and both
      // wordings give every item the same status.
      expect(emptyListProblems(clinician), 'clinician').toEqual([]);
      expect(emptyListProblems(learner), 'learner').toEqual([]);
      expect(statusWords(learner)).toEqual(statusWords(clinician));
    });
  }
});
