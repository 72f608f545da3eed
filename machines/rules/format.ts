import { labelOf, referenceList, type Audience } from '../../content/index.ts';
import { formatReference } from './reference-format.ts';
import { statusUi } from '../../content/ui/status.ts';
import { summaryUi } from '../../content/ui/summary.ts';
import { contentVersion } from '../../content/version.ts';
import type {
  CauseStatus,
  Summary,
  SummaryCause,
  SummaryItem,
  SummaryTest,
  SummaryTiming,
  TestStatus,
} from '../workup.types.ts';
import { weeksText } from './gestational-age.ts';

/**
 * The summary in the clinician's order, shared by the screen, the printout,
 * "Copy summary as text" and the command line, so all four read alike:
 * the classification in one line, anything urgent, what to do now (with
 * timing), what is awaited; then the differential (live causes first, the
 * rest folded), the pitfalls (those bearing on the case first, the rest
 * folded), the prognosis with what drives it, the follow-up, every test,
 * the background and the references.
 */

export { formatReference } from './reference-format.ts';

type SummaryWordId = keyof typeof summaryUi;

/** The summary's own words (content/ui/summary.ts) for one audience. */
export function summaryWords(
  id: SummaryWordId,
  audience: Audience,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const words = summaryUi[id] as string | Readonly<Record<Audience, string>>;
  const text = typeof words === 'string' ? words : words[audience];
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

const testStatusOrder: readonly TestStatus[] = [
  'recommended',
  'repeat',
  'not-yet-optimal',
  'pending',
  'after-birth',
  'done',
  'optional',
  'not-indicated',
];

/**
 * The tests grouped by status, in the order the screen, the printout and
 * the text show them.
 */
export const testStatusHeadings = Object.fromEntries(
  testStatusOrder.map((status) => [
    status,
    summaryWords(`summary.group-${status}`, 'clinician'),
  ]),
) as Record<TestStatus, string>;

/** The summary's tests in groups of one status each, empty groups left out. */
export function groupTestsByStatus(
  tests: readonly SummaryTest[],
): { status: TestStatus; heading: string; tests: SummaryTest[] }[] {
  return testStatusOrder
    .map((status) => ({
      status,
      heading: testStatusHeadings[status],
      tests: tests.filter((test) => test.status === status),
    }))
    .filter((group) => group.tests.length > 0);
}

/** Live (to settle) first: confirmed, supported, then possible. */
const causeRank: Record<CauseStatus, number> = {
  confirmed: 0,
  supported: 1,
  possible: 2,
  'not-supported': 3,
  excluded: 4,
};

/**
 * The differential as it is read: the live causes (confirmed, supported,
 * possible; among the possible, those with a finding or result for them
 * first), then the causes not supported or excluded, folded away. Within a
 * rank the summary's own order holds (fetal anemia causes first when anemia
 * is suspected).
 */
export function differentialGroups(summary: Pick<Summary, 'differential'>): {
  live: SummaryCause[];
  folded: SummaryCause[];
} {
  const weight = (cause: SummaryCause) =>
    causeRank[cause.status] * 2 +
    (cause.status === 'possible' && cause.for.length === 0 ? 1 : 0);
  const ordered = summary.differential
    .map((cause, index) => ({ cause, index }))
    .sort((a, b) => weight(a.cause) - weight(b.cause) || a.index - b.index)
    .map(({ cause }) => cause);
  return {
    live: ordered.filter((cause) => causeRank[cause.status] <= 2),
    folded: ordered.filter((cause) => causeRank[cause.status] > 2),
  };
}

/** The pitfalls bearing on the case, then the others (folded). */
export function pitfallGroups<P extends SummaryItem>(summary: {
  pitfalls: readonly P[];
}): {
  relevant: P[];
  others: P[];
} {
  return {
    relevant: summary.pitfalls.filter((pitfall) => pitfall.relevant),
    others: summary.pitfalls.filter((pitfall) => !pitfall.relevant),
  };
}

/** A cause's reasons that are neither for nor against it. */
export function openReasons(cause: SummaryCause): string[] {
  return cause.reasons.filter(
    (reason) => !cause.for.includes(reason) && !cause.against.includes(reason),
  );
}

/**
 * The classification in one line: its label and its reasons
 * ("Associated: Beside the liver calcifications: Ascites. ...").
 */
export function classificationLine(summary: Summary): string {
  const label = labelOf(
    `classification.${summary.classification}`,
    summary.audience,
  );
  return [label, ...summary.classificationReasons].join(' · ');
}

/**
 * Today's date beside today's gestational age, to show a plan's calendar
 * dates. Dates are computed for display only: never stored, exported or
 * put in a link (README, Privacy).
 */
export interface PlanDates {
  /** Today's date, `YYYY-MM-DD` (the device's clock, or `--today`). */
  today: string;
  /** Today's gestational age in weeks. */
  todayWeeks: number;
}

/** Today's date as `YYYY-MM-DD`, from the device's clock (local time). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a string is a calendar date `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
  );
}

/**
 * The calendar date of a gestational age, counted in whole days from
 * today's.
 *
 * @example
 * dateOfWeeks(22, { today: '2026-12-01', todayWeeks: 20 }); // '2026-12-15'
 */
export function dateOfWeeks(weeks: number, dates: PlanDates): string {
  const days = Math.round(weeks * 7) - Math.round(dates.todayWeeks * 7);
  const date = new Date(`${dates.today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A plan's timing as a calendar date, when today's date is known: "on or
 * after 2026-12-15" for a window not open yet; null when it is due now,
 * after birth, or no date is known.
 */
export function timingDate(
  timing: SummaryTiming | undefined,
  dates: PlanDates | undefined,
  audience: Audience,
): string | null {
  if (!timing || !dates || timing.afterBirth || timing.fromWeeks === null)
    return null;
  const date = dateOfWeeks(timing.fromWeeks, dates);
  return timing.fromWeeks > dates.todayWeeks + 1e-4
    ? summaryWords('summary.on-or-after', audience, { date })
    : summaryWords('summary.due-since', audience, { date });
}

/**
 * "Since the last visit", in words: its heading and one line per change
 * (classification, causes, tests), or that nothing changed.
 */
export function sinceLastVisitLines(
  summary: Summary,
): { heading: string; lines: string[] } | null {
  const since = summary.sinceLastVisit;
  if (!since) return null;
  const audience = summary.audience;
  const w = (id: SummaryWordId, values?: Record<string, string | number>) =>
    summaryWords(id, audience, values);
  const lines = [
    ...(since.classification
      ? [
          w('summary.since-classification', {
            from: labelOf(
              `classification.${since.classification.from}`,
              audience,
            ),
            to: labelOf(`classification.${since.classification.to}`, audience),
          }),
        ]
      : []),
    ...since.causes.map((cause) =>
      w('summary.since-cause', {
        cause: labelOf(`cause.${cause.id}`, audience),
        from: statusWord('cause', cause.from, audience),
        to: statusWord('cause', cause.to, audience),
      }),
    ),
    ...since.tests.map((test) =>
      w('summary.since-test', {
        test: labelOf(`test.${test.id}`, audience),
        from: statusWord('test', test.from, audience),
        to: statusWord('test', test.to, audience),
      }),
    ),
  ];
  return {
    heading: w('summary.since-last-visit', { weeks: weeksText(since.atWeeks) }),
    lines: lines.length ? lines : [w('summary.since-nothing')],
  };
}

/** The tests sent and not back yet. */
export function awaitedTests(summary: Pick<Summary, 'tests'>): SummaryTest[] {
  return summary.tests.filter((test) => test.status === 'pending');
}

const statusWord = (
  kind: 'test' | 'cause',
  status: string,
  audience: Audience,
) => {
  const words = statusUi[
    `status.${kind}.${status}` as keyof typeof statusUi
  ] as string | Readonly<Record<Audience, string>>;
  return typeof words === 'string' ? words : words[audience];
};

const cite = (ids: readonly string[]) =>
  ids.length ? ` [${ids.map((id) => referenceNumber(id)).join(', ')}]` : '';

/** Each reference's number in the list, computed once. */
const referenceNumbers = new Map(
  [...referenceList.keys()].map((id, index) => [id, index + 1]),
);

function referenceNumber(id: string): number {
  return referenceNumbers.get(id) ?? 0;
}

/**
 * The summary as plain text (for the terminal and "copy summary as text"),
 * in the clinician's order (above), with numbered citations into the
 * reference list: stamped with the content version (and the date, when
 * given), and the answers the summary rests on (when given).
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
    /** Today's date and gestational age: the plan's calendar dates. */
    dates?: PlanDates;
  },
): string {
  const audience = summary.audience;
  const w = (id: SummaryWordId, values?: Record<string, string | number>) =>
    summaryWords(id, audience, values);
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', text);
  lines.push(w('summary.text-title'));
  if (options.date) lines.push(options.date);
  lines.push(w('summary.text-version', { version: contentVersion }));
  lines.push(options.disclaimer, '');

  lines.push(
    `${w('summary.classification')}: ${classificationLine(summary)}${cite(summary.classificationCitations)}`,
  );
  const since = sinceLastVisitLines(summary);
  if (since) {
    heading(since.heading.toUpperCase());
    for (const line of since.lines) lines.push(`  - ${line}`);
  }
  const dated = (timing: SummaryTiming | undefined) => {
    const date = timingDate(timing, options.dates, audience);
    return date ? ` (${date})` : '';
  };
  const urgent = summary.nextSteps.filter((step) => step.urgent);
  const now = summary.nextSteps.filter((step) => !step.urgent);
  if (urgent.length) {
    heading(w('summary.urgent').toUpperCase());
    for (const step of urgent)
      lines.push(`  ! ${step.label}: ${step.text}${cite(step.citations)}`);
  }
  heading(w('summary.what-next'));
  if (now.length === 0) lines.push(`  ${w('summary.no-test')}`);
  for (const step of now) {
    const status =
      step.status && step.status !== 'recommended'
        ? ` (${statusWord('test', step.status, audience)})`
        : '';
    lines.push(
      `  - ${step.label}${status}: ${step.text}${step.when ? ` ${w('summary.when')} ${step.when}${dated(step.timing)}` : ''}${cite(step.citations)}`,
    );
  }
  heading(w('summary.still-open'));
  const awaited = awaitedTests(summary);
  if (awaited.length === 0) lines.push(`  ${w('summary.no-pending')}`);
  for (const test of awaited)
    lines.push(
      `  - ${labelOf(`test.${test.id}`, audience)}: ${test.reason}${cite(test.citations)}`,
    );

  heading(w('summary.differential'));
  const { live, folded } = differentialGroups(summary);
  const causeLine = (cause: SummaryCause) =>
    `  - ${labelOf(`cause.${cause.id}`, audience)} (${labelOf(`category.${cause.category}`, audience)}): ${statusWord('cause', cause.status, audience)}.`;
  lines.push(`  ${w('summary.live-causes').toUpperCase()}`);
  for (const cause of live) {
    lines.push(`${causeLine(cause)}${cite(cause.citations)}`);
    if (cause.for.length)
      lines.push(`      ${w('summary.for')} ${cause.for.join(' ')}`);
    if (cause.against.length)
      lines.push(`      ${w('summary.against')} ${cause.against.join(' ')}`);
    const rest = openReasons(cause);
    if (rest.length) lines.push(`      ${rest.join(' ')}`);
    if (cause.settle)
      lines.push(
        `      ${w('summary.settle')} ${cause.settle.text}${cause.settle.when ? ` ${w('summary.when')} ${cause.settle.when}` : ''}`,
      );
    lines.push(
      `      ${w('summary.text-about')} ${cause.about.text}${cite(cause.about.citations)}`,
    );
  }
  if (folded.length) {
    lines.push(
      `  ${w('summary.folded-causes', { count: folded.length }).toUpperCase()}`,
    );
    for (const cause of folded)
      lines.push(
        `${causeLine(cause)} ${cause.reasons.join(' ')}${cite(cause.citations)}`,
      );
  }

  heading(w('summary.pitfalls'));
  const { relevant, others } = pitfallGroups(summary);
  for (const pitfall of relevant)
    lines.push(
      `  - [${w('summary.relevant')}] ${pitfall.text}${cite(pitfall.citations)}`,
    );
  if (others.length) {
    lines.push(
      `  ${w('summary.other-pitfalls', { count: others.length }).toUpperCase()}`,
    );
    for (const pitfall of others)
      lines.push(`  - ${pitfall.text}${cite(pitfall.citations)}`);
  }

  heading(w('summary.prognosis'));
  lines.push(`  ${summary.prognosis.text}${cite(summary.prognosis.citations)}`);
  lines.push(
    `  ${w('summary.driven-by')} ${summary.prognosis.drivers.map((driver) => w(`summary.driver.${driver}`)).join(', ')}.`,
  );
  heading(w('summary.follow-up'));
  for (const item of summary.followUp)
    lines.push(
      `  - ${item.timing?.afterBirth ? `[${statusWord('test', 'after-birth', audience)}] ` : ''}${item.text}${cite(item.citations)}`,
    );

  heading(w('summary.next-tests'));
  for (const group of groupTestsByStatus(summary.tests)) {
    lines.push(`  ${group.heading.toUpperCase()}`);
    for (const test of group.tests) {
      lines.push(
        `  - ${labelOf(`test.${test.id}`, audience)}: ${test.reason}${test.when ? ` ${w('summary.when')} ${test.when}${dated(test.timing)}` : ''}${cite(test.citations)}`,
      );
      if (test.next)
        lines.push(`      ${test.next.text}${cite(test.next.citations)}`);
    }
  }
  if (options.dates)
    lines.push('', w('summary.dates-note', { date: options.dates.today }));
  heading(w('summary.background'));
  for (const note of summary.notes)
    lines.push(`  - ${note.text}${cite(note.citations)}`);
  if (options.answers?.length) {
    heading(w('summary.answers'));
    for (const entry of options.answers) {
      lines.push(`  - ${entry.question}: ${entry.answer}`);
    }
  }
  heading(w('summary.references'));
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
