// The content script's own main-thread time (the bench's measure,
// content-main-thread.ts) of the build in .output/chrome-mv3, in Chromium as
// it is and with more switches (V8's, through --js-flags), in alternating
// rounds so that the machine's load falls on both alike. A diagnostic: what
// the engine's tiers do to the row, e.g. --always-sparkplug (code that runs
// once compiled at once rather than interpreted) or --regexp-interpret-all.
//
//   npm run build && npx tsx scripts/bench/content-flags.ts --js-flags=--always-sparkplug [--rounds 4] [--runs 9] [--path /seed/000]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureContentMainThread } from './content-main-thread';
import { median } from './timing';
import { optionReader } from './options';

const fmt = (ms: number) => ms.toFixed(2);

async function main() {
  const args = process.argv.slice(2);
  const value = optionReader(args);
  // Chromium's switches, written with their value (`--js-flags=--always-sparkplug`); ours take theirs apart.
  const switchArgs = args.filter((a) => a.startsWith('--') && a.includes('='));
  if (switchArgs.length === 0)
    throw new Error('usage: content-flags.ts --js-flags=… [more Chromium switches] [--rounds N] [--runs N] [--path P]');
  const rounds = Number(value('--rounds', '4'));
  const runs = Number(value('--runs', '9'));
  const path = value('--path', '/seed/000');
  const variants: [string, string[]][] = [
    ['as it is', []],
    [switchArgs.join(' '), switchArgs],
  ];
  const sampled = variants.map(() => [] as number[]);
  const cpu = variants.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (const v of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const m = await measureContentMainThread(path, runs, variants[v]![1]);
      sampled[v]!.push(...m.each);
      cpu[v]!.push(...m.cpuEach);
      console.log(`round ${r + 1} ${variants[v]![0]}: ${fmt(m.ms)} ms, CPU ${fmt(m.cpuMs)} ms`);
    }
  }
  console.log(`\n${path}, ${rounds} rounds of ${runs} loads:`);
  for (const [v, [name]] of variants.entries()) {
    console.log(`${name}: median of ${sampled[v]!.length} loads ${fmt(median(sampled[v]!))} ms; as CPU time ${fmt(median(cpu[v]!))} ms`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
