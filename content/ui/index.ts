import type { Audience } from '../schema.ts';
import { appUi } from './app.ts';
import { consultUi } from './consult.ts';
import { sharedUi } from './shared.ts';
import type { statusUi } from './status.ts';
import type { teachingUi } from './teaching.ts';

/**
 * The words of the app itself (controls, headings, status names, messages):
 * not medicine, so no citations, but data like the medicine, so a translation
 * later is a new set of these files. One entry per string, by id; a string
 * that reads differently for a learner carries both audiences. `{name}` marks
 * a value filled in by the app (`uiText` in src/shared/lib/ui-text.ts).
 *
 * One file per part of the app; every file is listed here once.
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
export type LazyUiWords = typeof statusUi & typeof teachingUi;

/** Every id of the app's own words. */
export type AnyUiTextId = UiTextId | keyof LazyUiWords;
