import { Citations } from '../../shared/ui/citations.tsx';
import type { CitationView } from '../../shared/lib/citations.ts';

/** "Why this question?": the node's rationale with its citations. */
export function WhyThis({
  rationale,
  citations,
}: {
  rationale: string;
  citations: readonly CitationView[];
}) {
  return (
    <details className="why">
      <summary>Why this question?</summary>
      <p>
        {rationale} <Citations citations={citations} />
      </p>
    </details>
  );
}
