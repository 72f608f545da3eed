/** A design target and whether this run met it. */
export interface TargetResult {
  id: string;
  target: string;
  figure: string;
  met: boolean | null;
}

/** What the targets are checked against (null: not measured this run). */
export interface TargetInputs {
  firstLoadRatio: number;
  mobile: { performance: number; accessibility: number; lcpMs: number } | null;
  answerToPaintP95Ms: number | null;
  /** The app's answer-to-paint walk at 4x CPU slowdown. */
  slow: {
    toDomP95Ms: number;
    afterPaintP95Ms: number;
    eventTimingP95Ms: number | '<16';
  } | null;
  consultsPerSecond: number | null;
}

const unmeasured = (id: string, target: string): TargetResult => ({
  id,
  target,
  figure: 'not measured',
  met: null,
});

/** The targets of the bench issue, each met or not with its figure. */
export function evaluateTargets(inputs: TargetInputs): TargetResult[] {
  const { mobile } = inputs;
  return [
    {
      id: 'first-load-vs-floor',
      target: 'first-load transfer (gzip) <= 1.5 x floor',
      figure: `${inputs.firstLoadRatio.toFixed(2)} x`,
      met: inputs.firstLoadRatio <= 1.5,
    },
    mobile
      ? {
          id: 'lighthouse-mobile-performance',
          target: 'Lighthouse mobile performance = 100',
          figure: String(mobile.performance),
          met: mobile.performance >= 100,
        }
      : unmeasured(
          'lighthouse-mobile-performance',
          'Lighthouse mobile performance = 100',
        ),
    mobile
      ? {
          id: 'lighthouse-mobile-accessibility',
          target: 'Lighthouse mobile accessibility = 100',
          figure: String(mobile.accessibility),
          met: mobile.accessibility >= 100,
        }
      : unmeasured(
          'lighthouse-mobile-accessibility',
          'Lighthouse mobile accessibility = 100',
        ),
    mobile
      ? {
          id: 'lighthouse-mobile-lcp',
          target: 'mobile LCP <= 1.5 s',
          figure: `${(mobile.lcpMs / 1000).toFixed(2)} s`,
          met: mobile.lcpMs <= 1500,
        }
      : unmeasured('lighthouse-mobile-lcp', 'mobile LCP <= 1.5 s'),
    inputs.answerToPaintP95Ms === null
      ? unmeasured('answer-to-paint-p95', 'answer-to-paint p95 <= 16 ms')
      : {
          id: 'answer-to-paint-p95',
          target: 'answer-to-paint p95 <= 16 ms',
          figure: `${inputs.answerToPaintP95Ms.toFixed(1)} ms`,
          met: inputs.answerToPaintP95Ms <= 16,
        },
    ...slowTargets(inputs.slow),
    inputs.consultsPerSecond === null
      ? unmeasured('headless-consults', 'headless consults >= 5,000 / s')
      : {
          id: 'headless-consults',
          target: 'headless consults >= 5,000 / s',
          figure: `${inputs.consultsPerSecond} / s`,
          met: inputs.consultsPerSecond >= 5000,
        },
  ];
}

/** At 4x CPU slowdown (a mid-range phone): click to DOM, to paint, Event Timing. */
function slowTargets(slow: TargetInputs['slow']): TargetResult[] {
  const rows = [
    {
      id: 'click-to-dom-4x-p95',
      target: 'click to DOM p95 <= 25 ms at 4x CPU slowdown',
      limit: 25,
      value: slow?.toDomP95Ms,
    },
    {
      id: 'answer-to-paint-4x-p95',
      target: 'answer-to-paint p95 <= 50 ms at 4x CPU slowdown',
      limit: 50,
      value: slow?.afterPaintP95Ms,
    },
    {
      id: 'event-timing-4x-p95',
      target: 'Event Timing p95 <= 50 ms at 4x CPU slowdown',
      limit: 50,
      value: slow?.eventTimingP95Ms,
    },
  ];
  return rows.map(({ id, target, limit, value }) =>
    value === undefined
      ? unmeasured(id, target)
      : {
          id,
          target,
          figure: value === '<16' ? '< 16 ms' : `${value.toFixed(1)} ms`,
          met: value === '<16' || value <= limit,
        },
  );
}
