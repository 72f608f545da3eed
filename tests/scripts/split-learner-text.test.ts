import { describe, expect, it } from 'vitest';
import { splitLearner } from '../../scripts/vite/split-learner-text.ts';

describe('browser build: learner wording ships in a lazy chunk', () => {
  it('moves the learner texts of content nodes out and keeps the rest', () => {
    const code = `export const nodes = [
  {
    id: 'question.findings',
    kind: 'question',
    label: { clinician: 'Findings', learner: 'What the scan shows' },
    text: { clinician: 'Which are seen?', learner: "Which of these did the scan show?" },
    rationale: { clinician: 'Why', learner: 'Because' },
    citations: ['simchen-2002'],
  },
];
const notANode = { label: { clinician: 'a', learner: 'kept' } };
`;
    const { code: out, texts } = splitLearner(code);
    expect(texts).toEqual({
      'question.findings': {
        label: 'What the scan shows',
        text: 'Which of these did the scan show?',
        rationale: 'Because',
      },
    });
    expect(out).not.toMatch(/What the scan shows|Which of these|Because/);
    expect(out).toMatch(/clinician: 'Which are seen\?', learner: ''/);
    expect(out).toMatch(/learner: 'kept'/);
  });
});
