import type { Audience, ContentId } from '../content/index.ts';
import type {
  AnyQuestionId,
  AppNoteId,
  CauseCategoryId,
  CauseId,
  CauseStatusId,
  ChromosomalDiagnosisId,
  ClassificationId,
  FindingId,
  FollowUpId,
  HeadSizeId,
  ParvovirusTestId,
  PhaseId,
  PitfallId,
  PrognosisDriverId,
  QuestionId,
  SerologyTestId,
  StepId,
  StorchTestId,
  TestId,
  TestStatusId,
  ValidationId,
} from '../content/ids.ts';

export type { Audience, ContentId } from '../content/index.ts';
/** The content vocabulary (ids by kind), re-exported for the machine and the rules. */
export type * from '../content/ids.ts';

/** `equivocal`: a borderline result; the cause stays open and the test is repeated. */
export type SerologyResult =
  'positive' | 'negative' | 'equivocal' | 'pending' | 'not-done';
export type AvidityResult =
  'low' | 'intermediate' | 'high' | 'pending' | 'not-done';
export type GeneticResult = 'normal' | 'abnormal' | 'pending' | 'not-done';
export type PcrResult = 'positive' | 'negative' | 'pending' | 'not-done';
export type ImagingResult = 'normal' | 'abnormal' | 'pending' | 'not-done';
/** `findings` when the detailed ultrasound has not been done or reported yet. */
export type FindingsStatus = 'pending' | 'not-done';

export type GeneticTestId =
  'chromosomal-microarray' | 'karyotype' | 'cf-carrier-screening';
export type SpecializedTestId =
  'amniotic-fluid-cmv-pcr' | 'mca-psv-doppler' | 'fetal-mri';
export type SpecializedResult = PcrResult | ImagingResult;

/** One result with the gestational age at which it was taken. */
export interface Timed<R extends string> {
  result: R;
  /** Gestational age in weeks when the sample was taken or the scan done. */
  atWeeks: number;
  /**
   * The gestational age of the visit at which a result taken earlier was
   * recorded (a result that came back later), when that was a later visit.
   */
  recordedAtWeeks?: number;
}

/**
 * A test's recorded result(s): a bare value (taken at the consult's
 * gestational age), one timed result, or two or more, oldest first (the
 * latest is interpreted). Read through rules/results.ts, never compared.
 */
export type Recorded<R extends string> = R | Timed<R> | readonly Timed<R>[];

/** What a follow-up scan showed of the liver calcifications. */
export type LiverCalcificationCourse = 'unchanged' | 'increased' | 'resolved';

/** A follow-up (serial) scan. */
export interface FollowUpScan {
  atWeeks: number;
  /** Findings seen on this scan (they add to the record). */
  findings: FindingId[];
  liverCalcifications: LiverCalcificationCourse;
}

/** An earlier visit of the same consult. */
export interface Visit {
  atWeeks: number;
}

/**
 * The answers recorded so far, in the consult-api format. A field that is
 * absent has not been answered (or no longer applies and was dropped).
 */
export interface Answers {
  /** Today's gestational age: that of the current visit. */
  gestationalAgeWeeks?: number;
  /** The earlier visits, oldest first (absent: this is the first). */
  visits?: Visit[];
  /** `[]` = nothing seen besides the liver calcifications. */
  findings?: FindingId[] | FindingsStatus;
  /** Follow-up scans, oldest first. */
  scans?: FollowUpScan[];
  headSize?: HeadSizeId;
  serology?: Partial<Record<SerologyTestId, Recorded<SerologyResult>>>;
  cmvAvidity?: Recorded<AvidityResult>;
  /**
   * Counted back from `gestationalAgeWeeks`; `null` = answered "unknown".
   * Pinned to `maternalInfectionAtWeeks` when a new visit moves the age.
   */
  weeksSinceMaternalInfection?: number | null;
  /**
   * The gestational age at the maternal infection (negative: before the
   * last menstrual period); `null` = unknown.
   */
  maternalInfectionAtWeeks?: number | null;
  genetics?: Partial<Record<GeneticTestId, Recorded<GeneticResult>>>;
  chromosomalDiagnosis?: ChromosomalDiagnosisId | null;
  specialized?: Partial<Record<SpecializedTestId, Recorded<SpecializedResult>>>;
}

/** Why the machine refused an answer: the field and a content id. */
export interface Rejection {
  question: AnyQuestionId;
  reason: ValidationId;
}

/**
 * How the `editing` state records its answer: `correct` replaces the latest
 * answer (an earlier result stays in the record), `add` records a new
 * result (a repeat, a result that came back), `fill` answers a question an
 * edit or a file left open (it cannot be cancelled).
 */
export type EditMode = 'correct' | 'add' | 'fill';

