import { installNodes } from './index.ts';
import { summaryNodeFiles } from './nodes/summary-files.ts';

/**
 * Importing this module adds the summary's node files (causes, tests,
 * pitfalls, follow-up, reason templates) to the content. The rules import
 * it, so whatever builds a summary has them, and the browser loads them
 * with the summary's chunk instead of the first screen.
 */
installNodes(summaryNodeFiles);
