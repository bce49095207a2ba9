// Bundle scripts/readability/in-page.ts into one classic script to add to a page.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function benchBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./in-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