export interface WorkupContext {
  /** null until the user has said who they are (the first question). */
  audience: Audience | null;
  answers: Answers;
  /** The question asked in the `editing` state (null outside it). */
  editing: QuestionId | null;
  /** How that answer is recorded (null outside the `editing` state). */
  editMode: EditMode | null;
  /** The last refused answer, cleared by the next accepted one. */
  rejection: Rejection | null;
}

export interface WorkupInput {
  audience?: Audience;
  /** Resume from earlier answers (the consult goes to the first open question). */
  answers?: Answers;
}

/** A number typed by the user arrives as text or as a number. */
export type TypedNumber = string | number;

/**
 * When a result was taken, on a result's answer event: the gestational age
 * in weeks (typed, as the gestational age is: `19`, `19+3`); omitted =
 * today's.
 */
type TakenAt = { atWeeks?: TypedNumber };

/** A panel row's result, with its own time when it differs from the event's. */
export type PanelResult =
  SerologyResult | { result: SerologyResult; atWeeks: TypedNumber };

/** What a follow-up scan showed; `not-done` = no scan at this visit. */
export type ScanAnswer =
  | {
      findings: readonly FindingId[];
      liverCalcifications: LiverCalcificationCourse;
    }
  | 'not-done';

export type WorkupEvent =
  | { type: 'intake.audienceSelected'; audience: Audience }
  | { type: 'intake.gestationalAgeEntered'; weeks: TypedNumber }
  | {
      type: 'examination.findingsEntered';
      findings: readonly FindingId[] | FindingsStatus;
    }
  | { type: 'examination.headSizeEntered'; headSize: HeadSizeId }
  | ({
      type: 'serology.storchEntered';
      results: Partial<Record<StorchTestId, PanelResult>>;
    } & TakenAt)
  | ({ type: 'serology.avidityEntered'; avidity: AvidityResult } & TakenAt)
  | ({
      type: 'serology.parvovirusEntered';
      results: Partial<Record<ParvovirusTestId, PanelResult>>;
    } & TakenAt)
  | { type: 'serology.infectionTimingEntered'; weeks: TypedNumber | null }
  | ({ type: 'genetics.microarrayEntered'; result: GeneticResult } & TakenAt)
  | ({ type: 'genetics.karyotypeEntered'; result: GeneticResult } & TakenAt)
  | {
      type: 'genetics.diagnosisEntered';
      diagnosis: ChromosomalDiagnosisId;
    }
  | ({ type: 'genetics.cfScreeningEntered'; result: GeneticResult } & TakenAt)
  | ({ type: 'specialized.cmvPcrEntered'; result: PcrResult } & TakenAt)
  | ({ type: 'specialized.mcaDopplerEntered'; result: ImagingResult } & TakenAt)
  | ({ type: 'specialized.mriEntered'; result: ImagingResult } & TakenAt)
  | { type: 'followUp.visitEntered'; weeks: TypedNumber }
  | ({ type: 'followUp.scanEntered'; scan: ScanAnswer } & TakenAt)
  | { type: 'answer.edit'; question: QuestionId }
  | { type: 'result.add'; question: QuestionId }
  | { type: 'answer.editCancelled' }
  | { type: 'followUp.visitStarted' }
  | { type: 'followUp.scanStarted' }
  | { type: 'audience.change'; audience: Audience };

/** The events that answer a question (the interview's or the follow-up's). */
export type AnswerEvent = Exclude<
  WorkupEvent,
  | { type: 'answer.edit' }
  | { type: 'result.add' }
  | { type: 'answer.editCancelled' }
  | { type: 'followUp.visitStarted' }
  | { type: 'followUp.scanStarted' }
  | { type: 'audience.change' }
>;

/** Typed `meta` on every state: its content node, and its question/phase. */
export interface WorkupMeta {
  contentId: ContentId;
  /** The phase a state belongs to (none: the routing and editing steps). */
  phase?: PhaseId;
  question?: AnyQuestionId;
}

/** A test's status in a summary (content/ids.ts `testStatusIds`). */
export type TestStatus = TestStatusId;
/** A cause's status in a summary (content/ids.ts `causeStatusIds`). */
export type CauseStatus = CauseStatusId;

/** A recorded answer a summary item rests on (for "why" in the UI). */
export type AnswerField = QuestionId;

/**
 * When a test or step is planned, machine-readable (REVIEW.md third review,
 * "Timing given as a date"): `fromWeeks` null = now; an antenatal window
 * never opens at 37 weeks or later; after-birth steps have `afterBirth`.
 * Gestational ages only: calendar dates are computed for display.
 *
 * @example
 * { fromWeeks: 22.14, untilWeeks: 30, every: '1-2 weeks', afterBirth: false }
 */
