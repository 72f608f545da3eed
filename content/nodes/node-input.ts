import type { ContentId } from '../ids.ts';
import type { ContentNodeInput } from '../schema.ts';

/**
 * A content node as written in these files: the schema's input shape, with
 * the id checked at compile time against the vocabulary in ids.ts.
 */
export type NodeInput = ContentNodeInput & { id: ContentId };
