import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';

// Lazy views (the summary builds itself in its chunk) can take longer than
// the default second on a loaded machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The app loads chunks after its first paint (the summary prefetched when
// idle, the content check's schema): let them finish before the test
// environment is torn down, or Vitest reports a module loaded too late.
afterAll(async () => {
  await Promise.all([
    import('../../src/features/consult/summary-panel.tsx'),
    import('../../content/validate.ts'),
  ]);
});
