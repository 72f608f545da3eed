import type { Audience } from '../schema.ts';
import { sharedUi } from './shared.ts';
import { teachingUi } from './teaching.ts';

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
  ...teachingUi,
} as const satisfies Record<string, UiWords>;

export type UiTextId = keyof typeof uiWords;
