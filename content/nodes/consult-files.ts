import type { ContentNodeInput } from '../schema.ts';
import { appNodes } from './app.ts';
import { intakeNodes } from './intake.ts';
import { examinationNodes } from './examination.ts';
import { serologyNodes } from './serology.ts';
import { geneticsNodes } from './genetics.ts';
import { specializedNodes } from './specialized.ts';
import { optionNodes } from './options.ts';
import { summaryNodes } from './summary.ts';
import { validationNodes } from './validation.ts';
import { followUpPhaseNodes } from './follow-up-phase.ts';

/**
 * The node files the consult needs before any summary: phases, questions,
 * answer options, validation messages, app notes, and the classification
 * words (the prognosis loads with the summary's files). They load with the
 * first screen.
 */
export const consultNodeFiles: ContentNodeInput[][] = [
  appNodes,
  intakeNodes,
  examinationNodes,
  serologyNodes,
  geneticsNodes,
  specializedNodes,
  followUpPhaseNodes,
  optionNodes,
  summaryNodes,
  validationNodes,
];
