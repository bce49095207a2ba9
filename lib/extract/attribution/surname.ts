// Attribution stage: a surname alone ("Kim said ...") stands for the last
// person of that surname the text named in full before it ("Defence Minister
// Kim Yong-hyun ... Kim said"), not the first: an article about North Korea
// may name Kim Jong Un and a South Korean Kim.

/** The rest of a full name after its surname: " Jong Un", " Yong-hyun" (one to three capitalised words). */
const FULL_REST_RE = /^(?:[ -]\p{Lu}[\p{L}'’-]*){1,3}/u;
/** How many mentions of a surname are read, at most, in a text. */
const MAX_MENTIONS = 200;

/**
 * Whether `name` at `at` in `text` stands alone: not followed by the rest of
 * a full name ("Kim said", "Kim, the lawmaker,"; not "Kim Jong Un").
 */
export function bareSurname(text: string, name: string, at: number): boolean {
  return !FULL_REST_RE.test(text.slice(at + name.length, at + name.length + 40));
}

/** Where the text names a person of one surname in full, and the full name ("Kim Yong-hyun", its possessive "'s" left off), in text order. */
export type FullNames = ReadonlyArray<readonly [number, string]>;

/**
 * The full names with the surname `name` in `text` (read once per text and
 * name by the caller); `budget.left`, the characters the caller may still
 * search through, pays for the reading (a page naming thousands stays linear).
 */
export function fullNamesOf(text: string, name: string, budget: { left: number }): FullNames {
  const found: Array<readonly [number, string]> = [];
  let from = 0;
  for (let n = 0; n < MAX_MENTIONS && budget.left > 0; n++) {
    const i = text.indexOf(name, from);
    budget.left -= (i < 0 ? text.length : i) - from;
    if (i < 0) break;
    from = i + name.length;
    if (/\p{L}/u.test(text[i - 1] ?? '')) continue;
    const rest = FULL_REST_RE.exec(text.slice(from, from + 40));
    if (rest) found.push([i, name + rest[0].replace(/['’]s$/, '')]);
  }
  return found;
}

/** The last of `names` written before `at`, or null (binary search). */
export function lastFullName(names: FullNames, at: number): string | null {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? names[lo - 1]![1] : null;
}
