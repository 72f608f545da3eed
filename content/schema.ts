import * as z from 'zod/mini';
import { contentIdGroups, type ContentKind } from './ids.ts';

/** The two audiences the source asks about ("Which best describes you?"). */
export const audiences = ['clinician', 'learner'] as const;
export type Audience = (typeof audiences)[number];

/** A text written twice: for clinicians, and in plain language for learners. */
export const audienceTextSchema = z.strictObject({
  /** Concise clinical wording for a clinician mid-workup. */
  clinician: z.string().check(z.trim(), z.minLength(1)),
  /** Plain-language wording for a student or learner. */
  learner: z.string().check(z.trim(), z.minLength(1)),
});
export type AudienceText = z.infer<typeof audienceTextSchema>;

/** The fields of a node written for both audiences. */
export const audienceFields = ['label', 'text', 'rationale'] as const;
export type AudienceField = (typeof audienceFields)[number];

/**
 * The learner wording of nodes, by node id and field: the browser build
 * ships it apart from the first load (scripts/vite/split-learner-text.ts).
 */
export type LearnerTexts = Record<
  string,
  Partial<Record<AudienceField, string>>
>;

/**
 * What a node is for; the UI and the tests use it to find nodes. The kinds
 * are those of the vocabulary (ids.ts), reasons included.
 */
export const nodeKinds = [
  ...(Object.keys(contentIdGroups) as (keyof typeof contentIdGroups)[]),
  'reason',
] as const satisfies readonly ContentKind[];

/**
 * One content node: a piece of the app's medicine or wording. Objects are
 * strict: a misspelt field name (e.g. `rationle`) is an error, not ignored;
 * so is a `review` record, which belongs in content/review/ (the app loads
 * the nodes, and must not carry the review records).
 */
export const contentNodeSchema = z.strictObject({
  /**
   * Stable id, `kind.name` (see ids.ts). Never renamed silently. A decision
   * node is named after its guard in the machine, `decision.<guardName>`
   * (camelCase, as the guard is written).
   */
  id: z
    .string()
    .check(
      z.regex(
        /^[a-z-]+\.[a-z0-9-]+$|^decision\.[a-z][a-zA-Z0-9]*$/,
        'ids look like kind.name',
      ),
    ),
  /** What the node is for. */
  kind: z.enum(nodeKinds),
  /** A short label (a button, a heading, a list item's name). */
  label: audienceTextSchema,
  /**
   * The full statement shown to the user. Reason nodes may hold
   * `{placeholders}` filled from the user's answers.
   */
  text: audienceTextSchema,
  /** "Why we ask / why it matters": required on question and phase nodes. */
  rationale: z.optional(audienceTextSchema),
  /** Ids into the one reference list (references.ts); at least one, none twice. */
  citations: z.array(z.string().check(z.minLength(1))).check(
    z.minLength(1),
    z.refine((ids) => new Set(ids).size === ids.length, {
      message: 'lists a reference twice',
    }),
  ),
});
export type ContentNodeInput = z.input<typeof contentNodeSchema>;
export type ContentNode = z.infer<typeof contentNodeSchema>;

/** How far a reference can be traced. */
export const referenceStatuses = [
  'traceable',
  'untraceable',
  'missing',
  'editorial',
] as const;

/** One entry of the reference list, as REVIEW.md gives it. */
export const referenceSchema = z.strictObject({
  /** Stable id used in citations, e.g. `simchen-2002`. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The source's own reference number (1-8), when it is one of them. */
  sourceNumber: z.optional(z.int().check(z.minimum(1), z.maximum(8))),
  /** Authors as REVIEW.md lists them. */
  authors: z.optional(z.string().check(z.minLength(1))),
  /** Title of the work. */
  title: z.string().check(z.minLength(1)),
  /** Journal or publisher. */
  container: z.optional(z.string().check(z.minLength(1))),
  /** Year of publication. */
  year: z.optional(z.int()),
  /** Volume(issue), when known. */
  volume: z.optional(z.string()),
  /** Pages, when known. */
  pages: z.optional(z.string()),
  /** DOI, when known. */
  doi: z.optional(z.string()),
  /** PubMed id, when known. */
  pmid: z.optional(z.string()),
  /**
   * traceable; untraceable (cannot be located); missing (cited, not listed);
   * editorial (this project's editorial review, for rules the source lacks).
   */
  status: z.enum(referenceStatuses),
  /** A note, e.g. "not peer reviewed". */
  note: z.optional(z.string()),
});
export type ReferenceInput = z.input<typeof referenceSchema>;
export type Reference = z.infer<typeof referenceSchema>;
