import type { Audience } from '../../../content/index.ts';
import { uiWords, type UiTextId } from '../../../content/ui/index.ts';

/**
 * The app's own words for an id (content/ui/), in the audience's wording,
 * with `{name}` placeholders filled from `values`.
 */
export function uiText(
  id: UiTextId,
  audience: Audience = 'clinician',
  values?: Readonly<Record<string, string | number>>,
): string {
  const words = uiWords[id] as string | Readonly<Record<Audience, string>>;
  const text = typeof words === 'string' ? words : words[audience];
  return values
    ? text.replace(/\{(\w+)\}/g, (match, name: string) =>
        name in values ? String(values[name]) : match,
      )
    : text;
}
