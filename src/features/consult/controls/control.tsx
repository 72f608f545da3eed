import { ChecklistControl } from './checklist-control.tsx';
import { ChoiceControl } from './choice-control.tsx';
import { NumberControl } from './number-control.tsx';
import { PanelControl } from './panel-control.tsx';
import { ScanControl } from './scan-control.tsx';
import type { ControlProps } from './types.ts';

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
      return <ScanControl {...props} control={props.control} />;
  }
}
