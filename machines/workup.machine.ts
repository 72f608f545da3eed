import { assign, not, or, setup } from 'xstate';
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
  isAnswered,
  pruneAnswers,
  questionAnsweredBy,
  recordAnswer,
} from './rules/answers.ts';
import { interpret } from './rules/facts.ts';
import { isAnswerEventType } from './questions.ts';

const isAnswerEvent = (event: WorkupEvent): event is AnswerEvent =>
  isAnswerEventType(event.type);

/**
 * The prenatal workup of fetal hepatic calcifications as a statechart:
 * intake -> initial examination -> maternal serology -> genetic testing ->
 * specialized testing -> summary. Each question is a state; answers are
 * context; the summary (`summaryOf` in workup.selectors.ts) is built from
 * the answers. The summary state is not final: results that arrive later
 * are recorded from it (`answer.edit`), and the summary updates in place.
 *
 * Every question state skips itself (eventless transition) when it is
 * already answered, so a resumed or edited consult continues at the first
 * open question; a conditional question is skipped unless its clinical
 * decision holds (named guards: the same facts as the summary, facts.ts),
 * or unless it is being edited (a result recorded off the main path).
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
    tags: {} as 'question' | 'summary',
  },
  guards: {
    alreadyAnswered: ({ context }, params: { question: QuestionId }) =>
      context.editing !== params.question &&
      isAnswered(params.question, context.answers, audienceProgress(context)),
    isBeingEdited: ({ context }, params: { question: QuestionId }) =>
      context.editing === params.question,
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
    isValidAnswer: ({ event }) =>
      isAnswerEvent(event) && answerProblem(event) === null,
    isEditOf: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'answer.edit' &&
      event.question === params.question &&
      canEdit(params.question, context.answers, audienceProgress(context)),
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
        editing: null,
        rejection: null,
      };
    }),
    rejectAnswer: assign(({ event }) => {
      if (!isAnswerEvent(event)) return {};
      const reason = answerProblem(event);
      return reason
        ? { rejection: { question: questionAnsweredBy(event), reason } }
        : {};
    }),
    beginEdit: assign(({ event }) =>
      event.type === 'answer.edit'
        ? { editing: event.question, rejection: null }
        : {},
    ),
    cancelEdit: assign({ editing: null, rejection: null }),
    changeAudience: assign(({ event }) =>
      event.type === 'audience.change' ? { audience: event.audience } : {},
    ),
  },
}).createMachine({
  id: 'workup',
  context: ({ input }) => ({
    audience: input.audience ?? null,
    answers: pruneAnswers(input.answers ?? {}),
    editing: input.editing ?? null,
    rejection: null,
  }),
  initial: 'intake',
  on: {
    'audience.change': { actions: 'changeAudience' },
    'answer.editCancelled': {
      target: '.intake',
      reenter: true,
      actions: 'cancelEdit',
    },
    'answer.edit': [
      {
        guard: { type: 'isEditOf', params: { question: 'audience' } },
        target: '#workup.intake.audience',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'gestational-age' } },
        target: '#workup.intake.gestationalAge',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'findings' } },
        target: '#workup.examination.findings',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'head-size' } },
        target: '#workup.examination.headSize',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'storch' } },
        target: '#workup.serology.storch',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'cmv-avidity' } },
        target: '#workup.serology.cmvAvidity',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'parvovirus' } },
        target: '#workup.serology.parvovirus',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'infection-timing' } },
        target: '#workup.serology.infectionTiming',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'microarray' } },
        target: '#workup.genetics.microarray',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'karyotype' } },
        target: '#workup.genetics.karyotype',
        actions: 'beginEdit',
      },
      {
        guard: {
          type: 'isEditOf',
          params: { question: 'chromosomal-diagnosis' },
        },
        target: '#workup.genetics.chromosomalDiagnosis',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'cf-screening' } },
        target: '#workup.genetics.cfScreening',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'cmv-pcr' } },
        target: '#workup.specialized.cmvPcr',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'mca-doppler' } },
        target: '#workup.specialized.mcaDoppler',
        actions: 'beginEdit',
      },
      {
        guard: { type: 'isEditOf', params: { question: 'fetal-mri' } },
        target: '#workup.specialized.fetalMri',
        actions: 'beginEdit',
      },
    ],
  },
  states: {
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'audience' },
            },
            target: 'gestationalAge',
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'gestational-age' },
            },
            target: '#workup.examination',
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'findings' },
            },
            target: 'headSize',
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'head-size' },
            },
            target: '#workup.serology',
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
          always: {
            guard: { type: 'alreadyAnswered', params: { question: 'storch' } },
            target: 'cmvAvidity',
          },
          on: {
            'serology.storchEntered': [
              {
                guard: 'isValidAnswer',
                target: 'cmvAvidity',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        cmvAvidity: {
          tags: ['question'],
          meta: {
            contentId: 'question.cmv-avidity',
            phase: 'serology',
            question: 'cmv-avidity',
          },
          always: [
            {
              guard: not(
                or([
                  'cmvAvidityIndicated',
                  {
                    type: 'isBeingEdited',
                    params: { question: 'cmv-avidity' as const },
                  },
                ]),
              ),
              target: 'parvovirus',
            },
            {
              guard: {
                type: 'alreadyAnswered',
                params: { question: 'cmv-avidity' },
              },
              target: 'parvovirus',
            },
          ],
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'parvovirus' },
            },
            target: 'infectionTiming',
          },
          on: {
            'serology.parvovirusEntered': [
              {
                guard: 'isValidAnswer',
                target: 'infectionTiming',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        infectionTiming: {
          tags: ['question'],
          meta: {
            contentId: 'question.infection-timing',
            phase: 'serology',
            question: 'infection-timing',
          },
          always: [
            {
              guard: not(
                or([
                  'primaryCmvSuspected',
                  {
                    type: 'isBeingEdited',
                    params: { question: 'infection-timing' as const },
                  },
                ]),
              ),
              target: '#workup.genetics',
            },
            {
              guard: {
                type: 'alreadyAnswered',
                params: { question: 'infection-timing' },
              },
              target: '#workup.genetics',
            },
          ],
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'microarray' },
            },
            target: 'karyotype',
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'karyotype' },
            },
            target: 'chromosomalDiagnosis',
          },
          on: {
            'genetics.karyotypeEntered': [
              {
                guard: 'isValidAnswer',
                target: 'chromosomalDiagnosis',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        chromosomalDiagnosis: {
          tags: ['question'],
          meta: {
            contentId: 'question.chromosomal-diagnosis',
            phase: 'genetics',
            question: 'chromosomal-diagnosis',
          },
          always: [
            {
              guard: not(
                or([
                  'chromosomalResultAbnormal',
                  {
                    type: 'isBeingEdited',
                    params: { question: 'chromosomal-diagnosis' as const },
                  },
                ]),
              ),
              target: 'cfScreening',
            },
            {
              guard: {
                type: 'alreadyAnswered',
                params: { question: 'chromosomal-diagnosis' },
              },
              target: 'cfScreening',
            },
          ],
          on: {
            'genetics.diagnosisEntered': [
              {
                guard: 'isValidAnswer',
                target: 'cfScreening',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        cfScreening: {
          tags: ['question'],
          meta: {
            contentId: 'question.cf-screening',
            phase: 'genetics',
            question: 'cf-screening',
          },
          always: [
            {
              guard: not(
                or([
                  'echogenicBowelSeen',
                  {
                    type: 'isBeingEdited',
                    params: { question: 'cf-screening' as const },
                  },
                ]),
              ),
              target: '#workup.specialized',
            },
            {
              guard: {
                type: 'alreadyAnswered',
                params: { question: 'cf-screening' },
              },
              target: '#workup.specialized',
            },
          ],
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
      initial: 'cmvPcr',
      states: {
        cmvPcr: {
          tags: ['question'],
          meta: {
            contentId: 'question.cmv-pcr',
            phase: 'specialized',
            question: 'cmv-pcr',
          },
          always: [
            {
              guard: not(
                or([
                  'cmvPcrIndicated',
                  {
                    type: 'isBeingEdited',
                    params: { question: 'cmv-pcr' as const },
                  },
                ]),
              ),
              target: 'mcaDoppler',
            },
            {
              guard: {
                type: 'alreadyAnswered',
                params: { question: 'cmv-pcr' },
              },
              target: 'mcaDoppler',
            },
          ],
          on: {
            'specialized.cmvPcrEntered': [
              {
                guard: 'isValidAnswer',
                target: 'mcaDoppler',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
        mcaDoppler: {
          tags: ['question'],
          meta: {
            contentId: 'question.mca-doppler',
            phase: 'specialized',
            question: 'mca-doppler',
          },
          always: [
            {
              guard: not(
                or([
                  'parvovirusRecent',
                  'hydropsSeen',
                  {
                    type: 'isBeingEdited',
                    params: { question: 'mca-doppler' as const },
                  },
                ]),
              ),
              target: 'fetalMri',
            },
            {
              guard: {
                type: 'alreadyAnswered',
                params: { question: 'mca-doppler' },
              },
              target: 'fetalMri',
            },
          ],
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
          always: {
            guard: {
              type: 'alreadyAnswered',
              params: { question: 'fetal-mri' },
            },
            target: '#workup.summary',
          },
          on: {
            'specialized.mriEntered': [
              {
                guard: 'isValidAnswer',
                target: '#workup.summary',
                actions: 'recordAnswer',
              },
              { actions: 'rejectAnswer' },
            ],
          },
        },
      },
    },
    summary: {
      tags: ['summary'],
      meta: { contentId: 'phase.summary', phase: 'summary' },
    },
  },
});
