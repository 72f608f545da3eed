import { formatReference } from '../../../machines/rules/reference-format.ts';
import { referenceList, type Reference } from '../../../content/index.ts';
import { uiText } from './ui-text.ts';

/** A reference as the lists on screen and in print show it. */
export interface ReferenceView {
  id: string;
  number: number;
  text: string;
  status: Reference['status'];
  /** The status in words (`ref.<status>` in content/ui/shared.ts). */
  statusLabel: string;
}

const referenceIds = [...referenceList.keys()];

export function referenceViews(ids: readonly string[]): ReferenceView[] {
  return ids.flatMap((id) => {
    const ref = referenceList.get(id);
    if (!ref) return [];
    return [
      {
        id,
        number: referenceIds.indexOf(id) + 1,
        text: formatReference(ref),
        status: ref.status,
        statusLabel: uiText(`ref.${ref.status}`),
      },
    ];
  });
}
