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
      tests: tests.filter((test) => test.status === status),
    }))
    .filter((group) => group.tests.length > 0);
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
export function formatReference(reference: Reference): string {
  const where = [
    reference.container,
    [
      reference.year,
      reference.volume && `;${reference.volume}`,
      reference.pages && `:${reference.pages}`,
    ]
      .filter(Boolean)
      .join(''),
  ]
    .filter(Boolean)
    .join('. ');
  const parts = [
    reference.authors,
    reference.title,
    where,
    reference.doi && `doi:${reference.doi}`,
    reference.pmid && `PMID ${reference.pmid}`,
    reference.note,
  ];
  return parts
    .filter(Boolean)
    .map((part) => String(part).replace(/[.\s]+$/, ''))
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
  const audience = summary.audience;
  const lines: string[] = [];
  lines.push('FETAL HEPATIC CALCIFICATIONS: WORKUP SUMMARY');
  if (options.date) lines.push(options.date);
  lines.push(`Content version ${contentVersion}`);
  lines.push(options.disclaimer, '');
  lines.push(
    `Classification: ${labelOf(`classification.${summary.classification}`, audience)}`,
  );
  for (const reason of summary.classificationReasons)
    lines.push(`  - ${reason}`);
  lines.push('', 'Tests');
  for (const group of groupTestsByStatus(summary.tests)) {
    lines.push(`  ${group.heading.toUpperCase()}`);
    for (const test of group.tests) {
      lines.push(
        `  - ${labelOf(`test.${test.id}`, audience)}: ${test.reason}${test.when ? ` When: ${test.when}` : ''}${cite(test.citations)}`,
      );
    }
  }
  lines.push('', 'Differential');
  for (const cause of summary.differential) {
    lines.push(
      `  - ${labelOf(`cause.${cause.id}`, audience)} (${labelOf(`category.${cause.category}`, audience)}): ${causeStatusWords[cause.status]}. ${cause.reasons.join(' ')}${cite(cause.citations)}`,
      `      About: ${cause.about.text}${cite(cause.about.citations)}`,
    );
  }
  lines.push(
    '',
    'Prognosis',
    `  ${summary.prognosis.text}${cite(summary.prognosis.citations)}`,
  );
  lines.push('', 'Pitfalls');
  for (const pitfall of summary.pitfalls)
    lines.push(`  - ${pitfall.text}${cite(pitfall.citations)}`);
  lines.push('', 'Follow-up');
  for (const item of summary.followUp)
    lines.push(`  - ${item.text}${cite(item.citations)}`);
  lines.push('', 'Background');
  for (const note of summary.notes)
    lines.push(`  - ${note.text}${cite(note.citations)}`);
  if (options.answers?.length) {
    lines.push('', 'Answers entered');
    for (const entry of options.answers) {
      lines.push(`  - ${entry.question}: ${entry.answer}`);
    }
  }
  lines.push('', 'References');
  for (const id of summary.references) {
    const reference = referenceList.get(id);
    if (!reference) continue;
    const status =
      reference.status === 'traceable' ? '' : ` (${reference.status})`;
    lines.push(
      `  [${referenceNumber(id)}] ${formatReference(reference)}${status}`,
    );
  }
  return lines.join('\n');
}
