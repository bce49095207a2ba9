// Period stage: the publication date and the arithmetic on it.

export const pad = (n: number) => String(n).padStart(2, '0');

export interface Pub {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** The last publication date read, and its reading: a text's figures all ask of the same date. */
let lastPublished: string | null | undefined = null;
let lastPub: Pub | null = null;

export function parsePublished(published: string | null | undefined): Pub | null {
  if (published !== lastPublished) {
    const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
    lastPub = m ? Object.freeze({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) : null;
    lastPublished = published;
  }
  return lastPub;
}

export function shiftDays(p: Pub, days: number): string {
  const t = Date.UTC(p.y, p.m - 1, p.d) + days * 86400000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
