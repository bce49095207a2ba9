// The benchmark's one table, in Markdown (readable in a terminal and in the README).

export interface Row {
  measure: string;
  measured: string;
  target: string;
  /** 'pass' / 'miss', several joined by commas; '' when there is no target. */
  result: string;
}

/** Renders rows as a Markdown table with aligned columns. */
export function renderTable(rows: readonly Row[]): string {
  const head: Row = { measure: 'measure', measured: 'measured', target: 'target', result: 'result' };
  const all = [head, ...rows];
  const keys = ['measure', 'measured', 'target', 'result'] as const;
  const width = keys.map((k) => Math.max(3, ...all.map((r) => r[k].length)));
  const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(width[i]!)).join(' | ')} |`;
  const rule = `| ${width.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/** "pass" or "miss", or "pass, miss" for several targets in one row. */
export const passMiss = (...ok: boolean[]) => ok.map((o) => (o ? 'pass' : 'miss')).join(', ');

export const fmtMs = (ms: number) => `${ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)} ms`;
export const fmtMb = (mb: number) => `${mb >= 10 ? mb.toFixed(0) : mb >= 1 ? mb.toFixed(1) : mb.toFixed(3)} MB/s`;
export const fmtX = (x: number) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
export const fmtInt = (n: number) => n.toLocaleString('en-US');
export const fmtKb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
