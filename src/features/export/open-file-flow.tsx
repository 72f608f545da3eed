import { OpenOutcome } from './open-dialog.tsx';
import { openAnswersFile } from './open-answers.ts';
import './export.css';

const readFile = (file: File) => openAnswersFile(file, file.name);

/**
 * Opening a chosen answers file (or FHIR response): read as the CLI reads
 * it, then asked before it starts the consult, or its problems listed.
 */
export default function OpenFileFlow({
  file,
  onDone,
}: {
  file: File;
  onDone: () => void;
}) {
  return <OpenOutcome source={file} read={readFile} onDone={onDone} />;
}
