/** Thrown when content is malformed; names the node and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}
