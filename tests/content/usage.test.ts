import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersFileArb } from '../machines/arbitraries.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentNodes, recordContentUse } from '../../content/index.ts';
import { reasonNodes } from '../../content/nodes/reasons.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import { controlOf } from '../../machines/codecs.ts';
import { questionList } from '../../machines/questions.ts';
import type { AnyStateNode } from 'xstate';
import type { Answers } from '../../machines/workup.types.ts';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.tsx?$/.test(name)
        ? [path]
        : [];
  });
}

/** Answer sets that reach every branch of the rules. */
const answerSets: Answers[] = (() => {
  const scenarios = readdirSync(join(root, 'tests', 'scenarios'))
    .filter((f) => f.endsWith('.answers.json'))
    .map(
      (f) =>
        runConsult(
          parseAnswersFile(
            JSON.parse(
              readFileSync(join(root, 'tests', 'scenarios', f), 'utf8'),
            ),
          ),
        ).answers,
    );
  const random = fc.sample(answersFileArb, {
    numRuns: 3000,
    seed: 42,
  }) as Answers[];
  // Branches that random sets reach too rarely to rely on.
  const negative = scenarios[0]!;
  const targeted: Answers[] = [
    {
      ...negative,
      findings: ['intracranial-calcifications'],
      serology: { ...negative.serology, syphilis: 'negative' },
    },
    {
      ...negative,
      serology: {
        ...negative.serology,
        'cmv-igg': 'positive',
        'cmv-igm': 'positive',
      },
      cmvAvidity: 'low',
      weeksSinceMaternalInfection: null,
      specialized: {},
    },
  ];
  // The clinical probes cover the patterns off the main paths.
  const probes = readdirSync(join(root, 'tests', 'clinical', 'probes')).map(
    (f) =>
      runConsult(
        parseAnswersFile(
          (
            JSON.parse(
              readFileSync(
                join(root, 'tests', 'clinical', 'probes', f),
                'utf8',
              ),
            ) as { answers: unknown }
          ).answers,
        ),
      ).answers,
  );
  return [...scenarios, ...targeted, ...probes, ...random];
})();

describe('every content node is used', () => {
  it('every reason template is used by the rules', { timeout: 60_000 }, () => {
    const used = recordContentUse(() => {
      for (const answers of answerSets) {
        buildSummary(answers, 'clinician');
        buildSummary(answers, 'learner');
      }
    });
    const unused = reasonNodes.map((n) => n.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it(
    'every node is used by the machine, the summary or the app',
    { timeout: 60_000 },
    () => {
      const used = recordContentUse(() => {
        for (const answers of answerSets) buildSummary(answers, 'clinician');
      });
      const walk = (node: AnyStateNode): string[] => [
        ...(node.meta ? [(node.meta as { contentId: string }).contentId] : []),
        ...Object.values(node.states).flatMap(walk),
      ];
      for (const id of walk(workupMachine.root)) used.add(id);
      // The consult renders each question's control from the registry.
      for (const { codec } of questionList) {
        const control = controlOf(codec);
        if (control.kind === 'number' && control.hint) used.add(control.hint);
      }
      // The algorithm map labels each guarded transition with its guard's node.
      for (const guard of Object.keys(workupMachine.implementations.guards)) {
        used.add(`decision.${guard}`);
      }
      // The app renders every option of a question, every validation message
      // and every cause category (label and text) through these families; app
      // notes and the rest must be named literally.
      const families = [
        'finding.',
        'head-size.',
        'serology.',
        'diagnosis.',
        'option.',
        'question.',
        'validation.',
        'category.',
        'classification.',
      ];
      const appSource = [
        ...sourceFiles(join(root, 'src')),
        ...sourceFiles(join(root, 'scripts')),
        ...sourceFiles(join(root, 'content', 'cases')),
      ]
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      const unused = [...contentNodes.keys()].filter(
        (id) =>
          !used.has(id) &&
          !families.some((f) => id.startsWith(f)) &&
          !appSource.includes(`'${id}'`),
      );
      expect(unused).toEqual([]);
    },
  );
});
