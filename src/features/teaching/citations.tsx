import { referenceList } from '../../../content/index.ts';

/** A short name for a reference: first author and year, or its title. */
export function shortCitation(id: string): string {
  const ref = referenceList.get(id);
  if (!ref) return id;
  if (ref.authors) {
    const first = ref.authors.split(/[ ,]/)[0] ?? ref.authors;
    return ref.year ? `${first} ${ref.year}` : first;
  }
  return ref.title.split(':')[0] ?? ref.title;
}

/** The references behind a statement, as a short inline list. */
export function Citations({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="citations">
      {' '}
      (Sources:{' '}
      {ids.map((id, i) => {
        const ref = referenceList.get(id);
        return (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            <cite title={ref ? ref.title : undefined}>{shortCitation(id)}</cite>
          </span>
        );
      })}
      )
    </span>
  );
}
