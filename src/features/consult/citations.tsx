import type { CitationView } from './view-model.ts';

/** Citation links into a reference list (`#${prefix}${id}`). */
export function Citations({
  citations,
  prefix = 'ref-',
}: {
  citations: readonly CitationView[];
  prefix?: string;
}) {
  if (citations.length === 0) return null;
  return (
    <span className="citations">
      <span className="visually-hidden">Sources: </span>
      {citations.map((c) => (
        <a
          key={c.id}
          className="citation"
          href={`#${prefix}${c.id}`}
          aria-label={`Reference ${c.number}: ${c.label}`}
        >
          [{c.number}]
        </a>
      ))}
    </span>
  );
}
