/** A V8 / Chromium CPU profile (DevTools `Profiler.stop`, `node --cpu-prof`). */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: {
      functionName: string;
      url: string;
      lineNumber: number;
      columnNumber: number;
    };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One function's share of a profile, in ms. */
export interface Hotspot {
  fn: string;
  selfMs: number;
  totalMs: number;
}

const idle = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * The functions a profile spends its time in: self time (the function
 * itself) and total time (with what it calls, each sample counted once per
 * function however deep it recurses), sorted by `by`. Functions are named
 * `name file:line` so unminified builds read well.
 */
export function hotspots(
  profiles: CpuProfile[],
  {
    by = 'selfMs',
    top = 25,
    only,
  }: {
    by?: 'selfMs' | 'totalMs';
    top?: number;
    /** Counts only samples with a frame from a matching script URL (the app's, not a test driver's). */
    only?: (url: string) => boolean;
  } = {},
): { sampledMs: number; busyMs: number; hotspots: Hotspot[] } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  let busy = 0;
  for (const profile of profiles) {
    const parent = new Map<number, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const n of profile.nodes) {
      for (const c of n.children ?? []) parent.set(c, n.id);
    }
    const nameOf = (id: number) => {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const file = url.split('/').slice(-2).join('/').split('?')[0];
      return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      sampled += ms;
      const name = nameOf(id);
      if (idle.has(byId.get(id)!.callFrame.functionName)) {
        self.set(name, (self.get(name) ?? 0) + ms);
        return;
      }
      if (only) {
        let matched = false;
        for (
          let n: number | undefined = id;
          n !== undefined;
          n = parent.get(n)
        ) {
          if (only(byId.get(n)!.callFrame.url)) matched = true;
        }
        if (!matched) return;
      }
      busy += ms;
      self.set(name, (self.get(name) ?? 0) + ms);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const fn = nameOf(n);
        if (seen.has(fn)) continue;
        seen.add(fn);
        total.set(fn, (total.get(fn) ?? 0) + ms);
      }
    });
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  const rows = [...new Set([...self.keys(), ...total.keys()])]
    .filter((fn) => !idle.has(fn.split(' ')[0]!))
    .map((fn) => ({
      fn,
      selfMs: round(self.get(fn) ?? 0),
      totalMs: round(total.get(fn) ?? 0),
    }))
    .sort((a, b) => b[by] - a[by])
    .slice(0, top);
  return { sampledMs: round(sampled), busyMs: round(busy), hotspots: rows };
}
