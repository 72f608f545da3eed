import type { ContentNodeInput } from '../schema.ts';
import { causeNodes } from './causes.ts';
import { testNodes } from './tests.ts';
import { pitfallNodes } from './pitfalls.ts';
import { followUpNodes } from './follow-up.ts';
import { stepNodes } from './steps.ts';
import { prognosisNodes } from './prognosis.ts';
import { reasonNodes } from './reasons.ts';
import { decisionNodes } from './decisions.ts';

/**
 * The node files only a summary reads: causes, tests, pitfalls, follow-up,
 * next steps, the prognosis and the reason templates (two thirds of the content's bytes), and the
 * decisions' words, which the map and the worked cases read. The rules
 * install them (content/summary-content.ts), so in the browser they load
 * with the summary, not the first screen.
 */
export const summaryNodeFiles: ContentNodeInput[][] = [
  causeNodes,
  testNodes,
  pitfallNodes,
  followUpNodes,
  stepNodes,
  prognosisNodes,
  reasonNodes,
  decisionNodes,
];
