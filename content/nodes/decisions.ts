import type { NodeInput } from './node-input.ts';

/**
 * The machine's decisions: one node per guard, `decision.<guardName>`. The
 * algorithm map and the chart label every guarded transition with them.
 *
 * - `label` is the condition as a clause that reads after "when" or "unless"
 *   ("CMV IgM is positive"): the map writes "skipped unless CMV IgM is
 *   positive" for a `not(cmvIgmPositive)` skip, "when A and B" for `and`.
 * - `text` is the whole decision as a sentence, shown when a state is
 *   selected on the map.
 */
export const decisionNodes: NodeInput[] = [
  {
    id: 'decision.cmvAvidityIndicated',
    kind: 'decision',
    label: {
      clinician: 'CMV IgM and IgG are both positive',
      learner: "the mother's CMV IgM and IgG are both positive",
    },
    text: {
      clinician:
        'CMV IgG avidity is asked only when CMV IgM and IgG are both positive (and no seroconversion is documented): primary infection = seroconversion, or IgM positive with IgG positive and low avidity. Avidity cannot be read without IgG.',
      learner:
        "The avidity test is asked for only when the mother's CMV IgM and IgG are both positive: it tells a new infection (low avidity) from an older one, and it needs IgG to be read.",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'decision.primaryCmvSuspected',
    kind: 'decision',
    label: {
      clinician: 'primary CMV infection is suspected',
      learner: 'a new CMV infection in the mother is suspected',
    },
    text: {
      clinician:
        'The time since maternal infection is asked only when primary CMV infection is suspected (seroconversion, or IgM positive with IgG positive and low avidity): amniotic-fluid CMV PCR is most sensitive only at 21 weeks or more AND more than 6 weeks after the infection.',
      learner:
        'When a new CMV infection in the mother is suspected, the app asks when it happened: the CMV test on the fluid around the baby is most sensitive from 21 weeks of pregnancy and more than 6 weeks after the infection.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'decision.cmvPcrIndicated',
    kind: 'decision',
    label: {
      clinician: 'maternal serology leaves fetal CMV infection open',
      learner: "the mother's CMV tests cannot rule out infection of the baby",
    },
    text: {
      clinician:
        'Amniotic-fluid CMV PCR is asked when primary infection is suspected, or when maternal serology leaves fetal infection open (IgG positive with IgM negative, or IgM and IgG positive with intermediate or high avidity), or with CMV IgM and IgG positive and fetal signs suggestive of CMV while the avidity is awaited.',
      learner:
        "The CMV test on the fluid around the baby is asked about when a new infection is suspected, or when the mother's CMV tests cannot rule out infection of the baby.",
    },
    citations: ['droracle-2025', 'smfm-cs-39', 'isuog-2020'],
  },
  {
    id: 'decision.chromosomalResultAbnormal',
    kind: 'decision',
    label: {
      clinician: 'the microarray or the karyotype is abnormal',
      learner: 'a chromosome test is abnormal',
    },
    text: {
      clinician:
        'The chromosomal diagnosis is asked only when the microarray or the karyotype is abnormal.',
      learner:
        'Which chromosome abnormality was found is asked only when a chromosome test is abnormal.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'decision.echogenicBowelSeen',
    kind: 'decision',
    label: {
      clinician: 'echogenic bowel is seen',
      learner: 'the bowel looks bright on the scan',
    },
    text: {
      clinician:
        'Parental cystic fibrosis carrier screening is considered only when echogenic bowel is also present.',
      learner:
        'Testing the parents for cystic fibrosis carrier status is considered only when the bowel also looks bright on the scan.',
    },
    citations: ['droracle-2025', 'pata-2012', 'smfm-cs-57'],
  },
  {
    id: 'decision.parvovirusRecent',
    kind: 'decision',
    label: {
      clinician: 'parvovirus B19 IgM is positive',
      learner: "the mother's parvovirus IgM is positive",
    },
    text: {
      clinician:
        'Parvovirus B19 IgM positive means recent infection: MCA-PSV Doppler monitors for fetal anemia.',
      learner:
        "A positive parvovirus IgM means a recent infection: a Doppler scan of the baby's brain checks for anemia.",
    },
    citations: ['praxis-parvovirus-2026', 'acog-pb-151', 'smfm-cg-8'],
  },
  {
    id: 'decision.hydropsSeen',
    kind: 'decision',
    label: {
      clinician: 'hydrops is seen',
      learner: 'the baby has hydrops',
    },
    text: {
      clinician: 'Hydrops: MCA-PSV Doppler is part of any hydrops workup.',
      learner:
        'When the baby has hydrops, checking for anemia with a Doppler scan is part of the workup.',
    },
    citations: ['smfm-cg-7', 'smfm-cg-8'],
  },
  {
    id: 'decision.isValidAnswer',
    kind: 'decision',
    label: {
      clinician: 'the answer is complete and valid',
      learner: 'the answer is complete and makes sense',
    },
    text: {
      clinician:
        'The consult moves on only with a complete, valid answer; otherwise the question stays and says what is wrong.',
      learner:
        'The app goes on only when the answer is complete and makes sense; otherwise it stays on the question and explains what to fix.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'decision.mcaCheckDue',
    kind: 'decision',
    label: {
      clinician:
        'a serial MCA-PSV check is due (recent parvovirus B19 infection, within 12 weeks of it, 1 week or more since the last check)',
      learner:
        'a Doppler check for anemia is due (a recent parvovirus infection in the mother, the last check a week or more ago)',
    },
    text: {
      clinician:
        'After a recent parvovirus B19 infection, MCA-PSV Doppler is serial: every 1-2 weeks for 8-12 weeks after the infection. One normal result does not end the monitoring: the next check is due 1 week after the last. An abnormal result (above 1.5 MoM) means urgent referral instead.',
      learner:
        "After a recent parvovirus infection, the baby's brain blood flow is checked with a Doppler scan every 1 to 2 weeks for 8 to 12 weeks. One normal check does not end the monitoring. A raised result means urgent referral instead.",
    },
    citations: ['acog-pb-151', 'smfm-cg-8'],
  },
  {
    id: 'decision.cmvPcrDue',
    kind: 'decision',
    label: {
      clinician:
        'the amniotic-fluid CMV PCR is still to do or to repeat and its window is open today',
      learner:
        'the CMV test on the fluid around the baby is still to do and can be done now',
    },
    text: {
      clinician:
        'Amniotic-fluid CMV PCR is most sensitive at 21 weeks or more AND more than 6 weeks after the maternal infection: at a visit where both hold (before 37 weeks) and no reliable result is recorded, the PCR is due.',
      learner:
        'The CMV test on the fluid around the baby is most reliable from 21 weeks of pregnancy and more than 6 weeks after the infection: when both are true at a visit and there is no reliable result yet, it is due.',
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'decision.storchRepeatDue',
    kind: 'decision',
    label: {
      clinician:
        'a CMV or toxoplasma serology is to be repeated (IgM positive with IgG negative, 2 weeks or more ago; or an equivocal result)',
      learner:
        "the mother's CMV or toxoplasma blood test is to be repeated now",
    },
    text: {
      clinician:
        'CMV or toxoplasma IgM positive with IgG negative: repeat IgG and IgM in 2-3 weeks. An equivocal (borderline) result: repeat the test. The repeated result replaces the earlier one in the interpretation; the earlier one stays in the record.',
      learner:
        'When a CMV or toxoplasma IgM is positive but IgG negative, the blood test is repeated 2 to 3 weeks later; a borderline result is repeated too. The new result is the one that counts; the earlier one stays in the record.',
    },
    citations: ['acog-pb-151', 'smfm-cs-39'],
  },
  {
    id: 'decision.parvovirusRepeatDue',
    kind: 'decision',
    label: {
      clinician: 'the parvovirus B19 serology is equivocal',
      learner: "the mother's parvovirus blood test was borderline",
    },
    text: {
      clinician:
        'An equivocal (borderline) parvovirus B19 result does not exclude infection: repeat the test.',
      learner:
        'A borderline parvovirus result does not rule out infection: the test is repeated.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'decision.isNextQuestion',
    kind: 'decision',
    label: {
      clinician: 'it is the first question still open',
      learner: 'it is the first question still waiting for an answer',
    },
    text: {
      clinician:
        'A resumed consult (a saved session, a file or a link) and a finished edit continue at the first question still open, in the order of the workup; when none is, at the follow-up.',
      learner:
        'When you come back to a consult, open one, or finish changing an answer, the app continues at the first question still waiting, or at the follow-up when none is.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'decision.hasGap',
    kind: 'decision',
    label: {
      clinician: 'an earlier question is open while later ones are answered',
      learner: 'an earlier question is waiting while later ones have answers',
    },
    text: {
      clinician:
        'When an earlier question is open while later ones are answered (an edit opened a question, or a file left one out), it is asked on its own, and the consult then continues at the next open question, so no answer is asked twice.',
      learner:
        'When an earlier question is waiting while later ones already have answers, the app asks just that question, then goes on, so you are never asked the same thing twice.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'decision.answersEditedQuestion',
    kind: 'decision',
    label: {
      clinician: 'the answer is to the question being edited',
      learner: 'the answer is to the question being changed',
    },
    text: {
      clinician:
        'While an answer is being corrected or a result recorded, only an answer to that question is taken.',
      learner:
        'While you change an answer or record a result, only an answer to that question is taken.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'decision.canEditAnswer',
    kind: 'decision',
    label: {
      clinician:
        'it has an answer (or takes a result off the main path) and no earlier question is open',
      learner:
        'it already has an answer (or is a test result) and no earlier question is waiting',
    },
    text: {
      clinician:
        'An answer can be corrected, or a test result recorded off the main path, when no earlier question is still open; the consult then continues at the first open question, so an edit never skips a question. A recorded result is always interpreted, even when the algorithm would not have asked for that test.',
      learner:
        'You can change an answer, or record a test result that came back, when no earlier question is still waiting; the app then goes on to the first question still open. A recorded result always counts, even when the app would not have asked for that test.',
    },
    citations: ['droracle-2025', 'editorial-review'],
  },
  {
    id: 'decision.canRecordResult',
    kind: 'decision',
    label: {
      clinician: 'the test takes a new result now',
      learner: 'a new result of this test can be recorded now',
    },
    text: {
      clinician:
        'From the follow-up, a new result of a test is recorded with the gestational age it was taken at: a result that comes back, a repeated test, or a test done off the expected path. The latest result is interpreted; the earlier ones stay in the record.',
      learner:
        'From the follow-up, a new test result is recorded with the week of pregnancy it was taken at. The newest result is the one that counts; the earlier ones stay in the record.',
    },
    citations: ['smfm-cs-39', 'editorial-review'],
  },
  {
    id: 'decision.isCorrection',
    kind: 'decision',
    label: {
      clinician: 'an answer is being corrected or a result recorded',
      learner: 'you are changing an answer or recording a result',
    },
    text: {
      clinician:
        'A correction or a new result can be cancelled, leaving the answers as they were; an open question that an edit left behind cannot, it must be answered.',
      learner:
        'You can cancel a change and keep the answers as they were; a question still waiting for its answer cannot be skipped.',
    },
    citations: ['droracle-2025'],
  },
];
