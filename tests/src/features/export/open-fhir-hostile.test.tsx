import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSummaryOf } from '../../helpers.tsx';
import { deepItemsText } from '../../../machines/fhir/hostile-responses.ts';

/**
 * Issue 23, item 2, in the app: a FHIR file of items nested 6,000 deep
 * shows the reader's message (the CLI's words), clears the previous file's
 * error, and keeps the consult.
 */
describe(
  'opening a hostile FHIR file (src/features/export)',
  { timeout: 60_000 },
  () => {
    it('items nested 6,000 deep: the depth limit is named, the previous error is gone, the consult is kept', async () => {
      const { user, summary } = await renderSummaryOf('parvovirus-hydrops');
      const picker = await within(summary).findByLabelText(
        'Answers file to open',
        {},
        { timeout: 15_000 },
      );
      await user.upload(
        picker,
        new File([JSON.stringify({ gestationalAgeWeeks: 50 })], 'bad.json', {
          type: 'application/json',
        }),
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /gestationalAgeWeeks: /,
      );
      await user.upload(
        picker,
        new File([deepItemsText()], 'deep.fhir.json', {
          type: 'application/json',
        }),
      );
      await waitFor(() =>
        expect(screen.getByRole('alert')).toHaveTextContent(
          /nested more than 100 levels deep/,
        ),
      );
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(/deep\.fhir\.json/);
      expect(alert).not.toHaveTextContent(/gestationalAgeWeeks/);
      expect(
        screen.getByRole('article', { name: 'Workup summary' }),
      ).toBeInTheDocument();
    });

    it('a FHIR file over 512 KB: the size limit is named', async () => {
      const { user, summary } = await renderSummaryOf('parvovirus-hydrops');
      const picker = await within(summary).findByLabelText(
        'Answers file to open',
        {},
        { timeout: 15_000 },
      );
      const text = deepItemsText(2).replace('{', `{${' '.repeat(600 * 1024)}`);
      await user.upload(
        picker,
        new File([text], 'big.fhir.json', { type: 'application/json' }),
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /an answers file is at most 524288 bytes/,
      );
    });
  },
);
