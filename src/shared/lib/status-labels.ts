import type { Audience } from '../../../content/index.ts';
import type {
  CauseStatus,
  TestStatus,
} from '../../../machines/workup.types.ts';
import { statusUi } from '../../../content/ui/status.ts';
import { uiTextFrom } from './ui-text.ts';

const uiText = uiTextFrom(statusUi);

/** A test's status as the app names it ("Result awaited", never "pending"). */
export const testStatusLabel = (status: TestStatus, audience?: Audience) =>
  uiText(`status.test.${status}`, audience);

/** A cause's status as the app names it ("Not supported"). */
export const causeStatusLabel = (status: CauseStatus, audience?: Audience) =>
  uiText(`status.cause.${status}`, audience);
