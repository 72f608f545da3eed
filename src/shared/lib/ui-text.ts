import type { Audience } from '../../../content/index.ts';
import { uiWords, type UiWords } from '../../../content/ui/index.ts';

type Values = Readonly<Record<string, string | number>>;

/**
 * `uiText` for one part's own words (e.g. `uiTextFrom(teachingUi)`): a
 * lazily loaded part reads its own file (content/ui/<part>.ts), so its words
 * load with it, not with the first screen.
 */
export function uiTextFrom<Table extends Readonly<Record<string, UiWords>>>(
  table: Table,
) {
  return (
    id: keyof Table & string,
    audience: Audience = 'clinician',
    values?: Values,
  ): string => {
    const words = table[id] as UiWords;
    const text = typeof words === 'string' ? words : words[audience];
    return values
      ? text.replace(/\{(\w+)\}/g, (match, name: string) =>
          name in values ? String(values[name]) : match,
        )
      : text;
  };
}

/**
 * The app's own words for an id (content/ui/), in the audience's wording,
 * with `{name}` placeholders filled from `values`. For the words loaded with
 * the first screen (shared and the app shell: `uiWords`).
 */
export const uiText = uiTextFrom(uiWords);
