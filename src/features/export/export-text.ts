import { uiTextFrom } from '../../shared/lib/ui-text.ts';
import { exportUi } from '../../../content/ui/export.ts';

/** The export part's own words (content/ui/export.ts), loaded with it. */
export const exportText = uiTextFrom(exportUi);
