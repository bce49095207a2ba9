// The content script's own main-thread time (the bench's measure,
// content-main-thread.ts) of two or more builds, in alternating rounds: each
// round copies one build into .output/chrome-mv3 and loads the page `--runs`
// times, the next round the other build, and so on (the order reversed every
// other round), so that the machine's load falls on each alike. Save builds
// first, e.g. `npm run build && cp -r .output/chrome-mv3 /tmp/a`. Overwrites
// .output/chrome-mv3 (build again after). Prints the pooled medians of both
// rows: the sampled time and the thread's CPU time (cpuTimeUnder).
//
//   npx tsx scripts/bench/content-versus.ts /tmp/a /tmp/b [--rounds 8] [--runs 9] [--path /seed/000]
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_PATH } from '../../tests/e2e/harness';
import { measureContentMainThread } from './content-main-thread';
import { median } from './timing';
import { optionReader } from './options';

const fmt = (ms: number) => ms.toFixed(2);

async function main() {
  const args = process.argv.slice(2);
  const value = optionReader(args);
  const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (builds.length < 2 || builds.some((b) => !existsSync(resolve(b, 'manifest.json')))) {
    throw new Error('usage: content-versus.ts BUILD_DIR BUILD_DIR… [--rounds N] [--runs N] [--path P] (each a saved .output/chrome-mv3)');
  }
  const rounds = Number(value('--rounds', '8'));
  const runs = Number(value('--runs', '9'));
  const path = value('--path', '/seed/000');
  const loads = new Map<string, number[]>(builds.map((b) => [b, []]));
  const cpuLoads = new Map<string, number[]>(builds.map((b) => [b, []]));
  const roundMedians = new Map<string, number[]>(builds.map((b) => [b, []]));
  for (let r = 0; r < rounds; r++) {
    for (const build of r % 2 === 0 ? builds : [...builds].reverse()) {
      rmSync(EXTENSION_PATH, { recursive: true, force: true });
      cpSync(build, EXTENSION_PATH, { recursive: true });
      const m = await measureContentMainThread(path, runs);
      loads.get(build)!.push(...m.each);
      cpuLoads.get(build)!.push(...m.cpuEach);
      roundMedians.get(build)!.push(m.ms);
      console.log(`round ${r + 1} ${build}: ${fmt(m.ms)} ms, CPU ${fmt(m.cpuMs)} ms (${m.each.map(fmt).join(' ')})`);
    }
  }
  console.log(`\n${path}, ${rounds} rounds of ${runs} loads:`);
  for (const build of builds) {
    const all = loads.get(build)!;
    console.log(
      `${build}: median of ${all.length} loads ${fmt(median(all))} ms (${fmt(Math.min(...all))} to ${fmt(Math.max(...all))}); ` +
        `round medians ${roundMedians.get(build)!.map(fmt).join(' ')}`,
    );
    const cpu = cpuLoads.get(build)!;
    console.log(
      `${build}: as CPU time, median of ${cpu.length} loads ${fmt(median(cpu))} ms (${fmt(Math.min(...cpu))} to ${fmt(Math.max(...cpu))})`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
