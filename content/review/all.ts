import type { ReviewRecords } from './review-records.ts';
import { appReviews } from './app.ts';
import { intakeReviews } from './intake.ts';
import { examinationReviews } from './examination.ts';
import { serologyReviews } from './serology.ts';
import { geneticsReviews } from './genetics.ts';
import { specializedReviews } from './specialized.ts';
import { optionReviews } from './options.ts';
import { causeReviews } from './causes.ts';
import { testReviews } from './tests.ts';
import { summaryReviews } from './summary.ts';
import { pitfallReviews } from './pitfalls.ts';
import { followUpReviews } from './follow-up.ts';
import { stepReviews } from './steps.ts';
import { prognosisReviews } from './prognosis.ts';
import { validationReviews } from './validation.ts';
import { decisionReviews } from './decisions.ts';
import { reasonReviews } from './reasons.ts';
import { followUpPhaseReviews } from './follow-up-phase.ts';

/**
 * Every review file, in the order of nodes/all.ts: `review/x.ts` holds the
 * review records of the nodes of `nodes/x.ts`. A new node file needs its
 * review file listed here.
 */
export const reviewFiles: ReviewRecords[] = [
  appReviews,
  intakeReviews,
  examinationReviews,
  serologyReviews,
  geneticsReviews,
  specializedReviews,
  followUpPhaseReviews,
  optionReviews,
  summaryReviews,
  validationReviews,
  causeReviews,
  testReviews,
  pitfallReviews,
  followUpReviews,
  stepReviews,
  prognosisReviews,
  reasonReviews,
  decisionReviews,
];
