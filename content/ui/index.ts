import type { Audience } from '../schema.ts';
import { appUi } from './app.ts';
import { consultUi } from './consult.ts';
import type { exportUi } from './export.ts';
import type { mapUi } from './map.ts';
import { sharedUi } from './shared.ts';
import type { sessionUi } from './session.ts';
import type { statechartUi } from './statechart.ts';
import type { statusUi } from './status.ts';
import type { summaryUi } from './summary.ts';
import type { teachingUi } from './teaching.ts';
import type { updateUi } from './update.ts';
import type { versionUi } from './version.ts';

/**
 * The words of the app itself (controls, headings, status names, messages):
 * not medicine, so no citations, but data like the medicine, so a translation
 * later is a new set of these files. One entry per string, by id
 * (`<part>.<name>`); a string that reads differently for a learner carries
 * both audiences. `{name}` marks a value filled in by the app (`uiText` in
 * src/shared/lib/ui-text.ts).
 *
 * One file per part of the app; every file is listed here once: the parts
 * of the first load spread into `uiWords`, the lazy parts as types in
 * `LazyUiWords`. tests/content/ui-text.test.ts checks both, and that no id
 * is in two files (a spread would overwrite it silently).
 */
export type UiWords = string | Readonly<Record<Audience, string>>;

export const uiWords = {
  ...sharedUi,
  ...appUi,
  ...consultUi,
} as const satisfies Record<string, UiWords>;

/** The words read through `uiText` (loaded with the first screen). */
export type UiTextId = keyof typeof uiWords;

/**
 * The words of the lazily loaded parts: each part imports its own file
 * (`uiTextFrom`), so its words load with it. Listed here as types, so every
 * id of the app is one vocabulary.
 */
export type LazyUiWords = typeof statusUi &
  typeof teachingUi &
  typeof summaryUi &
  typeof mapUi &
  typeof statechartUi &
  typeof exportUi &
  typeof versionUi &
  typeof updateUi &
  typeof sessionUi;

/** Every id of the app's own words. */
export type AnyUiTextId = UiTextId | keyof LazyUiWords;
