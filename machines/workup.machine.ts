import { and, assign, setup } from 'xstate';
import type {
  AnswerEvent,
  QuestionId,
  WorkupContext,
  WorkupEvent,
  WorkupInput,
  WorkupMeta,
} from './workup.types.ts';
import {
  answerProblem,
  audienceProgress,
  canEdit,
  canRecordResult,
  gapQuestion,
  nextQuestion,
  pruneAnswers,
  questionAnsweredBy,
  recordAnswer,
} from './rules/answers.ts';
import { interpret } from './rules/facts.ts';
import { isAnswerEventType } from './questions.ts';

const isAnswerEvent = (event: WorkupEvent): event is AnswerEvent =>
  isAnswerEventType(event.type);

/**
 * The prenatal workup of fetal hepatic calcifications as a statechart, in
 * the design card's phases: intake -> initial examination -> maternal
 * serology -> genetic testing -> specialized testing -> follow-up. Each
 * question is a state; each clinical decision is a transient state between
 * questions, whose named guards ask the same facts as the summary
 * (rules/facts.ts), so the chart and the summary cannot disagree. Answers
 * are context; the summary is built from them.
 *
 * One routing state (`route`) takes a consult to its first open question:
 * at the start, when a saved consult, a file or a link is resumed, and
 * after every edit. An edit (`answer.edit`), a new result (`result.add`)
 * and an open question that an edit or a file left behind are answered in
 * the one `editing` state, which then routes again.
 *
 * The follow-up phase holds the summary (`plan`), new visits (today's
 * gestational age moves), follow-up scans and the checks that fall due at a
 * visit (serial MCA-PSV, the CMV PCR window, serology to repeat).
 *
 * @example
 * const actor = createActor(workupMachine).start();
 * actor.send({ type: 'intake.audienceSelected', audience: 'clinician' });
 * actor.send({ type: 'intake.gestationalAgeEntered', weeks: 23 });
 */
