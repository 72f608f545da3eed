/**
 * Renders the summary view (summary-view.ts) and sends nothing but "record a
 * result". One concern, several components: the overview, the sections and
 * their items are parts of this one panel and are used nowhere else.
 */
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Answers, Audience } from '../../../machines/workup.types.ts';
import { buildSummary } from '../../../machines/rules/summary.ts';
import { Citations } from '../../shared/ui/citations.tsx';
import './summary.css';
import { copyText } from '../../shared/lib/copy-text.ts';
import {
  formatSummaryText,
  localDate,
} from '../../../machines/rules/format.ts';
import {
  summaryText as ui,
  summaryView,
  type BasisView,
  type CauseView,
  type SummaryEntryView,
  type SummaryView,
} from './summary-view.ts';
import { SummaryActionsContext } from '../../shared/lib/summary-actions.ts';
import { RecordResult } from './record-result.tsx';
import {
  AlertIcon,
  CopyIcon,
  PrintIcon,
} from '../../shared/ui/summary-icons.tsx';
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
  const [date] = useState(() => now ?? new Date());
  // The plan's calendar dates, from the device's clock: computed for
  // display only, never stored, exported or put in a link.
  const dates = useMemo(
    () =>
      answers.gestationalAgeWeeks === undefined
        ? undefined
        : { today: localDate(date), todayWeeks: answers.gestationalAgeWeeks },
    [date, answers.gestationalAgeWeeks],
  );
  const view = useMemo(
    () => summaryView(summary, answers, dates),
    [summary, answers, dates],
  );
  const [status, setStatus] = useState('');
  const refPrefix = `${variant}-ref-`;
  const title = ui(`summary.title-${variant}`, audience);

  const copySummary = async () => {
    const ok = await copyText(
      formatSummaryText(summary, {
        disclaimer: view.disclaimer,
        date: `${ui('summary.date', audience)} ${date.toISOString().slice(0, 10)}`,
        answers: view.answers,
        ...(dates ? { dates } : {}),
      }),
    );
    setStatus(ui(ok ? 'summary.copied' : 'summary.copy-failed', audience));
  };

  return (
    <article
      className={`summary summary--${variant}`}
      aria-labelledby={`${variant}-summary-title`}
    >
      <header className="summary__header">
        <p className="print-only print-title">
          {ui('summary.print-title', audience)}
        </p>
        <div className="summary__title-row">
          <h2 id={`${variant}-summary-title`} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {/* One menu for printing, copying and taking the consult along. */}
          <details className="summary__actions no-print">
            <summary className="button button--quiet">
              {ui('summary.actions', audience)}
            </summary>
            <div className="summary__actions-panel">
              <Button variant="quiet" onClick={() => window.print()}>
                <PrintIcon /> {ui('summary.print', audience)}
              </Button>
              <Button variant="quiet" onClick={() => void copySummary()}>
                <CopyIcon /> {ui('summary.copy', audience)}
              </Button>
              {renderActions && (
                <div
                  data-slot="export-actions"
                  className="summary__export-slot"
                >
                  {renderActions({
                    answers,
                    audience: summary.audience,
                    finished: variant === 'final',
                  })}
                </div>
              )}
            </div>
          </details>
        </div>
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
        <span role="status" className="status-line no-print">
          {status}
        </span>
        {variant === 'partial' && (
          <p className="notice notice--info">
            {ui('summary.partial-notice', audience)}
          </p>
        )}
      </header>
      <Overview view={view} variant={variant} refPrefix={refPrefix} />
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

      <section aria-labelledby={`${variant}-ddx`}>
        <h3 id={`${variant}-ddx`}>{ui('summary.differential', audience)}</h3>
        <h4>{ui('summary.live-causes', audience)}</h4>
        <ul className="items">
          {view.differential.live.map((cause) => (
            <CauseItem
              key={cause.id}
              cause={cause}
              refPrefix={refPrefix}
              audience={audience}
            />
          ))}
        </ul>
        {view.differential.folded.length > 0 && (
          <details className="summary__fold">
            <summary>
              {ui('summary.folded-causes', audience, {
                count: view.differential.folded.length,
              })}
            </summary>
            <ul className="items">
              {view.differential.folded.map((cause) => (
                <CauseItem
                  key={cause.id}
                  cause={cause}
                  refPrefix={refPrefix}
                  audience={audience}
                />
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby={`${variant}-pitfalls`}>
        <h3 id={`${variant}-pitfalls`}>{ui('summary.pitfalls', audience)}</h3>
        {view.pitfalls.relevant.length > 0 && (
          <ItemList
            items={view.pitfalls.relevant}
            refPrefix={refPrefix}
            audience={audience}
          />
        )}
        {view.pitfalls.others.length > 0 && (
          <details className="summary__fold summary__fold--pitfalls">
            <summary>
              {ui('summary.other-pitfalls', audience, {
                count: view.pitfalls.others.length,
              })}
            </summary>
            <ItemList
              items={view.pitfalls.others}
              refPrefix={refPrefix}
              audience={audience}
            />
          </details>
        )}
      </section>

      <section aria-labelledby={`${variant}-prognosis`}>
        <h3 id={`${variant}-prognosis`}>{ui('summary.prognosis', audience)}</h3>
        <p>
          {view.prognosis.text}{' '}
          <Citations citations={view.prognosis.citations} prefix={refPrefix} />
        </p>
        <p className="item__basis">
          <span className="item__basis-title">
            {ui('summary.driven-by', audience)}
          </span>{' '}
          {view.prognosis.drivenBy}
        </p>
        <Basis basis={view.prognosis.basis} audience={audience} />
      </section>

      <ItemsSection
        id={`${variant}-follow-up`}
        title={ui('summary.follow-up', audience)}
        items={view.followUp}
        refPrefix={refPrefix}
        audience={audience}
      />

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
  ['ddx', 'summary.differential'],
  ['pitfalls', 'summary.pitfalls'],
  ['prognosis', 'summary.prognosis'],
  ['follow-up', 'summary.follow-up'],
  ['tests', 'summary.next-tests'],
  ['notes', 'summary.background'],
  ['answers', 'summary.answers'],
  ['refs', 'summary.references'],
] as const;

/**
 * The first screen (and the first printed page), in the clinician's order:
 * the classification in one line, anything urgent, what to do now with its
 * timing, what is awaited.
 */
function Overview({
  view,
  variant,
  refPrefix,
}: {
  view: SummaryView;
  variant: 'final' | 'partial';
  refPrefix: string;
}) {
  const { classification, audience } = view;
  return (
    <div className="summary__overview">
      <section
        className={`classification classification--${classification.id}`}
        aria-labelledby={`${variant}-class`}
      >
        <h3 id={`${variant}-class`} className="overview__heading">
          {ui('summary.classification', audience)}
        </h3>
        <p className="classification__line">
          <span className="classification__label">{classification.label}</span>{' '}
          {classification.reasons.join(' ')}{' '}
          <Citations citations={classification.citations} prefix={refPrefix} />
        </p>
      </section>
      {view.since && (
        <section className="since" aria-labelledby={`${variant}-since`}>
          <h3 id={`${variant}-since`} className="overview__heading">
            {view.since.heading}
          </h3>
          <ul className="since__list">
            {view.since.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {view.urgent.length > 0 && (
        <section className="urgent" aria-labelledby={`${variant}-urgent`}>
          <h3 id={`${variant}-urgent`}>
            <AlertIcon /> {ui('summary.urgent', audience)}
          </h3>
          <ul className="urgent__list">
            {view.urgent.map((step) => (
              <li key={step.id}>
                <strong>{step.label}:</strong> {step.text[0]}{' '}
                <Citations citations={step.citations} prefix={refPrefix} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="overview__now" aria-labelledby={`${variant}-now`}>
        <h3 id={`${variant}-now`} className="overview__heading">
          {ui('summary.what-next', audience)}
        </h3>
        {view.now.length > 0 ? (
          <ol className="next-steps">
            {view.now.map((step) => (
              <li key={step.id} className="next-step">
                <p className="next-step__head">
                  <strong>{step.label}</strong>
                  {step.status && step.status !== 'recommended' && (
                    <span className={`badge badge--${step.status}`}>
                      {step.statusLabel}
                    </span>
                  )}
                </p>
                {step.when && (
                  <p className="next-step__when">
                    <strong>{ui('summary.when', audience)}</strong> {step.when}
                  </p>
                )}
                <p className="next-step__text">
                  {step.text[0]}{' '}
                  <Citations citations={step.citations} prefix={refPrefix} />
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p>{ui('summary.no-test', audience)}</p>
        )}
      </section>
      <section
        className="overview__awaited"
        aria-labelledby={`${variant}-awaited`}
      >
        <h3 id={`${variant}-awaited`} className="overview__heading">
          {ui('summary.still-open', audience)}
        </h3>
        {view.awaited.length > 0 ? (
          <ul className="overview__list">
            {view.awaited.map((o) => (
              <li key={o.question}>
                <strong>{o.question}:</strong> {o.answer}
              </li>
            ))}
          </ul>
        ) : (
          <p>{ui('summary.no-pending', audience)}</p>
        )}
      </section>
    </div>
  );
}

/** A cause with what speaks for it, against it, and what would settle it. */
function CauseItem({
  cause,
  refPrefix,
  audience,
}: {
  cause: CauseView;
  refPrefix: string;
  audience: Audience;
}) {
  return (
    <li className={`item item--${cause.status}`}>
      <p className="item__head">
        <span className="item__label">{cause.label}</span>
        <span className="badge badge--category">{cause.category}</span>
        <span className={`badge badge--${cause.status}`}>
          {cause.statusLabel}
        </span>
      </p>
      {cause.for.length > 0 && (
        <Weighed
          title={ui('summary.for', audience)}
          reasons={cause.for}
          side="for"
        />
      )}
      {cause.against.length > 0 && (
        <Weighed
          title={ui('summary.against', audience)}
          reasons={cause.against}
          side="against"
        />
      )}
      {cause.open.map((reason) => (
        <p key={reason} className="item__text">
          {reason}
        </p>
      ))}
      <p className="item__text">
        <Citations citations={cause.citations} prefix={refPrefix} />
      </p>
      {cause.settle && (
        <p className="item__settle">
          <strong>{ui('summary.settle', audience)}</strong> {cause.settle.text}
          {cause.settle.when && <> {cause.settle.when}</>}
        </p>
      )}
      {cause.about && (
        <details className="item__about">
          <summary>
            {ui('summary.about', audience, { label: cause.label })}
          </summary>
          <p>
            {cause.about.text}{' '}
            <Citations citations={cause.about.citations} prefix={refPrefix} />
          </p>
        </details>
      )}
      <Basis basis={cause.basis} audience={audience} />
    </li>
  );
}

function Weighed({
  title,
  reasons,
  side,
}: {
  title: string;
  reasons: readonly string[];
  side: 'for' | 'against';
}) {
  return (
    <div className={`weighed weighed--${side}`}>
      <span className="weighed__title">{title}</span>
      <ul className="reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}

function Basis({
  basis,
  audience,
}: {
  basis: readonly BasisView[];
  audience: Audience;
}) {
  if (basis.length === 0) return null;
  return (
    <p className="item__basis">
      <span className="item__basis-title">
        {ui('summary.based-on', audience)}
      </span>
      {basis.map((b, i) => (
        <span key={b.question}>
          {i > 0 && '; '}
          {b.question}: <em>{b.answer}</em>
        </span>
      ))}
    </p>
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
        {item.relevant && (
          <span className="badge badge--relevant">
            {ui('summary.relevant', audience)}
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
      {item.next && (
        <p className="item__next">
          {item.next.text}{' '}
          <Citations citations={item.next.citations} prefix={refPrefix} />
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
      <Basis basis={item.basis} audience={audience} />
    </li>
  );
}
