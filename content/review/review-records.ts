import type { ContentId } from '../ids.ts';
import type { ReviewInput } from './schema.ts';

/**
 * The editorial review records of one node file, by node id: the id is
 * checked at compile time against the vocabulary in ids.ts.
 */
export type ReviewRecords = Partial<Record<ContentId, ReviewInput>>;
