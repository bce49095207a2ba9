import { launchPlain } from './browser';
import { benchBundle } from './bundle';
import { listTestPages } from './pages';
const o = await launchPlain();
const b = await benchBundle();
for (const p of listTestPages(process.argv.slice(2))) {
  const t = await o.open(p.name, p.source, b);
  console.log(p.name, await t.evaluate(() => { const r = (globalThis as any).__tallymarkBench.read(); return { root: r.root, dropped: r.dropped, dbg: (globalThis as any).__regionDebug }; }));
}
await o.close();
