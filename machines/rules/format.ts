import { labelOf, referenceList, type Reference } from '../../content/index.ts';
import { contentVersion } from '../../content/version.ts';
import type {
  CauseStatus,
  Summary,
  SummaryTest,
  TestStatus,
} from '../workup.types.ts';

/**
 * The tests grouped by status, in the order the screen, the printout and
 * the text show them.
 */
export const testStatusHeadings: Record<TestStatus, string> = {
  recommended: 'Recommended now',
  repeat: 'To repeat',
  'not-yet-optimal': 'Not yet optimal',
  pending: 'Sent, result awaited',
  done: 'Done',
  'not-indicated': 'Not indicated',
};

/** The summary's tests in groups of one status each, empty groups left out. */
export function groupTestsByStatus(
  tests: readonly SummaryTest[],
): { status: TestStatus; heading: string; tests: SummaryTest[] }[] {
  return (Object.keys(testStatusHeadings) as TestStatus[])
    .map((status) => ({
      status,
      heading: testStatusHeadings[status],
      tests: tests.filter((t) => t.status === status),
    }))
    .filter((g) => g.tests.length > 0);
}

const causeStatusWords: Record<CauseStatus, string> = {
  supported: 'SUPPORTED',
  possible: 'possible',
  'not-supported': 'not supported',
  excluded: 'excluded',
};

const cite = (ids: readonly string[]) =>
  ids.length ? ` [${ids.map((id) => referenceNumber(id)).join(', ')}]` : '';

function referenceNumber(id: string): number {
  return [...referenceList.keys()].indexOf(id) + 1;
}

/** A reference as one line of a printed list (its status is shown apart). */
export function formatReference(ref: Reference): string {
  const where = [
    ref.container,
    [ref.year, ref.volume && `;${ref.volume}`, ref.pages && `:${ref.pages}`]
      .filter(Boolean)
      .join(''),
  ]
    .filter(Boolean)
    .join('. ');
  const parts = [
    ref.authors,
    ref.title,
    where,
    ref.doi && `doi:${ref.doi}`,
    ref.pmid && `PMID ${ref.pmid}`,
    ref.note,
  ];
  return parts
    .filter(Boolean)
    .map((p) => String(p).replace(/[.\s]+$/, ''))
    .join('. ');
}

/**
 * The summary as plain text (for the terminal and "copy summary as text"),
 * with numbered citations into the reference list: stamped with the content
 * version (and the date, when given), tests grouped by status as on screen,
 * and the answers the summary rests on (when given).
 *
 * @example
 * formatSummaryText(summary, { disclaimer, date: 'Date: 2026-11-26', answers: [{ question: 'Gestational age', answer: '23 weeks' }] });
 */
export function formatSummaryText(
  summary: Summary,
  options: {
    disclaimer: string;
    date?: string;
    /** The answers entered, in words (question label and answer). */
    answers?: readonly { question: string; answer: string }[];
  },
): string {
  const a = summary.audience;
  const lines: string[] = [];
  lines.push('FETAL HEPATIC CALCIFICATIONS: WORKUP SUMMARY');
  if (options.date) lines.push(options.date);
  lines.push(`Content version ${contentVersion}`);
  lines.push(options.disclaimer, '');
  lines.push(
    `Classification: ${labelOf(`classification.${summary.classification}`, a)}`,
  );
  for (const r of summary.classificationReasons) lines.push(`  - ${r}`);
  lines.push('', 'Tests');
  for (const group of groupTestsByStatus(summary.tests)) {
    lines.push(`  ${group.heading.toUpperCase()}`);
    for (const t of group.tests) {
      lines.push(
        `  - ${labelOf(`test.${t.id}`, a)}: ${t.reason}${t.when ? ` When: ${t.when}` : ''}${cite(t.citations)}`,
      );
    }
  }
  lines.push('', 'Differential');
  for (const c of summary.differential) {
    lines.push(
      `  - ${labelOf(`cause.${c.id}`, a)} (${labelOf(`category.${c.category}`, a)}): ${causeStatusWords[c.status]}. ${c.reasons.join(' ')}${cite(c.citations)}`,
      `      About: ${c.about.text}${cite(c.about.citations)}`,
    );
  }
  lines.push(
    '',
    'Prognosis',
    `  ${summary.prognosis.text}${cite(summary.prognosis.citations)}`,
  );
  lines.push('', 'Pitfalls');
  for (const p of summary.pitfalls)
    lines.push(`  - ${p.text}${cite(p.citations)}`);
  lines.push('', 'Follow-up');
  for (const f of summary.followUp)
    lines.push(`  - ${f.text}${cite(f.citations)}`);
  lines.push('', 'Background');
  for (const n of summary.notes)
    lines.push(`  - ${n.text}${cite(n.citations)}`);
  if (options.answers?.length) {
    lines.push('', 'Answers entered');
    for (const entry of options.answers) {
      lines.push(`  - ${entry.question}: ${entry.answer}`);
    }
  }
  lines.push('', 'References');
  for (const id of summary.references) {
    const ref = referenceList.get(id);
    if (!ref) continue;
    const status = ref.status === 'traceable' ? '' : ` (${ref.status})`;
    lines.push(`  [${referenceNumber(id)}] ${formatReference(ref)}${status}`);
  }
  return lines.join('\n');
}