export const workupMachine = setup({
  types: {
    context: {} as WorkupContext,
    events: {} as WorkupEvent,
    input: {} as WorkupInput,
    meta: {} as WorkupMeta,
    tags: {} as 'question' | 'summary' | 'decision',
  },
  guards: {
    // The clinical decisions of the interview.
    cmvAvidityIndicated: ({ context }) =>
      interpret(context.answers).cmvAvidityIndicated,
    primaryCmvSuspected: ({ context }) =>
      interpret(context.answers).primaryCmvSuspected,
    cmvPcrIndicated: ({ context }) =>
      interpret(context.answers).cmvPcrIndicated,
    chromosomalResultAbnormal: ({ context }) =>
      interpret(context.answers).chromosomalResultAbnormal,
    echogenicBowelSeen: ({ context }) =>
      interpret(context.answers).echogenicBowelSeen,
    parvovirusRecent: ({ context }) =>
      interpret(context.answers).parvovirusRecent,
    hydropsSeen: ({ context }) => interpret(context.answers).hydropsSeen,
    // What falls due at a visit.
    mcaCheckDue: ({ context }) => interpret(context.answers).due.mcaCheckDue,
    cmvPcrDue: ({ context }) => interpret(context.answers).due.cmvPcrDue,
    storchRepeatDue: ({ context }) =>
      interpret(context.answers).due.storchRepeatDue,
    parvovirusRepeatDue: ({ context }) =>
      interpret(context.answers).due.parvovirusRepeatDue,
    // Answers, resuming and editing.
    isValidAnswer: ({ context, event }) =>
      isAnswerEvent(event) && answerProblem(event, context.answers) === null,
    isNextQuestion: ({ context }, params: { question: QuestionId }) =>
      nextQuestion(context.answers, audienceProgress(context)) ===
      params.question,
    hasGap: ({ context }) =>
      gapQuestion(context.answers, audienceProgress(context)) !== null,
    answersEditedQuestion: ({ context, event }) =>
      isAnswerEvent(event) && questionAnsweredBy(event) === context.editing,
    canEditAnswer: ({ context, event }) =>
      event.type === 'answer.edit' &&
      canEdit(event.question, context.answers, audienceProgress(context)),
    canRecordResult: ({ context, event }) =>
      event.type === 'result.add' &&
      canRecordResult(
        event.question,
        context.answers,
        audienceProgress(context),
      ),
    isCorrection: ({ context }) => context.editMode !== 'fill',
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      if (!isAnswerEvent(event)) return {};
      return {
        answers: recordAnswer(context.answers, event),
        audience:
          event.type === 'intake.audienceSelected'
            ? event.audience
            : context.audience,
        rejection: null,
      };
    }),
    addResult: assign(({ context, event }) =>
      isAnswerEvent(event)
        ? {
            answers: recordAnswer(context.answers, event, 'add'),
            rejection: null,
          }
        : {},
    ),
    recordEdit: assign(({ context, event }) => {
      if (!isAnswerEvent(event)) return {};
      return {
        answers: recordAnswer(
          context.answers,
          event,
          context.editMode ?? 'correct',
        ),
        audience:
          event.type === 'intake.audienceSelected'
            ? event.audience
            : context.audience,
        editing: null,
        editMode: null,
        rejection: null,
      };
    }),
    rejectAnswer: assign(({ context, event }) => {
      if (!isAnswerEvent(event)) return {};
      const reason = answerProblem(event, context.answers);
      return reason
        ? { rejection: { question: questionAnsweredBy(event), reason } }
        : {};
    }),
    beginEdit: assign(({ event }) =>
      event.type === 'answer.edit'
        ? {
            editing: event.question,
            editMode: 'correct' as const,
            rejection: null,
          }
        : {},
    ),
    beginRecord: assign(({ event }) =>
      event.type === 'result.add'
        ? { editing: event.question, editMode: 'add' as const, rejection: null }
        : {},
    ),
    beginGapFill: assign(({ context }) => ({
      editing: gapQuestion(context.answers, audienceProgress(context)),
      editMode: 'fill' as const,
      rejection: null,
    })),
    endEdit: assign({ editing: null, editMode: null, rejection: null }),
    clearRejection: assign({ rejection: null }),
    changeAudience: assign(({ event }) =>
      event.type === 'audience.change' ? { audience: event.audience } : {},
    ),
  },
}).createMachine({
  id: 'workup',
  context: ({ input }) => ({
    audience: input.audience ?? null,
    answers: pruneAnswers(input.answers ?? {}),
    editing: null,
    editMode: null,
    rejection: null,
  }),
  initial: 'route',
  on: {
    'audience.change': { actions: 'changeAudience' },
    'answer.edit': {
      guard: 'canEditAnswer',
      target: '.editing',
      actions: 'beginEdit',
    },
  },
  states: {
    route: {
      meta: { contentId: 'decision.isNextQuestion' },
      always: [
        { guard: 'hasGap', target: 'editing', actions: 'beginGapFill' },
        {
          guard: { type: 'isNextQuestion', params: { question: 'audience' } },
          target: 'intake.audience',
        },
        {
          guard: {
            type: 'isNextQuestion',
            params: { question: 'gestational-age' },
          },
          target: 'intake.gestationalAge',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'findings' } },
          target: 'examination.findings',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'head-size' } },
          target: 'examination.headSize',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'storch' } },
          target: 'serology.storch',
        },
        {
          guard: {
            type: 'isNextQuestion',
            params: { question: 'cmv-avidity' },
          },
          target: 'serology.cmvAvidity',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'parvovirus' } },
          target: 'serology.parvovirus',
        },
        {
          guard: {
            type: 'isNextQuestion',
            params: { question: 'infection-timing' },
          },
          target: 'serology.infectionTiming',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'microarray' } },
          target: 'genetics.microarray',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'karyotype' } },
          target: 'genetics.karyotype',
        },
        {
          guard: {
            type: 'isNextQuestion',
            params: { question: 'chromosomal-diagnosis' },
          },
          target: 'genetics.chromosomalDiagnosis',
        },
        {
          guard: {
            type: 'isNextQuestion',
            params: { question: 'cf-screening' },
          },
          target: 'genetics.cfScreening',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'cmv-pcr' } },
          target: 'specialized.cmvPcr',
        },
        {
          guard: {
            type: 'isNextQuestion',
            params: { question: 'mca-doppler' },
          },
          target: 'specialized.mcaDoppler',
        },
        {
          guard: { type: 'isNextQuestion', params: { question: 'fetal-mri' } },
          target: 'specialized.fetalMri',
        },
        { target: 'followUp' },
      ],
    },
    editing: {
      tags: ['question'],
      meta: { contentId: 'decision.canEditAnswer' },
      on: {
        '*': [
          {
            guard: and(['answersEditedQuestion', 'isValidAnswer']),
            target: 'route',
            actions: 'recordEdit',
          },
          { guard: 'answersEditedQuestion', actions: 'rejectAnswer' },
        ],
        'answer.editCancelled': {
          guard: 'isCorrection',
          target: 'route',
          actions: 'endEdit',
        },
      },
    },
    intake: {
      meta: { contentId: 'phase.intake', phase: 'intake' },
      initial: 'audience',
      states: {
        audience: {
          tags: ['question'],
          meta: {
            contentId: 'question.audience',
            phase: 'intake',
            question: 'audience',
          },
          on: {
            'intake.audienceSelected': [
              {
                guard: 'isValidAnswer',
                target: 'gestationalAge',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        gestationalAge: {
          tags: ['question'],
          meta: {
            contentId: 'question.gestational-age',
            phase: 'intake',
            question: 'gestational-age',
          },
          on: {
            'intake.gestationalAgeEntered': [
              {
                guard: 'isValidAnswer',
                target: '#workup.examination',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
      },
    },
    examination: {
      meta: { contentId: 'phase.examination', phase: 'examination' },
      initial: 'findings',
      states: {
        findings: {
          tags: ['question'],
          meta: {
            contentId: 'question.findings',
            phase: 'examination',
            question: 'findings',
          },
          on: {
            'examination.findingsEntered': [
              {
                guard: 'isValidAnswer',
                target: 'headSize',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        headSize: {
          tags: ['question'],
          meta: {
            contentId: 'question.head-size',
            phase: 'examination',
            question: 'head-size',
          },
          on: {
            'examination.headSizeEntered': [
              {
                guard: 'isValidAnswer',
                target: '#workup.serology',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
      },
    },
    serology: {
      meta: { contentId: 'phase.serology', phase: 'serology' },
      initial: 'storch',
      states: {
        storch: {
          tags: ['question'],
          meta: {
            contentId: 'question.storch',
            phase: 'serology',
            question: 'storch',
          },
          on: {
            'serology.storchEntered': [
              {
                guard: 'isValidAnswer',
                target: 'avidityDecision',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        avidityDecision: {
          tags: ['decision'],
          meta: {
            contentId: 'decision.cmvAvidityIndicated',
            phase: 'serology',
          },
          always: [
            { guard: 'cmvAvidityIndicated', target: 'cmvAvidity' },
            { target: 'parvovirus' },
          ],
        },
        cmvAvidity: {
          tags: ['question'],
          meta: {
            contentId: 'question.cmv-avidity',
            phase: 'serology',
            question: 'cmv-avidity',
          },
          on: {
            'serology.avidityEntered': [
              {
                guard: 'isValidAnswer',
                target: 'parvovirus',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        parvovirus: {
          tags: ['question'],
          meta: {
            contentId: 'question.parvovirus',
            phase: 'serology',
            question: 'parvovirus',
          },
          on: {
            'serology.parvovirusEntered': [
              {
                guard: 'isValidAnswer',
                target: 'infectionTimingDecision',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        infectionTimingDecision: {
          tags: ['decision'],
          meta: {
            contentId: 'decision.primaryCmvSuspected',
            phase: 'serology',
          },
          always: [
            { guard: 'primaryCmvSuspected', target: 'infectionTiming' },
            { target: '#workup.genetics' },
          ],
        },
        infectionTiming: {
          tags: ['question'],
          meta: {
            contentId: 'question.infection-timing',
            phase: 'serology',
            question: 'infection-timing',
          },
          on: {
            'serology.infectionTimingEntered': [
              {
                guard: 'isValidAnswer',
                target: '#workup.genetics',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
      },
    },
    genetics: {
      meta: { contentId: 'phase.genetics', phase: 'genetics' },
      initial: 'microarray',
      states: {
        microarray: {
          tags: ['question'],
          meta: {
            contentId: 'question.microarray',
            phase: 'genetics',
            question: 'microarray',
          },
          on: {
            'genetics.microarrayEntered': [
              {
                guard: 'isValidAnswer',
                target: 'karyotype',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        karyotype: {
          tags: ['question'],
          meta: {
            contentId: 'question.karyotype',
            phase: 'genetics',
            question: 'karyotype',
          },
          on: {
            'genetics.karyotypeEntered': [
              {
                guard: 'isValidAnswer',
                target: 'diagnosisDecision',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        diagnosisDecision: {
          tags: ['decision'],
          meta: {
            contentId: 'decision.chromosomalResultAbnormal',
            phase: 'genetics',
          },
          always: [
            {
              guard: 'chromosomalResultAbnormal',
              target: 'chromosomalDiagnosis',
            },
            { target: 'cfDecision' },
          ],
        },
        chromosomalDiagnosis: {
          tags: ['question'],
          meta: {
            contentId: 'question.chromosomal-diagnosis',
            phase: 'genetics',
            question: 'chromosomal-diagnosis',
          },
          on: {
            'genetics.diagnosisEntered': [
              {
                guard: 'isValidAnswer',
                target: 'cfDecision',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        cfDecision: {
          tags: ['decision'],
          meta: {
            contentId: 'decision.echogenicBowelSeen',
            phase: 'genetics',
          },
          always: [
            { guard: 'echogenicBowelSeen', target: 'cfScreening' },
            { target: '#workup.specialized' },
          ],
        },
        cfScreening: {
          tags: ['question'],
          meta: {
            contentId: 'question.cf-screening',
            phase: 'genetics',
            question: 'cf-screening',
          },
          on: {
            'genetics.cfScreeningEntered': [
              {
                guard: 'isValidAnswer',
                target: '#workup.specialized',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
      },
    },
    specialized: {
      meta: { contentId: 'phase.specialized', phase: 'specialized' },
      initial: 'pcrDecision',
      states: {
        pcrDecision: {
          tags: ['decision'],
          meta: {
            contentId: 'decision.cmvPcrIndicated',
            phase: 'specialized',
          },
          always: [
            { guard: 'cmvPcrIndicated', target: 'cmvPcr' },
            { target: 'mcaDecision' },
          ],
        },
        cmvPcr: {
          tags: ['question'],
          meta: {
            contentId: 'question.cmv-pcr',
            phase: 'specialized',
            question: 'cmv-pcr',
          },
          on: {
            'specialized.cmvPcrEntered': [
              {
                guard: 'isValidAnswer',
                target: 'mcaDecision',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        mcaDecision: {
          tags: ['decision'],
          meta: {
            contentId: 'decision.parvovirusRecent',
            phase: 'specialized',
          },
          always: [
            { guard: 'parvovirusRecent', target: 'mcaDoppler' },
            { guard: 'hydropsSeen', target: 'mcaDoppler' },
            { target: 'fetalMri' },
          ],
        },
        mcaDoppler: {
          tags: ['question'],
          meta: {
            contentId: 'question.mca-doppler',
            phase: 'specialized',
            question: 'mca-doppler',
          },
          on: {
            'specialized.mcaDopplerEntered': [
              {
                guard: 'isValidAnswer',
                target: 'fetalMri',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        fetalMri: {
          tags: ['question'],
          meta: {
            contentId: 'question.fetal-mri',
            phase: 'specialized',
            question: 'fetal-mri',
          },
          on: {
            'specialized.mriEntered': [
              {
                guard: 'isValidAnswer',
                target: '#workup.followUp',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
      },
    },
    followUp: {
      meta: { contentId: 'phase.follow-up', phase: 'follow-up' },
      initial: 'plan',
      states: {
        plan: {
          tags: ['summary'],
          meta: { contentId: 'phase.summary', phase: 'follow-up' },
          on: {
            'followUp.visitStarted': {
              target: 'visit',
              actions: 'clearRejection',
            },
            'followUp.scanStarted': {
              target: 'scan',
              actions: 'clearRejection',
            },
            'result.add': {
              guard: 'canRecordResult',
              target: '#workup.editing',
              actions: 'beginRecord',
            },
          },
        },
        visit: {
          tags: ['question'],
          meta: {
            contentId: 'question.visit',
            phase: 'follow-up',
            question: 'visit',
          },
          on: {
            'followUp.visitEntered': [
              {
                guard: 'isValidAnswer',
                target: 'scan',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
            'answer.editCancelled': {
              target: 'plan',
              actions: 'clearRejection',
            },
          },
        },
        scan: {
          tags: ['question'],
          meta: {
            contentId: 'question.follow-up-scan',
            phase: 'follow-up',
            question: 'follow-up-scan',
          },
          on: {
            'followUp.scanEntered': [
              {
                guard: 'isValidAnswer',
                target: 'mcaDue',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        mcaDue: {
          tags: ['decision'],
          meta: { contentId: 'decision.mcaCheckDue', phase: 'follow-up' },
          always: [
            { guard: 'mcaCheckDue', target: 'mcaCheck' },
            { target: 'pcrDue' },
          ],
        },
        mcaCheck: {
          tags: ['question'],
          meta: {
            contentId: 'question.mca-doppler',
            phase: 'follow-up',
            question: 'mca-doppler',
          },
          on: {
            'specialized.mcaDopplerEntered': [
              {
                guard: 'isValidAnswer',
                target: 'pcrDue',
                actions: 'addResult',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        pcrDue: {
          tags: ['decision'],
          meta: { contentId: 'decision.cmvPcrDue', phase: 'follow-up' },
          always: [
            { guard: 'cmvPcrDue', target: 'pcrCheck' },
            { target: 'storchRepeat' },
          ],
        },
        pcrCheck: {
          tags: ['question'],
          meta: {
            contentId: 'question.cmv-pcr',
            phase: 'follow-up',
            question: 'cmv-pcr',
          },
          on: {
            'specialized.cmvPcrEntered': [
              {
                guard: 'isValidAnswer',
                target: 'storchRepeat',
                actions: 'addResult',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        storchRepeat: {
          tags: ['decision'],
          meta: { contentId: 'decision.storchRepeatDue', phase: 'follow-up' },
          always: [
            { guard: 'storchRepeatDue', target: 'storchCheck' },
            { target: 'parvovirusRepeat' },
          ],
        },
        storchCheck: {
          tags: ['question'],
          meta: {
            contentId: 'question.storch',
            phase: 'follow-up',
            question: 'storch',
          },
          on: {
            'serology.storchEntered': [
              {
                guard: 'isValidAnswer',
                target: 'parvovirusRepeat',
                actions: 'addResult',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        parvovirusRepeat: {
          tags: ['decision'],
          meta: {
            contentId: 'decision.parvovirusRepeatDue',
            phase: 'follow-up',
          },
          always: [
            { guard: 'parvovirusRepeatDue', target: 'parvovirusCheck' },
            // A new result can open a question (a repeated serology that
            // now asks for avidity): the route asks it, or returns to plan.
            { target: '#workup.route' },
          ],
        },
        parvovirusCheck: {
          tags: ['question'],
          meta: {
            contentId: 'question.parvovirus',
            phase: 'follow-up',
            question: 'parvovirus',
          },
          on: {
            'serology.parvovirusEntered': [
              {
                guard: 'isValidAnswer',
                target: '#workup.route',
                actions: 'addResult',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
      },
    },
  },
});
