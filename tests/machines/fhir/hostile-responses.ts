import { questionnaireUrl } from '../../../machines/fhir/questionnaire.ts';

/**
 * Issue 23's file: `item` groups nested 6,000 deep, about 174 KB, written
 * as text (JSON.stringify itself overflows the stack on it).
 */
export function deepItemsText(depth = 6000): string {
  const open = '{"linkId":"storch","item":['.repeat(depth);
  const close = ']}'.repeat(depth);
  return `{"resourceType":"QuestionnaireResponse","questionnaire":"${questionnaireUrl}|1.0.0","status":"completed","item":[${open}{"linkId":"storch.cmv-igm","answer":[]}${close}]}`;
}
