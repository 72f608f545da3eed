import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAnswersFile } from '../../../machines/answers-file.ts';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
} from '../../../machines/consult.ts';
import {
  readShareFragment,
  shareFragment,
} from '../../../machines/share-link.ts';
import { contentVersion } from '../../../content/version.ts';
import {
  consultStateArb,
  expectResumedAs,
  exportRuns,
  propertyTimeout,
} from './consults.ts';

/** The bound of the issue: a full consult's link under 2,000 characters. */
const maxLinkLength = 2_000;
/** Room left for the app's address before the fragment. */
const addressAllowance = 200;

const scenarioDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const scenarios = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.answers.json'))
  .map((f) => {
    const consult = runConsult(
      parseAnswersFile(JSON.parse(readFileSync(scenarioDir + f, 'utf8'))),
    );
    return [f.replace('.answers.json', ''), consult.answers] as const;
  });

async function refusal(hash: string): Promise<InvalidAnswersError> {
  try {
    await readShareFragment(hash);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidAnswersError);
    return error as InvalidAnswersError;
  }
  throw new Error(`${hash} was accepted`);
}

describe('share link (machines/share-link.ts)', () => {
  it("keeps every worked scenario's link under 2,000 characters", async () => {
    const lengths: [string, number][] = [];
    for (const [id, answers] of scenarios) {
      const hash = await shareFragment(toAnswersFile(answers, 'clinician'));
      const link = `http://127.0.0.1:4173/${hash}`;
      expect(hash.length + addressAllowance, id).toBeLessThan(maxLinkLength);
      lengths.push([id, link.length]);
      const opened = await readShareFragment(hash);
      expect(opened.input.answers, id).toEqual(answers);
      expect(opened.contentVersion).toBe(contentVersion);
    }
    lengths.sort((a, b) => b[1] - a[1]);
    console.log(
      `share-link length (http://127.0.0.1:4173/ + fragment), longest first: ${lengths
        .map(([id, n]) => `${id} ${n}`)
        .join(', ')}`,
    );
  });

  it(
    `round trip, ${exportRuns} random consults: the link opens the same answers at the same question, and stays under the bound`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          consultStateArb(),
          async ({ answers, audience, at }) => {
            const hash = await shareFragment(toAnswersFile(answers, audience));
            expect(hash).toMatch(/^#answers=v1\.[A-Za-z0-9_-]+$/);
            expect(hash.length + addressAllowance).toBeLessThan(maxLinkLength);
            const opened = await readShareFragment(hash);
            expectResumedAs(opened.input, { answers, at });
          },
        ),
        { numRuns: exportRuns },
      );
    },
    propertyTimeout,
  );

  it('refuses a damaged link, an unknown format and invalid answers, saying why', async () => {
    const good = await shareFragment(
      toAnswersFile({ gestationalAgeWeeks: 23 }, 'clinician'),
    );
    expect((await refusal(good.slice(0, -6))).issues[0]!.field).toBe('link');
    expect((await refusal('#answers=v1.@@@')).message).toMatch(/damaged/);
    expect((await refusal(good.replace('=v1.', '=v9.'))).message).toMatch(
      /unknown link format/,
    );
    const invalid = await shareFragment({
      contentVersion,
      gestationalAgeWeeks: 50,
    });
    const problem = await refusal(invalid);
    expect(problem.issues[0]!.field).toBe('gestationalAgeWeeks');
  });
});
