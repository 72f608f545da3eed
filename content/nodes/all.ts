import type { ContentNodeInput } from '../schema.ts';
import { appNodes } from './app.ts';
import { intakeNodes } from './intake.ts';
import { examinationNodes } from './examination.ts';
import { serologyNodes } from './serology.ts';
import { geneticsNodes } from './genetics.ts';
import { specializedNodes } from './specialized.ts';
import { optionNodes } from './options.ts';
import { causeNodes } from './causes.ts';
import { testNodes } from './tests.ts';
import { summaryNodes } from './summary.ts';
import { pitfallNodes } from './pitfalls.ts';
import { followUpNodes } from './follow-up.ts';
import { validationNodes } from './validation.ts';
import { decisionNodes } from './decisions.ts';
import { reasonNodes } from './reasons.ts';

/** Every node file. A new node file must be listed here to be loaded. */
export const nodeFiles: ContentNodeInput[][] = [
  appNodes,
  intakeNodes,
  examinationNodes,
  serologyNodes,
  geneticsNodes,
  specializedNodes,
  optionNodes,
  causeNodes,
  testNodes,
  summaryNodes,
  pitfallNodes,
  followUpNodes,
  validationNodes,
  decisionNodes,
  reasonNodes,
];
