import { referenceList } from '../../../content/index.ts';

/** A citation as the app shows it: its number in the reference list and a short label. */
export interface CitationView {
  id: string;
  number: number;
  label: string;
}

const referenceIds = [...referenceList.keys()];

/** A reference's number in the reference list (1-based; 0 if unknown). */
export const referenceNumber = (id: string): number =>
  referenceIds.indexOf(id) + 1;

/**
 * A short label for a reference: first author's surname and year, or, for a
 * document without authors, its title up to the colon and its year
 * ("SMFM Consult Series 39 (2016)", so two SMFM documents never look alike).
 */
export function citationLabel(id: string): string {
  const ref = referenceList.get(id);
  if (!ref) return id;
  if (ref.authors) {
    const first = ref.authors.split(/[ ,]/)[0] ?? ref.authors;
    return ref.year ? `${first} ${ref.year}` : first;
  }
  const head = ref.title.split(':')[0] ?? ref.title;
  return ref.year ? `${head} (${ref.year})` : head;
}

/** The citations behind a statement, in reference-list order. */
export function citationViews(ids: readonly string[]): CitationView[] {
  return ids
    .map((id) => ({
      id,
      number: referenceNumber(id),
      label: citationLabel(id),
    }))
    .sort((a, b) => a.number - b.number);
}
