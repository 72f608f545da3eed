/**
 * Renders the summary view (summary-view.ts) and sends nothing but "record a
 * result". One concern, several components: the overview, the sections and
 * their items are parts of this one panel and are used nowhere else.
 */
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Answers,
  Audience,
  CauseStatus,
} from '../../../machines/workup.types.ts';
import { buildSummary } from '../../../machines/rules/summary.ts';
import { Citations } from '../../shared/ui/citations.tsx';
import './summary.css';
import { copyText } from '../../shared/lib/copy-text.ts';
import { formatSummaryText } from '../../../machines/rules/format.ts';
import { causeStatusLabel } from '../../shared/lib/status-labels.ts';
import {
  summaryText as ui,
  summaryView,
  type SummaryEntryView,
  type SummaryView,
} from './summary-view.ts';
import { SummaryActionsContext } from '../../shared/lib/summary-actions.ts';
import { RecordResult } from './record-result.tsx';
import { CopyIcon, PrintIcon } from '../../shared/ui/summary-icons.tsx';
import { Button } from '../../shared/ui/button.tsx';
import { ReferenceList } from '../../shared/ui/reference-list.tsx';

interface Props {
  /** The summary is built here, so the rules load with the summary view. */
  answers: Answers;
  audience: Audience;
  /** 'final' at the end of the workup; 'partial' for "summary so far". */
  variant: 'final' | 'partial';
  headingRef?: React.Ref<HTMLHeadingElement>;
  /** Called once the panel is on screen (to move focus to it). */
  onShown?: () => void;
  now?: Date;
}

