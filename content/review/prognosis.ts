import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/prognosis.ts, by node id. */
export const prognosisReviews: ReviewRecords = {
  'prognosis.isolated': {
    status: 'corrected',
    sourceWording:
      'When hepatic calcifications are isolated (no associated abnormalities, normal karyotype, negative infection workup), the prognosis is excellent. In one series of 21 isolated cases, 19 infants had good outcomes after aneuploidy and infection were excluded',
    evidence:
      'REVIEW.md: supported (Simchen; Bronshtein; Pata 2012; Derme 2025), but the 2 exceptions (one parvovirus, one trisomy 21) looked isolated on ultrasound: prognosis is good only after aneuploidy and infection are excluded. Shown only when they are (classification isolated), so it does not repeat "once excluded" (REVIEW.md third review, Prognosis). Cites what REVIEW.md names, not the source\'s unlisted reference 8.',
  },
  'prognosis.associated': { status: 'supported' },
  'prognosis.undetermined': { status: 'supported' },
  'prognosis.cause-found': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Classification and prognosis -> a confirmed infection with no other finding is "not isolated: cause found", with the prognosis of that cause (Simchen 2002 (what "isolated" means)). The cause\'s own outlook comes first (third review, Prognosis: it names the finding that drives it); this node says why the isolated prognosis does not apply.',
  },
  'prognosis.associated-chromosomes-normal': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Classification and prognosis -> no "risk of chromosomal abnormalities" wording once microarray and karyotype are normal (Simchen 2002).',
  },
};
