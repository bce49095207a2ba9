// The ordered configuration of the claim engine's named rules: every stage's
// rule list, in the order the stages run (STAGES in ./rule.ts). The only
// place the engine's rules are listed; `--explain` and the ablation test
// (tests/unit/extract/rules.test.ts) read it.

import { ATTRIBUTION_RULES } from './attribution/rules';
import { SOURCE_PAREN_CHANNEL, SOURCE_PAREN_CITED, SOURCE_PAREN_YEAR } from './attribution/paren-channel';
import { SOURCE_PAREN_END_SPEAKER, SOURCE_PAREN_OWN_TIME } from './attribution/paren-closing';
import { QA_ANSWER } from './attribution/qa-answer';
import { RUNNING_TOTAL_SOURCE } from './attribution/running-total';
import { SPEAKER_TURN } from './attribution/speaker-turn';
import { TRANSCRIPT_HOST } from './attribution/transcript-host';
import { SOURCE_PAREN, SOURCE_PAREN_ALTERNATIVE, SOURCE_PAREN_END } from './attribution/source-paren';
import { NUMBER_GRAMMAR_RULES } from './numbers/grammar-rules';
import { NOT_A_COUNT_RULES } from './numbers/not-a-count';
import { RESTATED_IN_PARENTHESES } from './numbers/restated';
import { OUTRIGHT_RULES } from './numbers/outright';
import { CARRIED_QUALIFIER } from './numbers/qualifier';
import { NOUN_PHRASE_RULES } from './metric/noun-phrase';
import { PREDICATE_RULES } from './metric/predicate';
import { RUNNING_TOTAL_METRIC } from './metric/running-total';
import { ANAPHORA_SENTENCE_BEFORE } from './metric/sentence-before';
import { METRIC_RULES } from './metric/precedence';
import { ANAPHORA_REACHED } from './metric/reached';
import { SACRIFICE } from './metric/sacrifice';
import { PERIOD_RULES } from './period/rules';
import type { RuleInfo } from './rule';
import { EARLIER_NEXT, GROUP_BEFORE } from './scope/earlier';
import { SCOPE_STAGE_RULES } from './scope/stage';
import { AGENT_RULES } from './topic/agents';
import { CIVILIANS } from './topic/civilians';
import { CORRECTION_NOTE } from './topic/correction';
import { OTHER_WAR } from './topic/other-war';
import { RELATED_STORY } from './topic/related-story';
import { OWNER_RULES } from './topic/owner';
import { PASSAGE_RULES } from './topic/passage';
import { THEY_LOST_PEOPLE } from './topic/they-lost';

export const RULES: readonly RuleInfo[] = [
  ...NUMBER_GRAMMAR_RULES,
  ...OUTRIGHT_RULES,
  ...NOT_A_COUNT_RULES,
  RESTATED_IN_PARENTHESES,
  CARRIED_QUALIFIER,
  ...PASSAGE_RULES,
  THEY_LOST_PEOPLE,
  ...OWNER_RULES,
  ...AGENT_RULES,
  CIVILIANS,
  OTHER_WAR,
  CORRECTION_NOTE,
  RELATED_STORY,
  ...NOUN_PHRASE_RULES,
  ...METRIC_RULES,
  ANAPHORA_REACHED,
  SACRIFICE,
  ANAPHORA_SENTENCE_BEFORE,
  ...PREDICATE_RULES,
  RUNNING_TOTAL_METRIC,
  ...SCOPE_STAGE_RULES,
  EARLIER_NEXT,
  GROUP_BEFORE,
  ...ATTRIBUTION_RULES,
  SOURCE_PAREN,
  SOURCE_PAREN_ALTERNATIVE,
  SOURCE_PAREN_END,
  SOURCE_PAREN_CHANNEL,
  SOURCE_PAREN_YEAR,
  SOURCE_PAREN_CITED,
  SOURCE_PAREN_END_SPEAKER,
  RUNNING_TOTAL_SOURCE,
  QA_ANSWER,
  TRANSCRIPT_HOST,
  SPEAKER_TURN,
  ...PERIOD_RULES,
  SOURCE_PAREN_OWN_TIME,
];

/** A rule by its id. */
export const ruleById = (id: string): RuleInfo | undefined => RULES.find((r) => r.id === id);
