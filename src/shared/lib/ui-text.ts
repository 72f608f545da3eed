import type { Audience } from '../../../content/index.ts';
import {
  uiWords,
  type UiTextId,
  type UiWords,
} from '../../../content/ui/index.ts';

/** Values for the `{name}` placeholders of a string. */
export type UiValues = Readonly<Record<string, string | number>>;

/**
 * The app's own words in one part's table (content/ui/<part>.ts), for the
 * part to import itself: a lazy part's words then load with its chunk, not
 * with the first load. Returns the lookup, as `uiText` is for the first
 * load's words: the audience's wording, `{name}` filled from `values`.
 *
 * @example
 * const mapText = uiTextIn(mapUi);
 * mapText('map.title'); // 'Algorithm map'
 */
export const uiTextIn =
  <Id extends UiTextId>(words: Readonly<Record<Id, UiWords>>) =>
  (id: Id, audience: Audience = 'clinician', values?: UiValues): string => {
    const entry = words[id];
    const text = typeof entry === 'string' ? entry : entry[audience];
    return values
      ? text.replace(/\{(\w+)\}/g, (match, name: string) =>
          name in values ? String(values[name]) : match,
        )
      : text;
  };

/**
 * The app's own words for an id of the first load (content/ui/index.ts
 * `uiWords`), in the audience's wording, with `{name}` placeholders filled
 * from `values`.
 */
export const uiText = uiTextIn(uiWords);
