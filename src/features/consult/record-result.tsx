import { useId, useMemo, useState } from 'react';
import type { Audience } from '../../../content/index.ts';
import type {
  Answers,
  QuestionId,
  Summary,
} from '../../../machines/workup.types.ts';
import { WorkupActor } from '../../shared/lib/workup-actor.ts';
import { recordResultView } from './record-result-view.ts';
import './record-result.css';
import { Button } from '../../shared/ui/button.tsx';
import { RadioChoice } from '../../shared/ui/radio-choice.tsx';

/**
 * Follow-up at the summary: choose a result that has arrived (pending,
 * repeat, serial scan, off the expected path) and answer its question; the
 * summary then updates in place.
 */
export function RecordResult({
  answers,
  summary,
  audience,
}: {
  answers: Answers;
  summary: Summary;
  audience: Audience;
}) {
  const actorRef = WorkupActor.useActorRef();
  const view = useMemo(
    () => recordResultView(answers, summary, audience),
    [answers, summary, audience],
  );
  const [choice, setChoice] = useState<QuestionId | 'follow-up-scan' | null>(
    null,
  );
  const headingId = useId();
  const titleId = useId();
  if (!view) return null;
  return (
    <section className="record-result no-print" aria-labelledby={headingId}>
      <h3 id={headingId}>{view.heading}</h3>
      <p>{view.about}</p>
      <p className="record-result__visit">
        {view.today && <span>{view.today} </span>}
        <Button
          variant="quiet"
          onClick={() => actorRef.send({ type: 'followUp.visitStarted' })}
        >
          {view.newVisit}
        </Button>
      </p>
      <h4 id={titleId}>{view.title}</h4>
      <p>{view.intro}</p>
      <form
        aria-labelledby={titleId}
        onSubmit={(e) => {
          e.preventDefault();
          if (choice === 'follow-up-scan')
            actorRef.send({ type: 'followUp.scanStarted' });
          else if (choice)
            actorRef.send({ type: 'result.add', question: choice });
        }}
      >
        {view.groups.map((group) => (
          <fieldset key={group.reason} className="record-result__group">
            <legend>{group.label}</legend>
            <p className="record-result__hint">{group.hint}</p>
            {group.options.map((o) => (
              <RadioChoice
                key={o.question}
                name="record-result"
                value={o.question}
                selected={choice ?? ''}
                onSelect={(value) => setChoice(value)}
              >
                {o.label}
              </RadioChoice>
            ))}
          </fieldset>
        ))}
        <Button type="submit" disabled={!choice}>
          {view.title}
        </Button>
      </form>
    </section>
  );
}
