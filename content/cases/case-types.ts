import type {
  CauseId,
  CauseStatusId,
  ClassificationId,
  ContentId,
  TestId,
  TestStatusId,
} from '../ids.ts';

/**
 * One event a user would send to the workup machine. Kept structural here
 * (content/ imports neither machines/ nor src/); the case tests prove every
 * log equals the machine's own replay of the matching scenario.
 */
export interface CaseEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** A content node shown as a teaching note, with its template values. */
export interface CaseNote {
  /** The content node whose text (for the learner's audience) is shown. */
  readonly contentId: ContentId;
  /** Show the node's rationale instead of its text. */
  readonly part?: 'text' | 'rationale';
  /** Values for the node's `{placeholders}`, taken from this case. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** One answer of the case: the event, and the notes that explain it. */
export interface CaseStep {
  readonly event: CaseEvent;
  /**
   * Notes beyond the question's own rationale (which is always shown):
   * content ids only, so every sentence is reviewed content with citations.
   */
  readonly notes: readonly CaseNote[];
}

export type ExpectedTestStatus = TestStatusId;
export type ExpectedCauseStatus = CauseStatusId;

/** The key expectations the case's final summary must meet. */
export interface CaseExpectation {
  readonly classification: ClassificationId;
  readonly tests: Readonly<Partial<Record<TestId, ExpectedTestStatus>>>;
  readonly causes: Readonly<Partial<Record<CauseId, ExpectedCauseStatus>>>;
}

/**
 * A worked teaching case from the source: a replayable event log with a
 * teaching note per step, and the summary it must reach.
 */
export interface TeachingCase {
  /** Same id as its scenario, tests/scenarios/<id>.answers.json. */
  readonly id: string;
  /**
   * A short title for the case picker: the presentation (the findings and
   * the gestational age), never the diagnosis, which the learner works out.
   */
  readonly title: { readonly clinician: string; readonly learner: string };
  /** What the case turns out to be, shown with the case's summary. */
  readonly diagnosis?: {
    readonly clinician: string;
    readonly learner: string;
  };
  readonly steps: readonly CaseStep[];
  /** Notes shown with the final summary. */
  readonly closingNotes: readonly CaseNote[];
  readonly expected: CaseExpectation;
}
