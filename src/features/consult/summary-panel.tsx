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
import {
  summaryView,
  type SummaryEntryView,
  type SummaryView,
} from './summary-view.ts';
import { SummaryActionsContext } from '../../shared/lib/summary-actions.ts';
import { RecordResult } from './record-result.tsx';
import { CopyIcon, PrintIcon } from '../../shared/ui/summary-icons.tsx';

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
  const title = variant === 'final' ? 'Workup summary' : 'Summary so far';

  return (
    <article
      className={`summary summary--${variant}`}
      aria-labelledby={`${variant}-summary-title`}
    >
      <header className="summary__header">
        <p className="print-only print-title">
          Fetal hepatic calcifications: guided workup
        </p>
        <h2 id={`${variant}-summary-title`} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <p className="summary__date">
          Date:{' '}
          <time dateTime={date.toISOString()}>
            {date.toLocaleDateString('en-GB', {
              day: 'numeric',
              month: 'long',
              year: 'numeric',
            })}
          </time>
          <span className="summary__version">
            {' '}
            · Content version {view.contentVersion}
          </span>
        </p>
        {variant === 'partial' && (
          <p className="notice notice--info">
            The workup is not finished: this summary reflects the answers so far
            and will change as you go on.
          </p>
        )}
        <div className="button-row no-print">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => window.print()}
          >
            <PrintIcon /> Print or save as PDF
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={async () => {
              const ok = await copyText(
                formatSummaryText(summary, {
                  disclaimer: view.disclaimer,
                  date: `Date: ${date.toISOString().slice(0, 10)}`,
                  answers: view.answers,
                }),
              );
              setStatus(ok ? 'Summary copied as text.' : 'Copying failed.');
            }}
          >
            <CopyIcon /> Copy summary as text
          </button>
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
        <h3 id={`${variant}-toc`}>Contents</h3>
        <ol>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${variant}-${id}`}>{label}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section
        className={`classification classification--${view.classification.id}`}
        aria-labelledby={`${variant}-class`}
      >
        <h3 id={`${variant}-class`}>Classification</h3>
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
        <h3 id={`${variant}-tests`}>Next tests</h3>
        {view.testGroups.map((group) => (
          <div
            key={group.status}
            className={`test-group test-group--${group.status}`}
          >
            <h4>{group.heading}</h4>
            <ul className="items">
              {group.items.map((item) => (
                <Item key={item.id} item={item} refPrefix={refPrefix} />
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby={`${variant}-ddx`}>
        <h3 id={`${variant}-ddx`}>Differential diagnosis</h3>
        {view.differential.map((cat) => (
          <div key={cat.id} className="ddx-group">
            <h4>{cat.label}</h4>
            <details className="item__about">
              <summary>About {cat.label.toLowerCase()}</summary>
              <p>
                {cat.about.text}{' '}
                <Citations citations={cat.about.citations} prefix={refPrefix} />
              </p>
            </details>
            <ul className="items">
              {cat.causes.map((cause) => (
                <Item key={cause.id} item={cause} refPrefix={refPrefix} />
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby={`${variant}-prognosis`}>
        <h3 id={`${variant}-prognosis`}>Prognosis</h3>
        <p>
          {view.prognosis.text}{' '}
          <Citations citations={view.prognosis.citations} prefix={refPrefix} />
        </p>
      </section>

      <ItemsSection
        id={`${variant}-pitfalls`}
        title="Pitfalls"
        items={view.pitfalls}
        refPrefix={refPrefix}
      />
      <ItemsSection
        id={`${variant}-follow-up`}
        title="Follow-up"
        items={view.followUp}
        refPrefix={refPrefix}
      />
      <ItemsSection
        id={`${variant}-notes`}
        title="Background"
        items={view.notes}
        refPrefix={refPrefix}
      />

      <section aria-labelledby={`${variant}-answers`}>
        <h3 id={`${variant}-answers`}>Answers entered</h3>
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
        <h3 id={`${variant}-refs`}>References</h3>
        <ol className="references">
          {view.references.map((r) => (
            <li key={r.id} id={`${refPrefix}${r.id}`} value={r.number}>
              {r.text}{' '}
              <span className={`ref-status ref-status--${r.status}`}>
                {r.statusLabel}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <footer className="disclaimer">
        <h3>About this summary</h3>
        <p>{view.disclaimer}</p>
      </footer>
    </article>
  );
}

/** The detail sections, in order, for the table of contents. */
const sections = [
  ['class', 'Classification'],
  ['tests', 'Next tests'],
  ['ddx', 'Differential diagnosis'],
  ['prognosis', 'Prognosis'],
  ['pitfalls', 'Pitfalls'],
  ['follow-up', 'Follow-up'],
  ['notes', 'Background'],
  ['answers', 'Answers entered'],
  ['refs', 'References'],
] as const;

const causeColumns = [
  ['supported', 'Supported'],
  ['possible', 'Possible'],
  ['not-supported', 'Not supported'],
  ['excluded', 'Excluded'],
] as const satisfies readonly (readonly [CauseStatus, string])[];

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
  const { overview, classification } = view;
  return (
    <section
      className="summary__overview"
      aria-labelledby={`${variant}-overview`}
    >
      <h3 id={`${variant}-overview`}>At a glance</h3>
      <div className="overview__grid">
        <div className={`overview__class classification--${classification.id}`}>
          <h4>Classification</h4>
          <p className="classification__label">{classification.label}</p>
          <p>{classification.text}</p>
        </div>
        <div>
          <h4>What to do next</h4>
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
            <p>No test to add now.</p>
          )}
        </div>
        <div>
          <h4>Still open</h4>
          {overview.open.length > 0 ? (
            <ul className="overview__list">
              {overview.open.map((o) => (
                <li key={o.question}>
                  <strong>{o.question}:</strong> {o.answer}
                </li>
              ))}
            </ul>
          ) : (
            <p>No result pending.</p>
          )}
        </div>
      </div>
      <div className="overview__table-wrap">
        <table className="overview__ddx">
          <caption>Differential at a glance</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {causeColumns.map(([id, label]) => (
                <th key={id} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.differential.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {causeColumns.map(([id, label]) => (
                  <td
                    key={id}
                    className={`ddx-cell ddx-cell--${id}${row.causes[id].length ? '' : ' ddx-cell--empty'}`}
                    data-label={label}
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
}: {
  id: string;
  title: string;
  items: readonly SummaryEntryView[];
  refPrefix: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="items">
        {items.map((item) => (
          <Item key={item.id} item={item} refPrefix={refPrefix} />
        ))}
      </ul>
    </section>
  );
}

function Item({
  item,
  refPrefix,
}: {
  item: SummaryEntryView;
  refPrefix: string;
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
          <strong>When:</strong> {item.when}
        </p>
      )}
      {item.about && (
        <details className="item__about">
          <summary>About {item.label}</summary>
          <p>
            {item.about.text}{' '}
            <Citations citations={item.about.citations} prefix={refPrefix} />
          </p>
        </details>
      )}
      {item.basis.length > 0 && (
        <p className="item__basis">
          <span className="item__basis-title">Based on: </span>
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
