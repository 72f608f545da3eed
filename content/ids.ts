/**
 * The content vocabulary: every id a content node may carry. The machine's
 * `meta`, the summary and the UI refer to content only through these ids.
 * Ids are public (see docs/consult-api): add, never rename silently.
 */

import type { ReasonId } from './nodes/reasons.ts';
export const findingIds = [
  'intracranial-calcifications',
  'ventriculomegaly',
  'cardiac-defect',
  'ascites',
  'hydrops',
  'echogenic-bowel',
  'placental-thickening',
  'other-major-anomaly',
] as const;

export const headSizeIds = [
  'normal',
  'microcephaly',
  'megalencephaly',
  'not-measured',
] as const;

export const storchTestIds = [
  'syphilis',
  'toxoplasma-igg',
  'toxoplasma-igm',
  'rubella-igg',
  'rubella-igm',
  'cmv-igg',
  'cmv-igm',
  'hsv-igg',
  'hsv-igm',
  'cmv-seroconversion',
] as const;

export const parvovirusTestIds = ['parvovirus-igg', 'parvovirus-igm'] as const;

export const serologyTestIds = [
  ...storchTestIds,
  ...parvovirusTestIds,
] as const;

export const chromosomalDiagnosisIds = [
  'trisomy-13',
  'trisomy-18',
  'trisomy-21',
  'turner-45x',
  'del-22q11-2',
  'del-1p36',
  'other',
  'unknown',
] as const;

export const testIds = [
  'detailed-ultrasound',
  'head-circumference',
  'storch-serology',
  'cmv-igg-avidity',
  'parvovirus-serology',
  'chromosomal-microarray',
  'karyotype',
  'cf-carrier-screening',
  'amniotic-fluid-cmv-pcr',
  'mca-psv-doppler',
  'fetal-mri',
  'newborn-blood-spot-cmv-pcr',
  'serial-ultrasound',
  'postnatal-imaging',
  'neurodevelopmental-follow-up',
] as const;

export const causeIds = [
  'cmv',
  'toxoplasmosis',
  'parvovirus-b19',
  'syphilis',
  'varicella-zoster',
  'herpes-simplex',
  'rubella',
  'zika',
  'coxsackie',
  'trisomy-13',
  'trisomy-18',
  'trisomy-21',
  'turner-45x',
  'del-22q11-2',
  'del-1p36',
  'fetal-vascular-injury',
  'col4a1-col4a2',
  'alpha-thalassemia',
  'g6pd-deficiency',
  'pyruvate-kinase-deficiency',
  'other-genetic-cause',
] as const;

export const causeCategoryIds = [
  'infectious',
  'chromosomal',
  'vascular',
  'hematologic',
  'genetic',
] as const;

/**
 * The phases of the workup, in order: the five of the design card, then
 * the summary (shown throughout the follow-up phase).
 */
export const phaseIds = [
  'intake',
  'examination',
  'serology',
  'genetics',
  'specialized',
  'follow-up',
  'summary',
] as const;

/** One id per question the interview can ask (one machine state each). */
export const questionIds = [
  'audience',
  'gestational-age',
  'findings',
  'head-size',
  'storch',
  'cmv-avidity',
  'parvovirus',
  'infection-timing',
  'microarray',
  'karyotype',
  'chromosomal-diagnosis',
  'cf-screening',
  'cmv-pcr',
  'mca-doppler',
  'fetal-mri',
] as const;

/**
 * The follow-up phase's own questions: today's gestational age at a new
 * visit, and a follow-up (serial) scan. The due checks of a visit ask the
 * interview's result questions again (a new result).
 */
export const followUpQuestionIds = ['visit', 'follow-up-scan'] as const;

/** Answer values shared by several questions (labels live in content). */
export const resultOptionIds = [
  'positive',
  'negative',
  'equivocal',
  'normal',
  'abnormal',
  'pending',
  'not-done',
  'low',
  'intermediate',
  'high',
  'unknown',
  'clinician',
  'learner',
  // What a follow-up scan showed of the liver calcifications.
  'unchanged',
  'increased',
  'resolved',
] as const;

