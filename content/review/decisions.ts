import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/decisions.ts, by node id. */
export const decisionReviews: ReviewRecords = {
  'decision.cmvAvidityIndicated': { status: 'supported' },
  'decision.primaryCmvSuspected': { status: 'supported' },
  'decision.cmvPcrIndicated': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgG positive, IgM negative; CMV IgM positive, IgG positive, intermediate avidity -> offer amniotic-fluid CMV PCR (fetal infection not excluded); with fetal signs suggestive of CMV beyond the liver the PCR is offered, so it is asked with those signs while the avidity is awaited too (SMFM Consult 39; ISUOG 2020).',
  },
  'decision.chromosomalResultAbnormal': { status: 'supported' },
  'decision.echogenicBowelSeen': { status: 'supported' },
  'decision.parvovirusRecent': { status: 'supported' },
  'decision.hydropsSeen': { status: 'supported' },
  'decision.isValidAnswer': { status: 'supported' },
  'decision.mcaCheckDue': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Parvovirus B19: recent infection -> MCA-PSV Doppler is serial: every 1-2 weeks for 8-12 weeks after the infection; one normal result does not end the monitoring; the next check is due. An abnormal result (above 1.5 MoM) or hydrops means urgent referral (ACOG PB 151; SMFM CG 8). The check falls due 1 week after the last (the shorter interval), for 12 weeks (the longer period), counted from the maternal infection when its time is known, else from the first positive parvovirus IgM.',
  },
  'decision.cmvPcrDue': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: When a result was taken; Timing given as a date (a window that opens at 37 weeks or later is not an antenatal plan); CMV: no antenatal window left (SMFM Consult 39; Rawlinson 2017). Claims: amniotic fluid CMV PCR most sensitive after 21 weeks and more than 6 weeks after maternal infection: BOTH conditions are required (SMFM Consult 39).',
  },
  'decision.storchRepeatDue': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Serology to repeat -> "repeat in 2-3 weeks" (CMV IgM+/IgG-, toxoplasma IgM+/IgG-, equivocal results) is a dated follow-up step, and the repeated result is recorded as a new result that replaces the earlier one in the interpretation, while the earlier one stays in the record (ACOG PB 151; SMFM Consult 39).',
  },
  'decision.parvovirusRepeatDue': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Equivocal (borderline) serology -> not excluded: repeat the test (general laboratory practice); Time, follow-up and next steps: Serology to repeat (a dated follow-up step).',
  },
  'decision.isNextQuestion': { status: 'supported' },
  'decision.hasGap': { status: 'supported' },
  'decision.answersEditedQuestion': { status: 'supported' },
  'decision.canEditAnswer': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> always interpreted, even when the algorithm would not have asked for that test (general principle).',
  },
  'decision.canRecordResult': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Serology to repeat (the repeated result is recorded as a new result that replaces the earlier one in the interpretation, the earlier one stays in the record); Results recorded later (general principle); When a result was taken (SMFM Consult 39).',
  },
  'decision.isCorrection': { status: 'supported' },
};
