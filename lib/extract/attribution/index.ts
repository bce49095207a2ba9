// The attribution stage: who a figure is attributed to.
export { type AttributedSentence, type AttributionCtx, type AttributionHost, attribute } from './attribute';
export { factBoxSource } from './fact-box';
export { antecedentOfWho, type Cue, findCues } from './cues';
export { APPOSITION_RE, forgetSides, isPronounPhrase, resolvePhrase, rolePattern, SideMemo, sideIn } from './sides';
