import type { ReferenceView } from '../lib/references.ts';

/**
 * The one way the app lists references: numbered as the citations number
 * them, each with its traceability status; `idPrefix` + the reference id is
 * the anchor a citation links to.
 */
export function ReferenceList({
  references,
  idPrefix,
}: {
  references: readonly ReferenceView[];
  idPrefix: string;
}) {
  return (
    <ol className="references">
      {references.map((r) => (
        <li key={r.id} id={`${idPrefix}${r.id}`} value={r.number}>
          {r.text}{' '}
          <span className={`ref-status ref-status--${r.status}`}>
            {r.statusLabel}
          </span>
        </li>
      ))}
    </ol>
  );
}
