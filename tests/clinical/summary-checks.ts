import { formatSummaryText } from '../../machines/rules/format.ts';
import type { Summary } from '../../machines/workup.types.ts';

/**
 * Checks on the words of a summary that hold for every case (the probes
 * and the property test use them): no list renders empty, and both
 * wordings say the same thing about every item.
 */

/** Signs of a list rendered empty or a value left out of a sentence. */
const emptyList: [RegExp, string][] = [
  [/:\s*[.,;)]/, 'a colon before nothing ("Missing: .")'],
  [/\(\s*\)/, 'empty brackets'],
  [/,\s*[,.;)]/, 'an empty item in a list'],
  [/:\s*$/, 'a colon ending a text'],
  [/\{[a-zA-Z]+\}/, 'a placeholder left unfilled'],
  [/\bundefined\b|\bnull\b|\bNaN\b/, 'a missing value written out'],
];

/** Every string of a summary, with where it is. */
function strings(value: unknown, path: string, out: [string, string][]) {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value))
    value.forEach((item, i) => strings(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      strings(item, `${path}.${key}`, out);
  return out;
}

/** Fields whose strings are ids or codes, not words. */
const idFields =
  /\.(id|by|status|category|audience|classification|basis\[\d+\]|references\[\d+\]|citations\[\d+\]|steps\[\d+\]|after\[\d+\]|settles\[\d+\]|drivers\[\d+\])$/;

/**
 * Where a summary renders a list empty: in any of its texts, and in its
 * text form (a heading with no item under it).
 */
export function emptyListProblems(summary: Summary): string[] {
  const problems: string[] = [];
  for (const [path, text] of strings(summary, 'summary', [])) {
    if (idFields.test(path)) continue;
    if (text.trim() === '') problems.push(`${path}: empty text`);
    for (const [pattern, what] of emptyList)
      if (pattern.test(text)) problems.push(`${path}: ${what}: "${text}"`);
  }
  for (const field of ['for', 'against', 'reasons'] as const)
    for (const cause of summary.differential)
      if (cause[field].some((text) => text.trim() === ''))
        problems.push(`differential ${cause.id}.${field}: an empty item`);
  const text = formatSummaryText(summary, { disclaimer: 'D' });
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    // A heading (a line with no indent) or a group heading (upper case)
    // must be followed by an item.
    const next = lines[i + 1] ?? '';
    const isHeading = line !== '' && !line.startsWith(' ') && i > 3;
    const isGroup = /^ {2}[A-Z][A-Z ,()0-9-]+$/.test(line);
    if ((isHeading && line !== 'D' && !line.includes(':')) || isGroup) {
      if (next.trim() === '' || (!next.startsWith('  ') && isHeading))
        problems.push(`text: "${line}" heads an empty list`);
    }
    if (/^\s+-\s*$/.test(line)) problems.push(`text line ${i}: an empty item`);
  });
  return problems;
}

/**
 * What a summary says about each item, without its words: the same for
 * both audiences, or the two wordings disagree.
 */
export function statusWords(summary: Summary) {
  return {
    classification: summary.classification,
    tests: summary.tests.map((t) => [
      t.id,
      t.status,
      Boolean(t.when),
      t.next?.steps ?? null,
      t.citations,
    ]),
    causes: summary.differential.map((c) => [
      c.id,
      c.status,
      c.for.length,
      c.against.length,
      c.settle?.by ?? null,
      c.citations,
    ]),
    nextSteps: summary.nextSteps.map((s) => [
      s.id,
      s.urgent,
      s.status ?? null,
      s.after,
      s.settles,
    ]),
    prognosis: [summary.prognosis.drivers, summary.prognosis.citations],
    pitfalls: summary.pitfalls.map((p) => [p.id, p.relevant]),
    followUp: summary.followUp.map((f) => f.id),
    references: summary.references,
  };
}
