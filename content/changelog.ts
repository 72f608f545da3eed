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
      'New answers: equivocal serology results, CMV IgG seroconversion, and a chromosomal diagnosis that is not known yet.',
      'Tests can be sent with the result awaited, or to repeat (a negative amniotic-fluid CMV PCR taken before 21 weeks or within 6 weeks of the infection); causes can be not supported (past infection or immunity); a new classification: not isolated, cause found.',
      'An MCA-PSV above 1.5 MoM counts as an associated finding, with urgent referral; weeks since infection may exceed the gestational age.',
      'IgM alone no longer makes toxoplasmosis, rubella or herpes simplex supported; CMV IgG positive with IgM negative leaves fetal infection open.',
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
