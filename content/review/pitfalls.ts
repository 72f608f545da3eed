import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/pitfalls.ts, by node id. */
export const pitfallReviews: ReviewRecords = {
  'pitfall.isolated-prognosis-needs-full-workup': {
    status: 'corrected',
    sourceWording:
      'Do not assume isolated hepatic calcifications indicate poor prognosis without completing full infectious and genetic workup',
    evidence:
      'REVIEW.md: confused wording (Simchen). Say "prognosis is good only once aneuploidy and infection have been excluded". Cites Simchen 2002, which REVIEW.md names, not the source\'s unlisted reference 8.',
  },
  'pitfall.maternal-symptoms-cmv': {
    status: 'supported',
    evidence: 'REVIEW.md: SMFM Consult 39.',
  },
  'pitfall.toxoplasmosis-microcephaly': {
    status: 'corrected',
    sourceWording:
      'Microcephaly has not been reported in fetal ultrasonographic findings of congenital toxoplasmosis, possibly due to associated ventriculomegaly',
    evidence:
      'REVIEW.md: overstated. Hohlfeld 1991: not observed in 89 cases; say "not observed in a large series". The ventriculomegaly explanation is speculation and is not shown.',
  },
  'pitfall.cmv-serology-patterns': {
    status: 'corrected',
    sourceWording:
      'Negative serologic results for both IgM and IgG rule out congenital CMV infection, but other titer patterns require further evaluation',
    evidence:
      'REVIEW.md: supported, with the addition that IgG+/IgM- does NOT exclude fetal infection (non-primary infection).',
  },
  'pitfall.early-negative-cmv-pcr': {
    status: 'supported',
    evidence:
      'REVIEW.md: SMFM Consult 39. BOTH conditions are required; an earlier negative PCR may be falsely reassuring.',
  },
  'pitfall.meconium-peritonitis-not-parenchymal': {
    status: 'corrected',
    sourceWording:
      'The mechanism involves direct damage to the fetal intestinal/hepatic wall with subsequent paralytic ileus, intestinal perforation resulting in meconium peritonitis with focal calcification, or ascites secondary to hydrops',
    evidence:
      'REVIEW.md: wrong (mixes categories; radiology texts). This explains peritoneal/capsular calcification from meconium peritonitis, a different category from parenchymal (infective) liver calcification.',
  },
  'pitfall.newborn-blood-spot-postnatal': {
    status: 'corrected',
    sourceWording:
      'retrieve Guthrie neonatal blood spot for CMV PCR if available',
    evidence:
      'REVIEW.md: misplaced. Newborn dried-blood-spot testing is retrospective and postnatal: move to postnatal follow-up, never a prenatal step.',
  },
};
