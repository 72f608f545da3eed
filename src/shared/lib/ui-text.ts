import type { Audience } from '../../../content/index.ts';
import {
  uiWords,
  type UiTextId,
  type UiWords,
} from '../../../content/ui/index.ts';

type Values = Readonly<Record<string, string | number>>;

function render(words: UiWords, audience: Audience, values?: Values): string {
  const text = typeof words === 'string' ? words : words[audience];
  return values
    ? text.replace(/\{(\w+)\}/g, (match, name: string) =>
        name in values ? String(values[name]) : match,
      )
    : text;
}

/**
 * The app's own words for an id (content/ui/), in the audience's wording,
 * with `{name}` placeholders filled from `values`. For the words loaded with
 * the first screen (shared and the app shell); a lazily loaded part reads its
 * own file through `uiTextFrom`, so its words load with it.
 */
export function uiText(
  id: UiTextId,
  audience: Audience = 'clinician',
  values?: Values,
): string {
  return render(uiWords[id], audience, values);
}

/** `uiText` for one part's own words (e.g. `uiTextFrom(teachingUi)`). */
export function uiTextFrom<Table extends Readonly<Record<string, UiWords>>>(
  table: Table,
) {
  return (
    id: keyof Table & string,
    audience: Audience = 'clinician',
    values?: Values,
  ): string => render(table[id] as UiWords, audience, values);
}
