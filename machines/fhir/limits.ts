/**
 * The limits the FHIR reader holds a QuestionnaireResponse to before it
 * reads any answer (docs/consult-api.md, "Limits"): a file this workup
 * writes stays far inside each; anything beyond is refused with a message
 * that names the limit, never a stack overflow or a frozen page.
 */
export const fhirLimits = {
  /** The file's size in bytes (UTF-8): a three-visit consult exports 12 KB. */
  maxBytes: 512 * 1024,
  /** `item` inside `item` (or inside an answer): this workup's nest 4 deep. */
  maxItemDepth: 8,
  /** Objects and lists inside each other, whatever their names. */
  maxJsonDepth: 64,
  /** Earlier visits, follow-up scans, earlier results of one test. */
  maxRepeats: 200,
  /** Any string, key or value: a label this workup writes is under 200. */
  maxStringLength: 2000,
} as const;

/** A text's size in bytes as a file (UTF-8), to hold it to `maxBytes`. */
export const utf8Bytes = (text: string): number =>
  new TextEncoder().encode(text).length;
