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
    id: 'decision.alreadyAnswered',
    kind: 'decision',
    label: {
      clinician: 'it is already answered',
      learner: 'it already has an answer',
    },
    text: {
      clinician:
        'A question already answered is not asked again (unless it is being edited), so a resumed or edited consult continues at the first open question.',
      learner:
        'A question that already has an answer is not asked again (unless you are changing it), so a consult picks up at the first question still open.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'decision.isBeingEdited',
    kind: 'decision',
    label: {
      clinician: 'this answer is being recorded or corrected',
      learner: 'you are entering or changing this answer',
    },
    text: {
      clinician:
        'A question being edited is asked even when its trigger does not hold: a result that arrives off the expected path is still recorded and interpreted.',
      learner:
        'A question you chose to change is always asked, even when it would normally be left out: a result that comes back unexpectedly is still recorded and used.',
    },
    citations: ['editorial-review'],
  },
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
        'Amniotic-fluid CMV PCR is asked when primary infection is suspected, or when maternal serology leaves fetal infection open (IgG positive with IgM negative, or IgM and IgG positive with intermediate or high avidity).',
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
    id: 'decision.isEditOf',
    kind: 'decision',
    label: {
      clinician:
        'it has an answer (or takes a result off the main path) and no earlier question is open',
      learner:
        'it already has an answer (or is a test result) and no earlier question is waiting',
    },
    text: {
      clinician:
        'An answer can be edited, or a test result recorded off the main path, when no earlier question is still open; the consult returns to that question and then goes on to the first open one, so an edit never skips a question.',
      learner:
        'You can change an answer, or record a test result that came back, when no earlier question is still waiting; the app goes back to that question and then on to the first question still open.',
    },
    citations: ['droracle-2025'],
  },
];
