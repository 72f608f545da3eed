import { ChecklistControl } from './checklist-control.tsx';
import { ChoiceControl } from './choice-control.tsx';
import { NumberControl } from './number-control.tsx';
import { PanelControl } from './panel-control.tsx';
import type { ControlProps } from './types.ts';
import { Suspense, lazy } from 'react';

// A follow-up scan is asked only at the follow-up (after the summary,
// itself loaded on demand): its control is not on the first screen.
const ScanControl = lazy(() =>
  import('./scan-control.tsx').then((m) => ({ default: m.ScanControl })),
);

/** The question's control, by its kind. */
export function Control(props: ControlProps) {
  switch (props.control.kind) {
    case 'choice':
      return <ChoiceControl {...props} control={props.control} />;
    case 'number':
      return <NumberControl {...props} control={props.control} />;
    case 'checklist':
      return <ChecklistControl {...props} control={props.control} />;
    case 'panel':
      return <PanelControl {...props} control={props.control} />;
    case 'scan':
      return (
        <Suspense fallback={null}>
          <ScanControl {...props} control={props.control} />
        </Suspense>
      );
  }
}
