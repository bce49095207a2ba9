// Text shapes that once cost the extractor more than linear time, each made
// to any length: the scaling table of `npm run fuzz` reads them at 10k, 100k
// and 1M characters.

const repeat = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** A distinct capitalised name per index ("Kab", "Kac", ...). */
function nameOf(i: number): string {
  let s = '';
  let k = i;
  do {
    s += String.fromCharCode(97 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return `K${s}`;
}

function names(n: number, far: boolean): string {
  let s = far ? 'North Korea. ' : '';
  for (let i = 0; s.length < n; i++) {
    s += far
      ? `${nameOf(i)} said 300 soldiers of North Korea were killed, ${nameOf(i)} said. `
      : `${nameOf(i)} said 300 North Korean troops were killed. `;
  }
  return s.slice(0, n);
}

export const SHAPES: Readonly<Record<string, (n: number) => string>> = {
  'attributed sentence, one line': (n) => repeat('Seoul said about 1,100 North Korean soldiers were killed or wounded, he said. ', n),
  'attributed sentence, one per line': (n) => repeat('Seoul said about 1,100 North Korean soldiers were killed or wounded, he said.\n', n),
  'all capitals': (n) => repeat('NORTH KOREA SENT 11,000 TROOPS SAID KIM JONG UN AND PARK ', n),
  'capitalised words': (n) => repeat('North Korean Troops Number 11,000 Says Park Sun Won Lee Jae ', n),
  'hyphenated capitals': (n) => `North Korean troops 300 killed, ${repeat('A-', n)}'s he said`,
  colons: (n) => `North Korean troops ${repeat('300: killed: Seoul: ', n)}`,
  dashes: (n) => `North Korean troops ${repeat('300 killed – Kirby – ', n)}`,
  'no sentence end': (n) => repeat('north korean troops 300 killed said seoul and ', n),
  'distinct names': (n) => names(n, false),
  'distinct names, looked up': (n) => names(n, true),
  'blank lines': (n) => `North Korea sent 300 troops.${repeat('\n\t', n)}`,
  'one space run': (n) => `North Korea sent 300 troops ${repeat(' ', n)}300 killed`,
  digits: (n) => `North Korean troops ${repeat('1,000 ', n)}`,
  quotes: (n) => `North Korean troops ${repeat('"300 killed," ', n)}`,
  'the agency': (n) => repeat('The agency said 300 North Korean soldiers were killed. NIS ', n),
  timeline: (n) => `North Korea\n${repeat('November 2024: 300 North Korean troops killed\n', n)}`,
  'fact box': (n) => `North Korean troops in Russia\n${repeat('Killed: 300\nWounded: 2,700\n', n)}`,
  months: (n) => `North Korean troops ${repeat('in December 300 killed on January 5, ', n)}`,
  pronouns: (n) => repeat('He said 300 North Korean troops were killed. ', n),
  'state media': (n) => repeat('Kim Jong Un praised 300 North Korean soldiers killed, state media reported. ', n),
  citing: (n) => repeat('according to Seoul, citing the NIS, per the Pentagon 300 North Korean troops killed ', n),
  lawmakers: (n) => repeat('The lawmaker said 300 North Korean troops were killed. ', n),
};