/** The workup summary: what the consult concludes, and why. */
export function SummaryPanel({
  answers,
  audience,
  variant,
  headingRef,
  now,
  onShown,
}: Props) {
  const shown = useRef(onShown);
  const renderActions = useContext(SummaryActionsContext);
  useEffect(() => shown.current?.(), []);
  const summary = useMemo(
    () => buildSummary(answers, audience),
    [answers, audience],
  );
  const view = useMemo(() => summaryView(summary, answers), [summary, answers]);
  const [date] = useState(() => now ?? new Date());
  const [status, setStatus] = useState('');
  const refPrefix = `${variant}-ref-`;
  const title = ui(`summary.title-${variant}`, audience);

  return (
    <article
      className={`summary summary--${variant}`}
      aria-labelledby={`${variant}-summary-title`}
    >
      <header className="summary__header">
        <p className="print-only print-title">
          {ui('summary.print-title', audience)}
        </p>
        <h2 id={`${variant}-summary-title`} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <p className="summary__date">
          {ui('summary.date', audience)}{' '}
          <time dateTime={date.toISOString()}>
            {date.toLocaleDateString('en-GB', {
              day: 'numeric',
              month: 'long',
              year: 'numeric',
            })}
          </time>
          <span className="summary__version">
            {' '}
            {ui('summary.content-version', audience, {
              version: view.contentVersion,
            })}
          </span>
        </p>
        {variant === 'partial' && (
          <p className="notice notice--info">
            {ui('summary.partial-notice', audience)}
          </p>
        )}
        <div className="button-row no-print">
          <Button variant="quiet" onClick={() => window.print()}>
            <PrintIcon /> {ui('summary.print', audience)}
          </Button>
          <Button
            variant="quiet"
            onClick={async () => {
              const ok = await copyText(
                formatSummaryText(summary, {
                  disclaimer: view.disclaimer,
                  date: `${ui('summary.date', audience)} ${date.toISOString().slice(0, 10)}`,
                  answers: view.answers,
                }),
              );
              setStatus(
                ui(ok ? 'summary.copied' : 'summary.copy-failed', audience),
              );
            }}
          >
            <CopyIcon /> {ui('summary.copy', audience)}
          </Button>
          {renderActions && (
            <div data-slot="export-actions" className="summary__export-slot">
              {renderActions({
                answers,
                audience: summary.audience,
                finished: variant === 'final',
              })}
            </div>
          )}
          <span role="status" className="status-line">
            {status}
          </span>
        </div>
      </header>
      <Overview view={view} variant={variant} />
      {variant === 'final' && (
        <RecordResult answers={answers} summary={summary} audience={audience} />
      )}

      <nav className="summary__toc no-print" aria-labelledby={`${variant}-toc`}>
        <h3 id={`${variant}-toc`}>{ui('summary.contents', audience)}</h3>
        <ol>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${variant}-${id}`}>{ui(label, audience)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section
        className={`classification classification--${view.classification.id}`}
        aria-labelledby={`${variant}-class`}
      >
        <h3 id={`${variant}-class`}>
          {ui('summary.classification', audience)}
        </h3>
        <p className="classification__label">{view.classification.label}</p>
        <p>{view.classification.text}</p>
        {view.classification.reasons.length > 0 && (
          <ul className="reasons">
            {view.classification.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        <p>
          <Citations
            citations={view.classification.citations}
            prefix={refPrefix}
          />
        </p>
      </section>

      <section aria-labelledby={`${variant}-tests`}>
        <h3 id={`${variant}-tests`}>{ui('summary.next-tests', audience)}</h3>
        {view.testGroups.map((group) => (
          <div
            key={group.status}
            className={`test-group test-group--${group.status}`}
          >
            <h4>{group.heading}</h4>
            <ItemList
              items={group.items}
              refPrefix={refPrefix}
              audience={audience}
            />
          </div>
        ))}
      </section>

      <section aria-labelledby={`${variant}-ddx`}>
        <h3 id={`${variant}-ddx`}>{ui('summary.differential', audience)}</h3>
        {view.differential.map((cat) => (
          <div key={cat.id} className="ddx-group">
            <h4>{cat.label}</h4>
            <details className="item__about">
              <summary>
                {ui('summary.about', audience, {
                  label: cat.label.toLowerCase(),
                })}
              </summary>
              <p>
                {cat.about.text}{' '}
                <Citations citations={cat.about.citations} prefix={refPrefix} />
              </p>
            </details>
            <ItemList
              items={cat.causes}
              refPrefix={refPrefix}
              audience={audience}
            />
          </div>
        ))}
      </section>

      <section aria-labelledby={`${variant}-prognosis`}>
        <h3 id={`${variant}-prognosis`}>{ui('summary.prognosis', audience)}</h3>
        <p>
          {view.prognosis.text}{' '}
          <Citations citations={view.prognosis.citations} prefix={refPrefix} />
        </p>
      </section>

      <ItemsSection
        id={`${variant}-pitfalls`}
        title={ui('summary.pitfalls', audience)}
        items={view.pitfalls}
        refPrefix={refPrefix}
        audience={audience}
      />
      <ItemsSection
        id={`${variant}-follow-up`}
        title={ui('summary.follow-up', audience)}
        items={view.followUp}
        refPrefix={refPrefix}
        audience={audience}
      />
      <ItemsSection
        id={`${variant}-notes`}
        title={ui('summary.background', audience)}
        items={view.notes}
        refPrefix={refPrefix}
        audience={audience}
      />

      <section aria-labelledby={`${variant}-answers`}>
        <h3 id={`${variant}-answers`}>{ui('summary.answers', audience)}</h3>
        <dl className="answers-entered">
          {view.answers.map((a) => (
            <div key={a.question}>
              <dt>{a.question}</dt>
              <dd>{a.answer}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby={`${variant}-refs`}>
        <h3 id={`${variant}-refs`}>{ui('summary.references', audience)}</h3>
        <ReferenceList references={view.references} idPrefix={refPrefix} />
      </section>

      <footer className="disclaimer">
        <h3>{ui('summary.about-summary', audience)}</h3>
        <p>{view.disclaimer}</p>
      </footer>
    </article>
  );
}

/** The detail sections, in order, for the table of contents. */
const sections = [
  ['class', 'summary.classification'],
  ['tests', 'summary.next-tests'],
  ['ddx', 'summary.differential'],
  ['prognosis', 'summary.prognosis'],
  ['pitfalls', 'summary.pitfalls'],
  ['follow-up', 'summary.follow-up'],
  ['notes', 'summary.background'],
  ['answers', 'summary.answers'],
  ['refs', 'summary.references'],
] as const;

/** The columns of the differential table, in order. */
const causeColumns: readonly CauseStatus[] = [
  'supported',
  'possible',
  'not-supported',
  'excluded',
];

/**
 * One screen (and the first printed page): the classification, what to do
 * next and when, what is still open, and the differential as a table.
 */
function Overview({
  view,
  variant,
}: {
  view: SummaryView;
  variant: 'final' | 'partial';
}) {
  const { overview, classification, audience } = view;
  return (
    <section
      className="summary__overview"
      aria-labelledby={`${variant}-overview`}
    >
      <h3 id={`${variant}-overview`}>{ui('summary.at-a-glance', audience)}</h3>
      <div className="overview__grid">
        <div className={`overview__class classification--${classification.id}`}>
          <h4>{ui('summary.classification', audience)}</h4>
          <p className="classification__label">{classification.label}</p>
          <p>{classification.text}</p>
        </div>
        <div>
          <h4>{ui('summary.what-next', audience)}</h4>
          {overview.next.length > 0 ? (
            <ul className="overview__list">
              {overview.next.map((t) => (
                <li key={t.id}>
                  <strong>{t.label}</strong>
                  {t.status !== 'recommended' && (
                    <span className={`badge badge--${t.status}`}>
                      {t.statusLabel}
                    </span>
                  )}
                  {t.when && <span className="overview__when"> {t.when}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{ui('summary.no-test', audience)}</p>
          )}
        </div>
        <div>
          <h4>{ui('summary.still-open', audience)}</h4>
          {overview.open.length > 0 ? (
            <ul className="overview__list">
              {overview.open.map((o) => (
                <li key={o.question}>
                  <strong>{o.question}:</strong> {o.answer}
                </li>
              ))}
            </ul>
          ) : (
            <p>{ui('summary.no-pending', audience)}</p>
          )}
        </div>
      </div>
      <div className="overview__table-wrap">
        <table className="overview__ddx">
          <caption>{ui('summary.differential-table', audience)}</caption>
          <thead>
            <tr>
              <th scope="col">{ui('summary.category', audience)}</th>
              {causeColumns.map((id) => (
                <th key={id} scope="col">
                  {causeStatusLabel(id, audience)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.differential.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {causeColumns.map((id) => (
                  <td
                    key={id}
                    className={`ddx-cell ddx-cell--${id}${row.causes[id].length ? '' : ' ddx-cell--empty'}`}
                    data-label={causeStatusLabel(id, audience)}
                  >
                    {row.causes[id].join(', ') || '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ItemsSection({
  id,
  title,
  items,
  refPrefix,
  audience,
}: {
  id: string;
  title: string;
  items: readonly SummaryEntryView[];
  refPrefix: string;
  audience: Audience;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ItemList items={items} refPrefix={refPrefix} audience={audience} />
    </section>
  );
}

function ItemList({
  items,
  refPrefix,
  audience,
}: {
  items: readonly SummaryEntryView[];
  refPrefix: string;
  audience: Audience;
}) {
  return (
    <ul className="items">
      {items.map((item) => (
        <Item
          key={item.id}
          item={item}
          refPrefix={refPrefix}
          audience={audience}
        />
      ))}
    </ul>
  );
}

function Item({
  item,
  refPrefix,
  audience,
}: {
  item: SummaryEntryView;
  refPrefix: string;
  audience: Audience;
}) {
  return (
    <li className={`item${item.status ? ` item--${item.status}` : ''}`}>
      <p className="item__head">
        <span className="item__label">{item.label}</span>
        {item.statusLabel && (
          <span className={`badge badge--${item.status}`}>
            {item.statusLabel}
          </span>
        )}
      </p>
      {item.text.length === 1 ? (
        <p className="item__text">
          {item.text[0]}{' '}
          <Citations citations={item.citations} prefix={refPrefix} />
        </p>
      ) : (
        <>
          <ul className="reasons">
            {item.text.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <p className="item__text">
            <Citations citations={item.citations} prefix={refPrefix} />
          </p>
        </>
      )}
      {item.when && (
        <p className="item__when">
          <strong>{ui('summary.when', audience)}</strong> {item.when}
        </p>
      )}
      {item.about && (
        <details className="item__about">
          <summary>
            {ui('summary.about', audience, { label: item.label })}
          </summary>
          <p>
            {item.about.text}{' '}
            <Citations citations={item.about.citations} prefix={refPrefix} />
          </p>
        </details>
      )}
      {item.basis.length > 0 && (
        <p className="item__basis">
          <span className="item__basis-title">
            {ui('summary.based-on', audience)}
          </span>
          {item.basis.map((b, i) => (
            <span key={b.question}>
              {i > 0 && '; '}
              {b.question}: <em>{b.answer}</em>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
