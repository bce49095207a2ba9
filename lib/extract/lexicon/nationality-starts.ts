// The words a nationality reading may start on (../topic/nationality.ts,
// `natAt`): the tokenizer marks them as it reads them (../tokens.ts,
// `NAT_MARK`), so a scan for nationalities passes over every other token.
import { NORTH_KOREA_WORDS } from './north-korea';

export const OTHER_ONE = new Set([
  'ukrainian',
  'ukrainians',
  'ukraine',
  "ukraine's",
  'kyiv',
  "kyiv's",
  'kiev',
  "kiev's",
  'russian',
  'russians',
  'russia',
  "russia's",
  'moscow',
  "moscow's",
  'kremlin',
  "kremlin's",
  'american',
  'americans',
  'chinese',
  'wagner',
  'chechen',
  // The other wars an analysis sets beside this one ("the Soviet Union lost about 15,000 men in Afghanistan").
  'soviet',
  'soviets',
  'ussr',
]);

export const KOREA_WORDS = new Set(['korean', 'koreans', 'korea', "korea's"]);

/** Every word `natAt` can start a nationality on: any other gives null at once (one lookup, not a dozen tests). */
export const NAT_FIRST: ReadonlySet<string> = new Set([
  'north',
  'south',
  'n',
  'north-korean',
  'north-koreans',
  'korean',
  "north's",
  'kim',
  "kim's",
  ...NORTH_KOREA_WORDS,
  ...OTHER_ONE,
]);
