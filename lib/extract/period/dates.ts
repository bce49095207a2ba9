// Period stage: the publication date and the arithmetic on it.

export const pad = (n: number) => String(n).padStart(2, '0');

export interface Pub {
  y: number;
  m: number;
  d: number;
}

export function parsePublished(published: string | null | undefined): Pub | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function shiftDays(p: Pub, days: number): string {
  const t = Date.UTC(p.y, p.m - 1, p.d) + days * 86400000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
