import type { Reference } from '../../content/index.ts';

/*
 * Apart from format.ts: the first screen lists the references, and must not
 * load the summary's text format and its words with them.
 */

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
