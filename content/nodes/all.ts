import type { ContentNodeInput } from '../schema.ts';
import { consultNodeFiles } from './consult-files.ts';
import { summaryNodeFiles } from './summary-files.ts';

/**
 * Every node file: the consult's (first screen) then the summary's. A new
 * node file is listed in one of the two.
 */
export const nodeFiles: ContentNodeInput[][] = [
  ...consultNodeFiles,
  ...summaryNodeFiles,
];
