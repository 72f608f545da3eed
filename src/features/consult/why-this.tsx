import type { Audience } from '../../../content/index.ts';
import { uiText } from '../../shared/lib/ui-text.ts';
import { Citations } from '../../shared/ui/citations.tsx';
import type { CitationView } from '../../shared/lib/citations.ts';

/** "Why this question?": the node's rationale with its citations. */
export function WhyThis({
  rationale,
  citations,
  audience,
}: {
  rationale: string;
  citations: readonly CitationView[];
  audience: Audience;
}) {
  return (
    <details className="why">
      <summary>{uiText('consult.why', audience)}</summary>
      <p>
        {rationale} <Citations citations={citations} />
      </p>
    </details>
  );
}
