import type { Audience } from '../schema.ts';
import { sharedUi } from './shared.ts';
import type { exportUi } from './export.ts';
import type { mapUi } from './map.ts';
import type { statechartUi } from './statechart.ts';
import type { summaryUi } from './summary.ts';
import type { updateUi } from './update.ts';
import type { versionUi } from './version.ts';

/**
 * The words of the app itself (controls, headings, status names, messages):
 * not medicine, so no citations, but data like the medicine, so a translation
 * later is a new set of these files. One entry per string, by id
 * (`<part>.<name>`); a string that reads differently for a learner carries
 * both audiences. `{name}` marks a value filled in by the app (`uiText` and
 * `uiTextIn` in src/shared/lib/ui-text.ts).
 *
 * One file per part of the app; every file is listed here once: the parts
 * of the first load spread into `uiWords`, the lazy parts as a type in
 * `LazyUiWords` (each lazy part imports its own file, so its words load with
 * its chunk). tests/content/ui-text.test.ts checks that no id is in two files.
 */
export type UiWords = string | Readonly<Record<Audience, string>>;

/** The words of the first load (`uiText`). */
export const uiWords = {
  ...sharedUi,
} as const satisfies Record<string, UiWords>;

/** The words of the lazy parts (`uiTextIn(<part>Ui)`): types only here. */
type LazyUiWords = typeof summaryUi &
  typeof mapUi &
  typeof statechartUi &
  typeof exportUi &
  typeof versionUi &
  typeof updateUi;

/** Every id of the app's own words, first load and lazy parts. */
export type UiTextId = keyof typeof uiWords | keyof LazyUiWords;
