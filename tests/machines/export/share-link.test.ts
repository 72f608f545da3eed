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

/** A fragment carrying `json` as the app encodes it, whatever it holds. */
async function fragmentOf(json: string): Promise<string> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(new TextEncoder().encode(json));
  void writer.close();
  const bytes = new Uint8Array(
    await new Response(stream.readable).arrayBuffer(),
  );
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#answers=v1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** How long reading a fragment takes, and how it ended. */
async function timed(hash: string) {
  const start = performance.now();
  const error = await refusal(hash);
  return { ms: performance.now() - start, error };
}

describe('share link limits (issue 23: a link never costs the tab)', () => {
  it('refuses a fragment longer than the longest link, before any work', async () => {
    const hash = `#answers=v1.${'A'.repeat(194_000)}`;
    const { ms, error } = await timed(hash);
    expect(error.issues[0]!.field).toBe('link');
    expect(error.message).toMatch(/at most 8192/);
    expect(ms).toBeLessThan(100);
  });

  it('stops inflating a short link that inflates to megabytes (a 5 MB contentVersion)', async () => {
    const bomb = await fragmentOf(
      `{"contentVersion":"${'a'.repeat(5_000_000)}","gestationalAgeWeeks":23}`,
    );
    expect(bomb.length).toBeLessThan(8_192);
    const { ms, error } = await timed(bomb);
    expect(error.message).toMatch(/more than 65536 bytes/);
    expect(ms).toBeLessThan(500);
  });

  it('stops inflating 5 MB of whitespace', async () => {
    const bomb = await fragmentOf(`${' '.repeat(5_000_000)}{}`);
    const { ms, error } = await timed(bomb);
    expect(error.message).toMatch(/more than 65536 bytes/);
    expect(ms).toBeLessThan(500);
  });
});