export const classificationIds = [
  'isolated',
  'associated',
  'cause-found',
  'undetermined',
] as const;

/** Prognosis texts: one per classification, and variants the rules choose. */
export const prognosisIds = [
  ...classificationIds,
  'associated-chromosomes-normal',
] as const;

export const pitfallIds = [
  'isolated-prognosis-needs-full-workup',
  'maternal-symptoms-cmv',
  'toxoplasmosis-microcephaly',
  'cmv-serology-patterns',
  'early-negative-cmv-pcr',
  'meconium-peritonitis-not-parenchymal',
  'newborn-blood-spot-postnatal',
] as const;

/**
 * Next steps that are not tests the workup records: what follows a result
 * (REVIEW.md, third review: "Time, follow-up and next steps"). The summary's
 * `nextSteps` and a cause's `settle.by` name them.
 */
export const stepIds = [
  'syphilis-confirm-and-treat',
  'cf-test-other-parent',
  'anemia-causes-workup',
  'exome-sequencing',
  'toxo-reference-lab',
] as const;

/**
 * What a prognosis rests on (`prognosis.drivers`), the finding that drives
 * it first (REVIEW.md, third review: Prognosis).
 */
export const prognosisDriverIds = [
  'fetal-anemia',
  'chromosomal-abnormality',
  'infection',
  'associated-findings',
  'isolated',
  'workup-incomplete',
] as const;

/** Follow-up items that are not tests (tests reuse their test node). */
export const followUpIds = [
  'urgent-hydrops-referral',
  'urgent-anemia-referral',
  'specialist-counselling',
] as const;

/** Input validation messages (the machine's refusal reasons). */
export const validationIds = [
  'required',
  'not-a-number',
  'gestational-age-out-of-range',
  'weeks-since-infection-negative',
  'weeks-since-infection-too-long',
  'unknown-option',
  'duplicate-option',
  'taken-out-of-range',
  'visit-not-later',
  'gestational-age-before-results',
] as const;

/**
 * The statuses a summary gives a test or a cause (the rules set them, the
 * worked cases expect them, the app names them: content/ui/status.ts).
 * `pending`: sent, result awaited (not done); `repeat`: done too early or
 * inconclusive, to be repeated. `not-supported`: tested, and the result
 * speaks against this cause in this pregnancy without strictly excluding it.
 */
export const testStatusIds = [
  'recommended',
  'not-yet-optimal',
  'pending',
  'repeat',
  'done',
  'not-indicated',
  // Offered "when indicated" and not indicated now (fetal MRI).
  'optional',
  // Planned after birth, never "recommended now" during the pregnancy
  // (REVIEW.md third review, "After-birth steps"; issue 18).
  'after-birth',
] as const;
export const causeStatusIds = [
  'supported',
  'possible',
  'not-supported',
  'excluded',
  // Shown by a fetal test (a positive amniotic-fluid CMV PCR).
  'confirmed',
] as const;

/**
 * App-level notes: disclaimer, overview, incidence, safety; and the words of
 * the follow-up control ("Record a result" and why each result is listed).
 */
export const appNoteIds = [
  'disclaimer',
  'overview',
  'incidence',
  'local-policies',
  // UI wording (issue 11).
  'gestational-age-hint',
  // When a result was taken (issue 18).
  'taken-at',
  'other-tab',
  'record-result',
  'record-pending',
  'record-repeat',
  'record-serial-scan',
  'record-recommended',
  'record-off-path',
] as const;

/**
 * The machine's guards, each a decision with its words
 * (`content/nodes/decisions.ts`): the node id is `decision.<guardName>`.
 */
