/**
 * The content change log as data, newest first: what the app shows when a
 * file or link made with older content is opened. content/CHANGELOG.md is
 * the same log for readers (a test keeps the two identical).
 */
export const contentChangeLog: readonly {
  readonly version: string;
  readonly changes: readonly string[];
}[] = [
  {
    version: '2.0.0',
    changes: [
      'Results are interpreted whatever the path that led to them; editorial rules for the patterns the source does not cover (REVIEW.md, second review).',
    ],
  },
  {
    version: '1.0.0',
    changes: [
      'First release: 195 content nodes from the source and its editorial review.',
    ],
  },
];

/** Compares two `major.minor.patch` versions (-1, 0, 1). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The entries newer than `version` (what changed since), newest first. */
export function changesSince(version: string) {
  return contentChangeLog.filter(
    (e) => compareVersions(e.version, version) > 0,
  );
}
