import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const budgetPath = 'bench/budget.json';

/** bench/budget.json: the first-load gzip budget and the floor it derives from. */
export const budgetSchema = z.object({
  $comment: z.string().optional(),
  /** Budget = factor x the floor's first-load gzip bytes. */
  factor: z.number().positive(),
  floor: z.object({
    /** What the floor app is. */
    app: z.string(),
    /** The floor app's first-load gzip bytes (JS + CSS + HTML). */
    firstLoadGzipBytes: z.number().int().positive(),
  }),
  /** The app's first-load gzip bytes may not exceed this. */
  firstLoadGzipBytes: z.number().int().positive(),
});

export type Budget = z.infer<typeof budgetSchema>;

export function readBudget(path = budgetPath): Budget {
  const parsed = budgetSchema.safeParse(
    JSON.parse(readFileSync(path, 'utf8')) as unknown,
  );
  if (!parsed.success) {
    throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Rewrites the budget from a newly measured floor. */
export function writeBudget(floorGzipBytes: number, path = budgetPath): Budget {
  const current = readBudget(path);
  const next: Budget = {
    ...current,
    floor: { ...current.floor, firstLoadGzipBytes: floorGzipBytes },
    firstLoadGzipBytes: Math.floor(current.factor * floorGzipBytes),
  };
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
