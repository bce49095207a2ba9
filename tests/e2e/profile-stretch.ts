// How long Tallymark holds the page's main thread in one go, from a V8 CPU
// profile of the page's renderer: the longest run of consecutive samples
// whose stack holds a frame of the extension's scripts. Samples of the
// engine's own work inside such a run (garbage collection, "(program)")
// continue it; an idle sample or one of the page's own code ends it. Each
// sample counts at most MAX_SAMPLE_US, as in scripts/bench: a longer gap is
// the thread descheduled on a loaded machine, not our code's time.
import { MAX_SAMPLE_US } from '../../scripts/bench/content-main-thread';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The longest stretch (ms) of samples in code from URLs starting with `prefix`. */
export function longestStretchUnder(profile: CpuProfile, prefix: string): number {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const kind = new Map<number, 'ours' | 'engine' | 'other'>();
  const kindOf = (id: number): 'ours' | 'engine' | 'other' => {
    const known = kind.get(id);
    if (known) return known;
    let k: 'ours' | 'engine' | 'other' = 'other';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)?.callFrame.url.startsWith(prefix)) {
        k = 'ours';
        break;
      }
    }
    if (k === 'other') {
      const name = byId.get(id)?.callFrame.functionName ?? '';
      if (name === '(program)' || name === '(garbage collector)') k = 'engine';
    }
    kind.set(id, k);
    return k;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let longest = 0;
  let run = 0;
  let ours = false;
  for (let i = 0; i < samples.length; i++) {
    const k = kindOf(samples[i]!);
    const dt = Math.min(deltas[i + 1] ?? 0, MAX_SAMPLE_US);
    if (k === 'ours') {
      run += dt;
      ours = true;
    } else if (k === 'engine' && ours) {
      run += dt;
    } else {
      run = 0;
      ours = false;
    }
    if (ours) longest = Math.max(longest, run);
  }
  return longest / 1000;
}
