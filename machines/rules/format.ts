import { labelOf, referenceList, type Reference } from '../../content/index.ts';
import type { CauseStatus, Summary, TestStatus } from '../workup.types.ts';

const testStatusWords: Record<TestStatus, string> = {
  recommended: 'RECOMMENDED',
  repeat: 'REPEAT',
  'not-yet-optimal': 'NOT YET OPTIMAL',
  pending: 'result awaited',
  done: 'done',
  'not-indicated': 'not indicated',
};

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
 * with numbered citations into the reference list.
 */
export function formatSummaryText(
  summary: Summary,
  options: { disclaimer: string; date?: string },
): string {
  const a = summary.audience;
  const lines: string[] = [];
  lines.push('FETAL HEPATIC CALCIFICATIONS: WORKUP SUMMARY');
  if (options.date) lines.push(options.date);
  lines.push(options.disclaimer, '');
  lines.push(
    `Classification: ${labelOf(`classification.${summary.classification}`, a)}`,
  );
  for (const r of summary.classificationReasons) lines.push(`  - ${r}`);
  lines.push('', 'Tests');
  for (const t of summary.tests) {
    lines.push(
      `  - ${labelOf(`test.${t.id}`, a)}: ${testStatusWords[t.status]}. ${t.reason}${t.when ? ` When: ${t.when}` : ''}${cite(t.citations)}`,
    );
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
  lines.push('', 'References');
  for (const id of summary.references) {
    const ref = referenceList.get(id);
    if (!ref) continue;
    const status = ref.status === 'traceable' ? '' : ` (${ref.status})`;
    lines.push(`  [${referenceNumber(id)}] ${formatReference(ref)}${status}`);
  }
  return lines.join('\n');
}
