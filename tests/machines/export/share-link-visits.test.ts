import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toAnswersFile } from '../../../machines/answers-file.ts';
import { parseAnswersFile, runConsult } from '../../../machines/consult.ts';
import {
  readShareFragment,
  shareFragment,
} from '../../../machines/share-link.ts';

/**
 * Issue 18: a consult over three visits (results taken at their own ages,
 * one recorded at a later visit, follow-up scans) travels in a share link
 * of under 2,000 characters, and opens with the same answers.
 */
const file = parseAnswersFile(
  JSON.parse(
    readFileSync('tests/fixtures/time/three-visits.answers.json', 'utf8'),
  ),
);

describe('a share link over three visits', () => {
  it('stays under 2,000 characters and opens the same answers', async () => {
    const { answers } = runConsult(file);
    const fragment = await shareFragment(toAnswersFile(answers, 'clinician'));
    const link = `https://fhc-workup.example.org/${fragment}`;
    console.log(`three-visit share link: ${link.length} characters`);
    expect(link.length).toBeLessThan(2000);
    const opened = await readShareFragment(fragment);
    expect(opened.input.answers).toEqual(answers);
    expect(answers.visits).toEqual([{ atWeeks: 19 }, { atWeeks: 21.4 }]);
    expect(answers.scans).toHaveLength(2);
  });
});