export const decisionIds = [
  // The clinical decisions of the interview.
  'cmvAvidityIndicated',
  'primaryCmvSuspected',
  'cmvPcrIndicated',
  'chromosomalResultAbnormal',
  'echogenicBowelSeen',
  'parvovirusRecent',
  'hydropsSeen',
  // The follow-up phase's due checks at a visit.
  'mcaCheckDue',
  'cmvPcrDue',
  'storchRepeatDue',
  'parvovirusRepeatDue',
  // Answers, resuming and editing (the machinery).
  'isValidAnswer',
  'isNextQuestion',
  'hasGap',
  'answersEditedQuestion',
  'canEditAnswer',
  'canRecordResult',
  'isCorrection',
] as const;

/**
 * The vocabulary in one list: each kind (the part of an id before the dot)
 * with its names. `ContentId`, `staticContentIds` and the schema's node
 * kinds are all derived from it; reason ids come from their nodes
 * (nodes/reasons.ts).
 */
export const contentIdGroups = {
  finding: findingIds,
  'head-size': headSizeIds,
  serology: serologyTestIds,
  diagnosis: chromosomalDiagnosisIds,
  test: testIds,
  cause: causeIds,
  category: causeCategoryIds,
  phase: phaseIds,
  question: [...questionIds, ...followUpQuestionIds],
  option: resultOptionIds,
  classification: classificationIds,
  prognosis: prognosisIds,
  pitfall: pitfallIds,
  'follow-up': followUpIds,
  step: stepIds,
  validation: validationIds,
  app: appNoteIds,
  decision: decisionIds,
} as const;

type Groups = typeof contentIdGroups;

export type FindingId = (typeof findingIds)[number];
export type HeadSizeId = (typeof headSizeIds)[number];
export type SerologyTestId = (typeof serologyTestIds)[number];
export type StorchTestId = (typeof storchTestIds)[number];
export type ParvovirusTestId = (typeof parvovirusTestIds)[number];
export type ChromosomalDiagnosisId = (typeof chromosomalDiagnosisIds)[number];
export type TestId = (typeof testIds)[number];
export type CauseId = (typeof causeIds)[number];
export type CauseCategoryId = (typeof causeCategoryIds)[number];
export type PhaseId = (typeof phaseIds)[number];
/** An interview question (one machine state each; `questionIds` order). */
export type QuestionId = (typeof questionIds)[number];
export type FollowUpQuestionId = (typeof followUpQuestionIds)[number];
/** Any question the machine asks: the interview's and the follow-up's. */
export type AnyQuestionId = QuestionId | FollowUpQuestionId;
export type ResultOptionId = (typeof resultOptionIds)[number];
export type ClassificationId = (typeof classificationIds)[number];
export type PitfallId = (typeof pitfallIds)[number];
export type FollowUpId = (typeof followUpIds)[number];
export type StepId = (typeof stepIds)[number];
export type PrognosisDriverId = (typeof prognosisDriverIds)[number];
export type ValidationId = (typeof validationIds)[number];
export type AppNoteId = (typeof appNoteIds)[number];
export type DecisionId = (typeof decisionIds)[number];
export type TestStatusId = (typeof testStatusIds)[number];
export type CauseStatusId = (typeof causeStatusIds)[number];
/** Reason templates: their ids are those of the nodes in nodes/reasons.ts. */
export type { ReasonId } from './nodes/reasons.ts';

/** A node's kind: the part of its id before the dot. */
export type ContentKind = keyof Groups | 'reason';

/** Every id of the lists above, `kind.name`. */
export type StaticContentId = {
  [K in keyof Groups]: `${K}.${Groups[K][number]}`;
}[keyof Groups];

export type ContentId = StaticContentId | `reason.${ReasonId}`;

/** Every content id of the lists above (reason ids come from their nodes). */
export const staticContentIds = (
  Object.entries(contentIdGroups) as [string, readonly string[]][]
).flatMap(([kind, names]) =>
  names.map((name) => `${kind}.${name}`),
) as readonly StaticContentId[];
