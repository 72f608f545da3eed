import type { Audience } from '../../../../content/index.ts';
import type {
  FindingId,
  SerologyResult,
} from '../../../../machines/workup.types.ts';
import { uiText } from '../../../shared/lib/ui-text.ts';
import type { AnswerValue, ControlView, OptionView } from '../view-model.ts';

// The controls' own decisions, pure: what a control starts with, what its
// input amounts to as an answer, and what it says about its state.

type NumberView = Extract<ControlView, { kind: 'number' }>;

/** The number field's hint: the question's own, or the range it takes. */
export function numberHint(control: NumberView, audience: Audience): string {
  if (control.hint) return control.hint;
  return control.max === undefined
    ? uiText('consult.weeks-hint-open', audience, { min: control.min })
    : uiText('consult.weeks-hint', audience, {
        min: control.min,
        max: control.max,
      });
}

/** The number field's text when editing (empty for "unknown"). */
export function initialNumberText(initial: AnswerValue | undefined): string {
  return typeof initial === 'string' && initial !== 'unknown' ? initial : '';
}

export interface ChecklistState {
  checked: FindingId[];
  /** "None besides the liver calcifications" is ticked. */
  none: boolean;
}

/** The checklist as recorded: the findings, or "none" for an empty list. */
export function initialChecklist(
  initial: AnswerValue | undefined,
): ChecklistState {
  return Array.isArray(initial)
    ? { checked: [...(initial as FindingId[])], none: initial.length === 0 }
    : { checked: [], none: false };
}

/**
 * The findings answer the checklist stands for, or null when nothing is
 * ticked (an answer is required: "none" is a tick of its own).
 */
export function checklistAnswer(state: ChecklistState): FindingId[] | null {
  if (state.none) return [];
  return state.checked.length > 0 ? state.checked : null;
}

export type PanelResults = Partial<Record<string, SerologyResult>>;

/** The panel's results when editing: the recorded rows, nothing else. */
export function initialPanel(
  rows: readonly OptionView[],
  initial: AnswerValue | undefined,
): PanelResults {
  const record = (initial ?? {}) as PanelResults;
  return Object.fromEntries(
    rows.filter((r) => record[r.value]).map((r) => [r.value, record[r.value]]),
  );
}

/** Every row still blank set to `value`; answered rows kept. */
export function markAllUnanswered(
  rows: readonly OptionView[],
  results: PanelResults,
  value: SerologyResult,
): PanelResults {
  return Object.fromEntries(
    rows.map((r) => [r.value, results[r.value] ?? value]),
  );
}

/** How many rows are blank, of how many. */
export function panelStatus(
  rows: readonly OptionView[],
  results: PanelResults,
): { blank: number; rows: number } {
  return {
    blank: rows.filter((r) => !results[r.value]).length,
    rows: rows.length,
  };
}
