import type { Audience } from '../../../../content/index.ts';
import type { AnswerValue, ControlView } from '../view-model.ts';

/** What every control gets from the composer. */
export interface ControlProps<C extends ControlView = ControlView> {
  control: C;
  /** The recorded answer, when editing. */
  initial: AnswerValue | undefined;
  /** The id of the question's heading (names a group of quick replies). */
  labelledBy: string;
  /** The id of the machine's error message, when there is one. */
  describedBy: string | undefined;
  invalid: boolean;
  audience: Audience;
  disabled: boolean;
  onSubmit: (value: AnswerValue) => void;
}

export type ControlOf<K extends ControlView['kind']> = ControlProps<
  Extract<ControlView, { kind: K }>
>;
