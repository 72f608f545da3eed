import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toAnswersFile } from '../../../../machines/answers-file.ts';
import { toCaseFile } from '../../../../machines/case-file.ts';
import { contentVersion } from '../../../../content/version.ts';
import {
  classificationRegion,
  renderApp,
  renderSummaryOf,
  scenarioAnswers,
  storeAt,
} from '../../helpers.tsx';

/** The files the page offered for download, as text, by file name. */
let downloads: Map<string, string>;

beforeEach(() => {
  downloads = new Map();
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has no object URLs: keep the blobs to read them back.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${n++}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    value: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) {
      void blob.text().then((t) => downloads.set(this.download, t));
    }
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

/** The summary and the export actions are lazy chunks: the first import is slow. */
const lazyChunk = { timeout: 15_000 };

const jsonFile = (name: string, value: unknown) =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

async function finishedSummary(name: string) {
  const app = await renderSummaryOf(name);
  const { summary } = app;
  await within(summary).findByRole(
    'button',
    { name: 'Download answers' },
    lazyChunk,
  );
  return app;
}

describe(
  'taking the consult along (src/features/export)',
  { timeout: 60_000 },
  () => {
    it('downloads the answers file the CLI reads, stamped with the content version', async () => {
      const { user, summary } = await finishedSummary('parvovirus-hydrops');
      await user.click(
        within(summary).getByRole('button', { name: 'Download answers' }),
      );
      await waitFor(() => expect(downloads.size).toBe(1));
      const [name, text] = [...downloads][0]!;
      expect(name).toMatch(/^fhc-answers-\d{4}-\d\d-\d\d\.json$/);
      expect(JSON.parse(text!)).toEqual(
        toAnswersFile(scenarioAnswers('parvovirus-hydrops'), 'clinician'),
      );
      expect(JSON.parse(text!).contentVersion).toBe(contentVersion);
    });

    it('opens an answers file, asks before replacing the consult, and resumes at the first open question', async () => {
      const { user, summary } = await finishedSummary('parvovirus-hydrops');
      await user.upload(
        within(summary).getByLabelText('Answers file to open'),
        jsonFile('part.json', {
          audience: 'clinician',
          contentVersion,
          gestationalAgeWeeks: 25,
          findings: ['hydrops'],
        }),
      );
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Open the consult from part.json?',
      });
      expect(dialog).toHaveTextContent(/replaces the consult in progress/);
      await user.click(
        within(dialog).getByRole('button', { name: 'Replace my consult' }),
      );
      expect(
        await screen.findByRole('heading', { name: /head/i, level: 2 }),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('article', { name: 'Workup summary' }),
      ).not.toBeInTheDocument();
    });

    it('opens an answers file from the first screen, before any question is answered (issue 23)', async () => {
      const { user } = renderApp();
      expect(
        screen.getByRole('button', { name: 'Clinician' }),
      ).toBeInTheDocument();
      await user.upload(
        screen.getByLabelText('Answers file to open'),
        jsonFile('visit.json', {
          audience: 'clinician',
          contentVersion,
          gestationalAgeWeeks: 25,
          findings: ['hydrops'],
        }),
      );
      const dialog = await screen.findByRole(
        'alertdialog',
        { name: 'Open the consult from visit.json?' },
        lazyChunk,
      );
      await user.click(within(dialog).getByRole('button', { name: 'Open it' }));
      expect(
        await screen.findByRole('heading', { name: /head/i, level: 2 }),
      ).toBeInTheDocument();
    });

    it('keeps the consult when the file is invalid, with the CLI message', async () => {
      const { user, summary } = await finishedSummary('parvovirus-hydrops');
      await user.upload(
        within(summary).getByLabelText('Answers file to open'),
        jsonFile('bad.json', { gestationalAgeWeeks: 50 }),
      );
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/current consult is kept/);
      expect(alert).toHaveTextContent(/gestationalAgeWeeks: /);
      expect(
        screen.getByRole('article', { name: 'Workup summary' }),
      ).toBeInTheDocument();
    });

    it('opens a dropped file, and says what changed since an older content version', async () => {
      const { user, summary } = await finishedSummary('parvovirus-hydrops');
      const file = jsonFile('old.json', {
        ...toAnswersFile(
          scenarioAnswers('isolated-negative-workup'),
          'clinician',
        ),
        contentVersion: '1.0.0',
      });
      fireEvent.drop(
        within(summary).getByRole('region', { name: 'Take the consult along' }),
        { dataTransfer: { files: [file] } },
      );
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog).toHaveTextContent(/content version 1\.0\.0/);
      expect(dialog).toHaveTextContent(/What changed since/);
      expect(dialog).toHaveTextContent(/2\.0\.0/);
      await user.click(
        within(dialog).getByRole('button', { name: 'Replace my consult' }),
      );
      const next = await screen.findByRole('article', {
        name: 'Workup summary',
      });
      expect(
        within(classificationRegion(next)).getByText('Isolated'),
      ).toBeInTheDocument();
    });

    it('copies a share link that says it holds the answers, and opening it asks before replacing the consult', async () => {
      const first = await finishedSummary('isolated-negative-workup');
      const writeText = vi.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText },
        configurable: true,
      });
      expect(first.summary).toHaveTextContent(
        /share link contains this consult's clinical answers/,
      );
      await first.user.click(
        within(first.summary).getByRole('button', { name: 'Copy share link' }),
      );
      expect(await screen.findByText('Share link copied.')).toBeInTheDocument();
      const link = writeText.mock.calls[0]![0] as string;
      expect(link).toMatch(/#answers=v1\.[A-Za-z0-9_-]+$/);
      first.unmount();

      history.replaceState(null, '', new URL(link).hash);
      const { user } = renderApp(
        storeAt({
          audience: 'clinician',
          answers: scenarioAnswers('parvovirus-hydrops'),
        }),
      );
      expect(
        await screen.findByText(
          /This link contains the clinical answers/,
          {},
          lazyChunk,
        ),
      ).toBeInTheDocument();
      const dialog = await screen.findByRole('alertdialog');
      await user.click(
        within(dialog).getByRole('button', { name: 'Replace my consult' }),
      );
      const summary = await screen.findByRole('article', {
        name: 'Workup summary',
      });
      expect(
        within(
          within(summary).getByRole('region', { name: 'Classification' }),
        ).getByText('Isolated'),
      ).toBeInTheDocument();
      expect(location.hash).toBe('');
    });

    it('clears the link from the address bar before reading it, so a reload never reads it again (issue 23)', async () => {
      history.replaceState(null, '', '#answers=v1.AAAA');
      renderApp(
        storeAt({
          audience: 'clinician',
          answers: scenarioAnswers('parvovirus-hydrops'),
        }),
      );
      // Before the dialog's chunk loads or the link is decoded.
      expect(location.hash).toBe('');
      const alert = await screen.findByRole('alert', {}, lazyChunk);
      expect(alert).toHaveTextContent(/link: the link is damaged/);
    });

    it('refuses a damaged share link and keeps the consult', async () => {
      history.replaceState(null, '', '#answers=v1.AAAA');
      renderApp(
        storeAt({
          audience: 'clinician',
          answers: scenarioAnswers('parvovirus-hydrops'),
        }),
      );
      const alert = await screen.findByRole('alert', {}, lazyChunk);
      expect(alert).toHaveTextContent(/link: the link is damaged/);
      expect(
        await screen.findByRole('article', { name: 'Workup summary' }),
      ).toBeInTheDocument();
    });

    it('downloads the FHIR R4 Questionnaire and QuestionnaireResponse', async () => {
      const { user, summary } = await finishedSummary('parvovirus-hydrops');
      await user.click(
        within(summary).getByRole('button', { name: 'Download FHIR R4' }),
      );
      await waitFor(() => expect(downloads.size).toBe(2));
      const files = [...downloads.values()].map(
        (t) => JSON.parse(t) as { resourceType: string },
      );
      expect(files.map((f) => f.resourceType).sort()).toEqual([
        'Questionnaire',
        'QuestionnaireResponse',
      ]);
    });

    it('saves a finished consult as a worked case that the teaching view steps through', async () => {
      const { user, summary } = await finishedSummary('parvovirus-hydrops');
      await user.click(
        within(summary).getByRole('button', { name: 'Save as worked case' }),
      );
      await waitFor(() => expect(downloads.size).toBe(1));
      const [name, text] = [...downloads][0]!;
      expect(name).toMatch(/^fhc-worked-case-/);
      expect(JSON.parse(text!)).toEqual(
        JSON.parse(
          JSON.stringify(
            toCaseFile(
              scenarioAnswers('parvovirus-hydrops'),
              'clinician',
              JSON.parse(text!).title.clinician,
            ),
          ),
        ),
      );
      await user.click(screen.getByRole('button', { name: 'Worked cases' }));
      await user.upload(
        await screen.findByLabelText(/open a saved worked case/i),
        new File([text!], name!, { type: 'application/json' }),
      );
      expect(
        await screen.findByRole('heading', { name: /Saved consult/ }),
      ).toBeInTheDocument();
      expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
    });

    it("refuses a case file that fails the shipped cases' checks", async () => {
      const { user } = renderApp();
      await user.click(screen.getByRole('button', { name: 'Worked cases' }));
      const file = JSON.parse(
        JSON.stringify(
          toCaseFile(scenarioAnswers('parvovirus-hydrops'), 'clinician', 'x'),
        ),
      );
      file.expected.classification = 'isolated';
      await user.upload(
        await screen.findByLabelText(/open a saved worked case/i),
        jsonFile('case.json', file),
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /expected classification isolated/,
      );
    });
  },
);
