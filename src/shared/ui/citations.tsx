import { Fragment } from 'react';
import { referenceList } from '../../../content/index.ts';
import { uiText } from '../lib/ui-text.ts';
import { citationViews, type CitationView } from '../lib/citations.ts';

interface Props {
  /** Prepared citation views, or `ids` to prepare them here. */
  citations?: readonly CitationView[];
  ids?: readonly string[];
  /**
   * `numbered` (default): "[3]" links into a reference list on the page
   * (`#${prefix}${id}`). `named`: "(Sources: Simchen 2002; ...)", for views
   * without a reference list (teaching, the map).
   */
  form?: 'numbered' | 'named';
  prefix?: string;
}

/** The one way the app shows the references behind a statement. */
export function Citations({
  citations,
  ids,
  form = 'numbered',
  prefix = 'ref-',
}: Props) {
  const views = citations ?? citationViews(ids ?? []);
  if (views.length === 0) return null;
  if (form === 'named') {
    return (
      <span className="citations">
        {' '}
        ({uiText('citations.sources')}{' '}
        {views.map((c, i) => (
          <Fragment key={c.id}>
            {i > 0 ? '; ' : ''}
            <cite title={referenceList.get(c.id)?.title}>{c.label}</cite>
          </Fragment>
        ))}
        )
      </span>
    );
  }
  return (
    <span className="citations">
      <span className="visually-hidden">{uiText('citations.sources')} </span>
      {views.map((c) => (
        <a
          key={c.id}
          className="citation"
          href={`#${prefix}${c.id}`}
          aria-label={uiText('citations.reference', 'clinician', {
            number: c.number,
            label: c.label,
          })}
        >
          [{c.number}]
        </a>
      ))}
    </span>
  );
}
