import { ContentError } from '../content-error.ts';
import type { ContentId } from '../ids.ts';
import { nodeFiles } from '../nodes/all.ts';
import { reviewSchema, type Review } from './schema.ts';
import { describeIssues } from '../validate.ts';
import { reviewFiles } from './all.ts';

/**
 * The editorial review records, kept apart from the nodes so that the app
 * never carries them: read them only in Node (the content tests, the CLI,
 * editors' tools). Nothing the browser build reaches may import this folder
 * (tests/scripts/review-not-shipped.test.ts).
 */

/**
 * Validates review records against the nodes they review: every node has
 * exactly one record, every record names a node, and each record follows
 * the schema (e.g. `corrected` keeps `sourceWording` and `evidence`).
 * Fails loudly with the node id and the field path of the first problem.
 *
 * @example
 * const reviews = loadReviews(reviewFiles, ['cause.cmv']);
 * reviews.get('cause.cmv')?.status;
 */
export function loadReviews(
  files: readonly Readonly<Record<string, unknown>>[],
  nodeIds: readonly string[],
): Map<string, Review> {
  const known = new Set(nodeIds);
  const reviews = new Map<string, Review>();
  for (const file of files) {
    for (const [id, record] of Object.entries(file)) {
      if (reviews.has(id)) {
        throw new ContentError(`Content node "${id}": review record twice`);
      }
      if (!known.has(id)) {
        throw new ContentError(
          `Content node "${id}": a review record for a node that does not exist`,
        );
      }
      const parsed = reviewSchema.safeParse(record);
      if (!parsed.success) {
        throw new ContentError(
          `Content node "${id}": ${describeIssues(parsed.error, ['review'])}`,
        );
      }
      reviews.set(id, parsed.data);
    }
  }
  const missing = nodeIds.filter((id) => !reviews.has(id));
  if (missing.length > 0) {
    throw new ContentError(
      `Content node "${missing[0]}": field "review" is required (no review record in content/review/)`,
    );
  }
  return reviews;
}

let loaded: Map<string, Review> | null = null;

/** Every node's review record, by node id (validated on first use). */
export function reviewRecords(): ReadonlyMap<string, Review> {
  loaded ??= loadReviews(
    reviewFiles,
    nodeFiles.flat().map((n) => n.id),
  );
  return loaded;
}

/** The editorial review record of a node. */
export function reviewOf(id: ContentId): Review {
  const review = reviewRecords().get(id);
  if (!review) throw new ContentError(`Content node "${id}" has no review`);
  return review;
}

/**
 * Validates the review records against the nodes; throws a ContentError
 * naming the first bad node and field. `validateContent()` checks the nodes
 * themselves.
 *
 * @example
 * validateContent();
 * validateReviews(); // throws on a corrected node without its source wording
 */
export function validateReviews(): void {
  loaded = null;
  reviewRecords();
}