export interface SummaryTiming {
  /** Gestational age (weeks) from which it is due; null: now (or after birth). */
  fromWeeks: number | null;
  /** The gestational age by which it is done, or a serial check ends; null: none. */
  untilWeeks: number | null;
  /** A serial check's interval ("1-2 weeks"); null: once. */
  every: string | null;
  /** Planned after birth, never during the pregnancy. */
  afterBirth: boolean;
}

export interface SummaryTest {
  id: TestId;
  status: TestStatus;
  reason: string;
  citations: string[];
  /** When the test is best done, where the rules can say. */
  when?: string;
  /** When it is planned, on every test still to do or planned after birth. */
  timing?: SummaryTiming;
  basis: AnswerField[];
  /** What the test is, from its content node. */
  about: Cited;
  /**
   * On a recorded result (status done or repeat): what follows it, the
   * next steps it leads to, or that it leaves none open (`steps` empty).
   */
  next?: SummaryNext;
}

/** A next step: a test of the workup, a follow-up item or a step. */
export type NextStepId = TestId | FollowUpId | StepId;

/** What follows a recorded result. */
export interface SummaryNext extends Cited {
  /** The `nextSteps` it leads to, in their order; empty: none left open. */
  steps: NextStepId[];
}

/** One thing to do, in the clinician's order (`Summary.nextSteps`). */
export interface SummaryNextStep {
  id: NextStepId;
  /** Urgent (a referral): listed first, and shown apart. */
  urgent: boolean;
  /** For a test: recommended, repeat or not-yet-optimal. */
  status?: TestStatus;
  label: string;
  text: string;
  /** When to do it, where the rules can say. */
  when?: string;
  /** When it is planned, machine-readable. */
  timing: SummaryTiming;
  citations: string[];
  /** The recorded results (test ids) it follows from. */
  after: TestId[];
  /** The live causes it would settle. */
  settles: CauseId[];
}

/** What would settle a live cause. */
export interface SummarySettle extends Cited {
  /** The test or step that would settle it; absent: none in this workup. */
  by?: NextStepId;
  /** The test's status, when `by` is a test. */
  status?: TestStatus;
  when?: string;
}

export interface SummaryCause {
  id: CauseId;
  category: CauseCategoryId;
  status: CauseStatus;
  reasons: string[];
  citations: string[];
  basis: AnswerField[];
  /** What the source (as reviewed) says of this cause. */
  about: Cited;
  /** The reasons that are findings or results supporting it. */
  for: string[];
  /** The reasons that speak against it. */
  against: string[];
  /** On a live cause (possible or supported): what would settle it. */
  settle?: SummarySettle;
}

/** A text with the references behind it. */
export interface Cited {
  text: string;
  citations: string[];
}

export interface SummaryItem<Id extends string = string> {
  id: Id;
  text: string;
  citations: string[];
  /** On follow-up items: when each is planned. */
  timing?: SummaryTiming;
  /** On pitfalls: whether it bears on this case (these come first). */
  relevant?: boolean;
}

/** The consult's output (consult-api.md), rendered for one audience. */
export interface Summary {
  audience: Audience;
  classification: ClassificationId;
  classificationReasons: string[];
  classificationCitations: string[];
  tests: SummaryTest[];
  differential: SummaryCause[];
  prognosis: {
    text: string;
    citations: string[];
    /** What drives it, first the finding that drives it most. */
    drivers: PrognosisDriverId[];
    /** The question ids it rests on. */
    basis: AnswerField[];
  };
  /**
   * What to do, in the clinician's order: urgent referrals first, then the
   * steps and tests to do now, then those to do later (`when`). Tests
   * awaited (pending) and after-birth follow-up are not in it.
   */
  nextSteps: SummaryNextStep[];
  /** The pitfalls that bear on this case first (`relevant`), then the rest. */
  pitfalls: SummaryItem<PitfallId>[];
  followUp: SummaryItem<TestId | FollowUpId>[];
  /** Background: the causes at a glance, the incidence, local policies. */
  notes: SummaryItem<AppNoteId>[];
  /** Every reference cited anywhere in the summary, in list order. */
  references: string[];
  /**
   * What changed since the previous visit (absent at the first visit):
   * the summary of the answers as they were then, compared with this one.
   */
  sinceLastVisit?: SinceLastVisit;
}

/** What changed between the previous visit's summary and today's. */
export interface SinceLastVisit {
  /** The previous visit's gestational age. */
  atWeeks: number;
  classification?: { from: ClassificationId; to: ClassificationId };
  /** Causes whose status moved. */
  causes: { id: CauseId; from: CauseStatus; to: CauseStatus }[];
  /** Tests whose status moved (newly due, done, ...). */
  tests: { id: TestId; from: TestStatus; to: TestStatus }[];
}
