import { formatSummaryText } from '../../machines/rules/format.ts';
import type { Summary } from '../../machines/workup.types.ts';

/**
 * Checks on the words of a summary that hold for every case (the probes
 * and the property test use them): no list renders empty, and both
 * wordings say the same thing about every item.
 */

/**
 * Signs of a list rendered empty or a value left out of a sentence. Texts
 * hold no line break, so each pattern stays within one text when the texts
 * are tested one per line.
 */
const emptyList: [RegExp, string][] = [
  [/:[ \t]*[.,;)]/m, 'a colon before nothing ("Missing: .")'],
  [/\([ \t]*\)/m, 'empty brackets'],
  [/,[ \t]*[,.;)]/m, 'an empty item in a list'],
  [/:[ \t]*$/m, 'a colon ending a text'],
  [/^[ \t]*$/m, 'an empty text'],
  [/\{[a-zA-Z]+\}/m, 'a placeholder left unfilled'],
  [/\bundefined\b|\bnull\b|\bNaN\b/m, 'a missing value written out'],
];

/** Keys whose strings are ids or codes, not words. */
const idKeys = new Set([
  'id',
  'by',
  'status',
  'category',
  'audience',
  'classification',
  'basis',
  'references',
  'citations',
  'steps',
  'after',
  'settles',
  'drivers',
]);

/**
 * Every text (words, not ids) of a summary; with `path`, where each is
 * (only to name a problem: building paths costs more than the check).
 */
function texts(
  value: unknown,
  out: { path: string; text: string }[],
  path?: string,
) {
  if (typeof value === 'string') out.push({ path: path ?? '', text: value });
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++)
      texts(value[i], out, path === undefined ? path : `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const key in value)
      if (!idKeys.has(key))
        texts(
          (value as Record<string, unknown>)[key],
          out,
          path === undefined ? path : `${path}.${key}`,
        );
  return out;
}

/**
 * Where a summary renders a list empty: in any of its texts, and in its
 * text form (a heading with no item under it).
 */
export function emptyListProblems(summary: Summary): string[] {
  const problems: string[] = [];
  const all = texts(summary, [])
    .map((item) => item.text)
    .join('\n');
  for (const [pattern, what] of emptyList) {
    if (!pattern.test(all)) continue;
    for (const { path, text } of texts(summary, [], 'summary'))
      if (pattern.test(text)) problems.push(`${path}: ${what}: "${text}"`);
  }
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
