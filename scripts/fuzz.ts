// `npm run fuzz`: the extractor on 1,000,000 strings (article-shaped texts,
// word soups, random characters; scripts/fuzz/strings.ts) and on the text
// shapes that once cost it more than linear time (scripts/fuzz/shapes.ts).
// Prints the throws, the contract breaks (scripts/fuzz/contract.ts), the
// slowest strings per kilobyte, and a scaling table at 10k / 100k / 1M
// characters; exits 1 on any throw, break, or shape more than 2× from linear.
// Options: --count N (strings, default 1,000,000), --seed S, --no-scaling.
// Times are CPU time of this process (process.cpuUsage), so a busy machine
// distorts them less than a wall clock would.
import { extractClaims } from '../lib/extract/extract-claims';
import { contractBreak } from './fuzz/contract';
import { SHAPES } from './fuzz/shapes';
import { fuzzString } from './fuzz/strings';
import { createRandom } from './random';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const COUNT = opt('--count', 1_000_000);
const SEED = opt('--seed', 15);
const PUBLISHED = '2025-01-13';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const log = (s: string) => process.stderr.write(`${s}\n`);

function fuzz(): boolean {
  const r = createRandom(SEED);
  let throws = 0;
  let breaks = 0;
  let claims = 0;
  let chars = 0;
  const slow: { ms: number; perKb: number; i: number; len: number; text: string }[] = [];
  const t0 = cpuMs();
  for (let i = 0; i < COUNT; i++) {
    const s = fuzzString(r, i);
    chars += s.length;
    const a = cpuMs();
    let out: ReturnType<typeof extractClaims> = [];
    try {
      out = extractClaims(s, { published: PUBLISHED });
    } catch (e) {
      throws++;
      if (throws <= 5) log(`throw on string ${i}: ${(e as Error).message}`);
    }
    const ms = cpuMs() - a;
    claims += out.length;
    for (const c of out) {
      const b = contractBreak(s, c);
      if (b) {
        breaks++;
        if (breaks <= 10)
          log(`break on string ${i} (seed ${SEED}): ${b}\n  ${JSON.stringify(s.slice(Math.max(0, c.start - 80), c.end + 40))}`);
      }
    }
    if (ms > 1) {
      slow.push({ ms, perKb: ms / Math.max(1, s.length / 1000), i, len: s.length, text: s });
      if (slow.length > 200) slow.sort((x, y) => y.perKb - x.perKb).splice(20);
    }
    if ((i + 1) % 100_000 === 0)
      log(`  ${i + 1} strings, ${claims} claims, ${throws} throws, ${breaks} breaks, ${((cpuMs() - t0) / 1000).toFixed(0)} s`);
  }
  slow.sort((x, y) => y.perKb - x.perKb);
  const total = cpuMs() - t0;
  console.log(
    `strings: ${COUNT} (seed ${SEED}), ${(chars / 1e6).toFixed(1)} M characters, ${claims} claims, ${(total / 1000).toFixed(1)} s CPU`,
  );
  console.log(`throws: ${throws}; contract breaks: ${breaks}`);
  console.log(`mean: ${(total / (chars / 1000)).toFixed(3)} ms per KB`);
  console.log(
    'slowest per KB (over 1 ms; texts under 1 KB count as 1 KB), then timed again, best of 5 (a first run can hold a garbage collection):',
  );
  for (const x of slow.slice(0, 5)) {
    let again = Infinity;
    for (let k = 0; k < 5; k++) {
      const a = cpuMs();
      extractClaims(x.text, { published: PUBLISHED });
      again = Math.min(again, cpuMs() - a);
    }
    console.log(`  string ${x.i}: ${x.len} characters, ${x.ms.toFixed(1)} ms (${x.perKb.toFixed(2)} ms/KB); again ${again.toFixed(2)} ms`);
  }
  if (slow.length === 0) console.log('  none');
  return throws === 0 && breaks === 0;
}

function timeShape(make: (n: number) => string, n: number, runs: number): { msPerKb: number; claims: number; breaks: number } {
  const text = make(n);
  let best = Infinity;
  let out: ReturnType<typeof extractClaims> = [];
  for (let k = 0; k < runs; k++) {
    const a = cpuMs();
    out = extractClaims(text, { published: PUBLISHED });
    best = Math.min(best, cpuMs() - a);
  }
  const breaks = out.filter((c) => contractBreak(text, c) !== null).length;
  return { msPerKb: best / (n / 1000), claims: out.length, breaks };
}

function scaling(): boolean {
  let ok = true;
  console.log(
    '\nscaling (CPU ms per KB, best of 3 at 10k and 100k, 1 run at 1M; growth = per-KB time at 1M over the smaller of 10k and 100k):',
  );
  console.log('| shape | 10k | 100k | 1M | claims at 1M | growth | linear within 2× |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const [name, make] of Object.entries(SHAPES)) {
    timeShape(make, 10_000, 2); // warm-up
    const a = timeShape(make, 10_000, 3);
    const b = timeShape(make, 100_000, 3);
    const c = timeShape(make, 1_000_000, 1);
    // The floor keeps tiny per-KB times (noise) from making a ratio.
    const base = Math.max(Math.min(a.msPerKb, b.msPerKb), 0.02);
    const growth = c.msPerKb / base;
    const pass = growth <= 2 && a.breaks + b.breaks + c.breaks === 0;
    ok &&= pass;
    console.log(
      `| ${name} | ${a.msPerKb.toFixed(3)} | ${b.msPerKb.toFixed(3)} | ${c.msPerKb.toFixed(3)} | ${c.claims} | ${growth.toFixed(2)}× | ${pass ? 'yes' : 'NO'} |`,
    );
  }
  return ok;
}

const fuzzOk = COUNT > 0 ? fuzz() : true;
const scaleOk = args.includes('--no-scaling') ? true : scaling();
process.exitCode = fuzzOk && scaleOk ? 0 : 1;
