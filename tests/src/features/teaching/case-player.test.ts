import { createActor, type AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { teachingCases } from '../../../../content/cases/cases.ts';
import { workupMachine } from '../../../../machines/workup.machine.ts';
import { isAnswerEventType } from '../../../../machines/questions.ts';
import type { WorkupEvent } from '../../../../machines/workup.types.ts';
import { readFileSync } from 'node:fs';
import { readCaseFile, toCaseFile } from '../../../../machines/case-file.ts';
import { parseAnswersFile, runConsult } from '../../../../machines/consult.ts';
import {
  decidingGuards,
  decisionsAt,
  isCorrectPick,
  predictionsAfter,
  replayCase,
} from '../../../../src/features/teaching/case-player.ts';

/** xstate's microstep inspection event, with the transitions it took. */
interface MicrostepEvent {
  _transitions: { source: AnyStateNode; target?: AnyStateNode[] }[];
}

describe('replayCase and predictionsAfter', () => {
  it.each(teachingCases.map((c) => [c.id, c] as const))(
    '%s: the last prediction is the expected classification',
    (_, c) => {
      const { steps, summary } = replayCase(c, 'learner');
      expect(summary.classification).toBe(c.expected.classification);
      expect(steps.at(-1)?.next).toBe('summary');
      // Where the workup first reaches its summary (before any visit).
      const last = predictionsAfter(
        steps.find((s) => s.next === 'summary')!,
      ).find((p) => p.kind === 'classification');
      // Over visits the classification can move after the first summary
      // (parvovirus-serial-mca: below).
      if (!steps.some((s) => s.followUp)) {
        expect(last?.correct).toBe(c.expected.classification);
      } else expect(last).toBeDefined();
      const all = steps.flatMap(predictionsAfter);
      expect(all.length).toBeGreaterThanOrEqual(3);
      for (const p of all) {
        expect(p.options as readonly string[]).toEqual(
          expect.arrayContaining(
            p.kind === 'remaining-causes' ? p.correct : [p.correct],
          ),
        );
      }
    },
  );

  it('asks predictions only at decision points: the decisions the machine took, the open causes after serology, the classification', () => {
    // Written by hand: which question each decision state decides about,
    // and the state that asks it.
    const decides: Record<string, [string, string]> = {
      'workup.serology.avidityDecision': ['cmv-avidity', 'cmvAvidity'],
      'workup.serology.infectionTimingDecision': [
        'infection-timing',
        'infectionTiming',
      ],
      'workup.genetics.diagnosisDecision': [
        'chromosomal-diagnosis',
        'chromosomalDiagnosis',
      ],
      'workup.genetics.cfDecision': ['cf-screening', 'cfScreening'],
      'workup.specialized.pcrDecision': ['cmv-pcr', 'cmvPcr'],
      'workup.specialized.mcaDecision': ['mca-doppler', 'mcaDoppler'],
      'workup.followUp.mcaDue': ['mca-doppler', 'mcaCheck'],
      'workup.followUp.pcrDue': ['cmv-pcr', 'pcrCheck'],
      'workup.followUp.storchRepeat': ['storch', 'storchCheck'],
      'workup.followUp.parvovirusRepeat': ['parvovirus', 'parvovirusCheck'],
    };
    for (const c of teachingCases) {
      // The decisions the machine took at each answer, from its microsteps.
      let taken: { question: string; correct: 'yes' | 'no' }[] = [];
      const perAnswer: (typeof taken)[] = [];
      const actor = createActor(workupMachine, {
        input: {},
        inspect: (ev) => {
          if (ev.type !== '@xstate.microstep') return;
          for (const t of (ev as unknown as MicrostepEvent)._transitions) {
            const decided = decides[t.source.id];
            if (!decided) continue;
            const [question, asks] = decided;
            const asked = (t.target ?? []).some((n) =>
              n.id.endsWith(`.${asks}`),
            );
            taken.push({ question, correct: asked ? 'yes' : 'no' });
          }
        },
      }).start();
      for (const step of c.steps) {
        taken = [];
        actor.send(step.event as WorkupEvent);
        if (isAnswerEventType(step.event.type)) perAnswer.push(taken);
      }
      actor.stop();

      const { steps } = replayCase(c, 'clinician');
      expect(steps).toHaveLength(perAnswer.length);
      steps.forEach((step, i) => {
        const predictions = predictionsAfter(step);
        expect(
          predictions
            .filter((p) => p.kind === 'decision')
            .map((p) => ({ question: p.question, correct: p.correct })),
          `${c.id} after ${step.question}`,
        ).toEqual(perAnswer[i]);
        for (const p of predictions) {
          if (p.kind === 'remaining-causes') {
            expect(step.question, c.id).toMatch(
              /^(parvovirus|infection-timing)$/,
            );
          }
          if (p.kind === 'classification') {
            expect(
              step.question === 'head-size' || step.next === 'summary',
              `${c.id} after ${step.question}`,
            ).toBe(true);
          }
        }
      });
      // The decisions are asked: every case takes several.
      expect(perAnswer.flat().length, c.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('asks whether avidity is indicated after the STORCH panel, not which question comes next', () => {
    const c = teachingCases.find((t) => t.id === 'isolated-negative-workup')!;
    const storch = replayCase(c, 'clinician').steps.find(
      (s) => s.question === 'storch',
    )!;
    expect(storch.skipped).toEqual(['cmv-avidity']);
    const predictions = predictionsAfter(storch);
    expect(predictions).toEqual([
      {
        kind: 'decision',
        question: 'cmv-avidity',
        options: ['yes', 'no'],
        correct: 'no',
      },
    ]);
    expect(isCorrectPick(predictions[0]!, ['no'])).toBe(true);
    expect(isCorrectPick(predictions[0]!, ['yes'])).toBe(false);
  });

  it('replays a consult over visits and asks at each visit what falls due', () => {
    // tests/fixtures/time/three-visits: primary CMV (low avidity at 19
    // weeks, infection at 16 weeks), visits at 19, 21.4 and 24.3 weeks.
    // REVIEW.md: the CMV PCR is due at 21 weeks or more AND more than 6
    // weeks after the infection; parvovirus negative, so no MCA-PSV.
    const answers = runConsult(
      parseAnswersFile(
        JSON.parse(
          readFileSync('tests/fixtures/time/three-visits.answers.json', 'utf8'),
        ) as unknown,
      ),
    ).answers;
    const file = readCaseFile(
      JSON.parse(JSON.stringify(toCaseFile(answers, 'clinician', 'Visits'))),
    );
    const { steps } = replayCase(file, 'clinician');
    const atVisits = steps
      .filter((s) => s.followUp)
      .map((s) => [
        s.question,
        predictionsAfter(s).map((p) =>
          p.kind === 'decision' ? `${p.question}: ${p.correct}` : p.kind,
        ),
      ]);
    expect(atVisits.slice(0, 2)).toEqual([
      ['visit', []],
      // 21.4 weeks: 5.4 weeks after the infection, too early for the PCR.
      [
        'follow-up-scan',
        ['mca-doppler: no', 'cmv-pcr: no', 'storch: no', 'parvovirus: no'],
      ],
    ]);
    const secondScan = atVisits.findIndex(
      ([q], i) => i > 1 && q === 'follow-up-scan',
    );
    // 24.3 weeks, 8.3 weeks after the infection, no PCR result yet: due.
    expect(atVisits[secondScan]).toEqual([
      'follow-up-scan',
      ['mca-doppler: no', 'cmv-pcr: yes'],
    ]);
    expect(atVisits[secondScan + 1]).toEqual([
      'cmv-pcr',
      ['storch: no', 'parvovirus: no'],
    ]);
    // No classification or open causes asked again at the follow-up.
    expect(
      atVisits
        .flatMap(([, ps]) => ps as string[])
        .filter((p) => !p.includes(':')),
    ).toEqual([]);
  });

  it('parvovirus-serial-mca: at each visit the learner predicts what is due, and the serial MCA-PSV is', () => {
    // REVIEW.md, second review: after a recent parvovirus B19 infection
    // (IgM positive at 18 weeks) MCA-PSV is serial, every 1-2 weeks; one
    // normal result does not end it. CMV negative: no PCR; nothing to repeat.
    const c = teachingCases.find((t) => t.id === 'parvovirus-serial-mca')!;
    const { steps } = replayCase(c, 'clinician');
    const visits = steps
      .filter((s) => s.followUp)
      .map((s) => [
        s.question,
        predictionsAfter(s).map((p) =>
          p.kind === 'decision' ? `${p.question}: ${p.correct}` : p.kind,
        ),
      ]);
    const visit = [
      ['visit', []],
      ['follow-up-scan', ['mca-doppler: yes']],
      ['mca-doppler', ['cmv-pcr: no', 'storch: no', 'parvovirus: no']],
    ];
    expect(visits).toEqual([...visit, ...visit, ...visit]);
    // At 18 weeks: a supported infection with no other finding is "cause
    // found" (REVIEW.md, "Classification and prognosis"); the abnormal
    // MCA-PSV at 23 weeks makes it associated.
    expect(
      predictionsAfter(steps.find((s) => s.next === 'summary')!).find(
        (p) => p.kind === 'classification',
      )?.correct,
    ).toBe('cause-found');
    expect(replayCase(c, 'clinician').summary.classification).toBe(
      'associated',
    );
    // At 18 weeks the workup itself asks for the MCA-PSV (IgM positive).
    expect(
      predictionsAfter(steps.find((s) => s.question === 'karyotype')!),
    ).toContainEqual({
      kind: 'decision',
      question: 'mca-doppler',
      options: ['yes', 'no'],
      correct: 'yes',
    });
  });

  it('counts as remaining only the causes still supported or possible', () => {
    // Primary CMV at 23 weeks: CMV supported; rubella IgG positive with IgM
    // negative is immunity (not supported); the rest negative (excluded).
    const c = teachingCases.find((t) => t.id === 'primary-cmv-optimal')!;
    const timing = replayCase(c, 'clinician').steps.find(
      (s) => s.question === 'infection-timing',
    )!;
    const remaining = predictionsAfter(timing).find(
      (p) => p.kind === 'remaining-causes',
    );
    expect(remaining?.correct).toEqual(['cmv']);
  });

  it('names the decision behind each asked or skipped question, from the machine', () => {
    expect(decidingGuards('cmv-avidity')).toEqual(['cmvAvidityIndicated']);
    expect(decidingGuards('mca-doppler')).toEqual([
      'parvovirusRecent',
      'hydropsSeen',
    ]);
    expect(decidingGuards('storch')).toEqual([]);
    const storchOf = (id: string) =>
      replayCase(
        teachingCases.find((t) => t.id === id)!,
        'clinician',
      ).steps.find((s) => s.question === 'storch')!;
    expect(decisionsAt(storchOf('isolated-negative-workup'))).toEqual([
      {
        question: 'cmv-avidity',
        asked: false,
        decisions: [{ id: 'cmvAvidityIndicated', held: false }],
      },
    ]);
    expect(decisionsAt(storchOf('primary-cmv-optimal'))).toEqual([
      {
        question: 'cmv-avidity',
        asked: true,
        decisions: [{ id: 'cmvAvidityIndicated', held: true }],
      },
    ]);
  });
});
