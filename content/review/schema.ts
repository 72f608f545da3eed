import * as z from 'zod/mini';

/** How a node's claim stands after the editorial review (REVIEW.md). */
export const reviewStatuses = [
  'supported',
  'source-only',
  'corrected',
  'editorial-rule',
] as const;

/**
 * The editorial review record of a node, kept apart from the node: in
 * review/<file>.ts for the nodes of nodes/<file>.ts, by node id. The app
 * never imports this folder, so it carries no record (nor this schema).
 */
export const reviewSchema = z
  .strictObject({
    /**
     * supported: checked against the primary papers and shown as written;
     * source-only: stated by the source, not verified in its cited papers;
     * corrected: the source's wording was wrong, misplaced or overstated and
     * the node shows the corrected statement;
     * editorial-rule: a rule for a pattern the source does not cover, from
     * REVIEW.md's "Patterns the source does not cover" (evidence required).
     */
    status: z.enum(reviewStatuses),
    /** The source's own wording, kept verbatim when the node changes it. */
    sourceWording: z.optional(z.string().check(z.trim(), z.minLength(1))),
    /** Why the wording changed, with the evidence REVIEW.md gives. */
    evidence: z.optional(z.string().check(z.trim(), z.minLength(1))),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.status === 'editorial-rule' && !r.evidence) {
        ctx.issues.push({
          code: 'custom',
          message: 'an editorial rule names its evidence',
          path: ['evidence'],
          input: r,
        });
      }
      if (r.status !== 'corrected') return;
      for (const field of ['sourceWording', 'evidence'] as const) {
        if (!r[field]) {
          ctx.issues.push({
            code: 'custom',
            message:
              'a corrected node keeps the source wording and the evidence',
            path: [field],
            input: r,
          });
        }
      }
    }),
  );
export type ReviewInput = z.input<typeof reviewSchema>;
export type Review = z.infer<typeof reviewSchema>;
