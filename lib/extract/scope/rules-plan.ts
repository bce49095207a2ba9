// Scope rules: planned, ordered, expected or possible (`plan`).

import { coordinatedBefore, SENDS, suppositionOpens, VERB_FIGURE_RE, planBefore, planOwn, w } from './grammar';
import {
  ARRIVE_BASE,
  DEPLOY_BASE,
  HOLD_BASE,
  DEPLOY_PARTICIPLE,
  GROUP_NOUNS,
  MODALS,
  PLAN_ADJECTIVES,
  PLAN_NOUNS,
  PLAN_OBJECT_VERBS,
  PREPARING,
  wordsOf,
} from './words';
import type { ScopeRule } from './rules';

/** The plan rules, in the order the stage asks them (./rules.ts). */
export const PLAN_RULES: readonly ScopeRule[] = [
  {
    id: 'plan.verb',
    scope: 'plan',
    summary: 'a deployment planned, ordered, expected or possible: "agreed to send", "could send up to", "will be sent", "ordered 6,000"',
    triggers: [
      wordsOf(
        PLAN_OBJECT_VERBS,
        DEPLOY_BASE,
        ['reach', 'first', 'consist', 'comprise', 'include', 'sends', 'deploys', 'dispatches', 'route', 'way', 'being'],
        DEPLOY_PARTICIPLE,
        ARRIVE_BASE,
        HOLD_BASE,
        PLAN_ADJECTIVES,
        PLAN_NOUNS,
        PREPARING,
      ),
    ],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      if (planOwn(T, k)) return true;
      // "will send 1,000 engineers and 5,000 builders": the second shares the first's verb.
      const j = coordinatedBefore(T, k);
      if (j >= 0 && planOwn(T, j)) {
        // Unless it has a verb of its own ("and 1,000 had already arrived").
        const h = T.slice(k + 1, k + 6).findIndex(
          (t) => t.w === 'had' || t.w === 'have' || t.w === 'has' || t.w === 'were' || t.w === 'are',
        );
        return h < 0;
      }
      return false;
    },
    cases: [
      ['North Korea will keep [5,000] troops in Kursk through the summer, the JCS said.', 'deployed', 'plan'],
      ['North Korea keeps [5,000] troops in Kursk, the JCS said.', 'deployed', 'total'],
      ['The North Korean deployment could grow by [another 5,000] troops, a Western official warned.', 'deployed', 'plan'],
      ['The North Korean deployment grew by [another 5,000] troops in January.', 'deployed', 'increment'],
      ['Pyongyang agreed to send [5,000] more troops, officials said.', 'deployed', 'plan'],
      ['North Korea intends to dispatch [up to 20,000] soldiers.', 'deployed', 'plan'],
      ['The North could send [up to 100,000] troops, analysts said.', 'deployed', 'plan'],
      ['Pyongyang will dispatch [6,000] military builders to Kursk.', 'deployed', 'plan'],
      ['North Korea is preparing to deploy [10,000] soldiers, Kyiv warned.', 'deployed', 'plan'],
      ['A Ukrainian outlet claimed that [up to 30,000] North Korean troops were preparing to deploy.', 'deployed', 'plan'],
      ['If Pyongyang were to send [100,000] soldiers, the war would change, analysts say.', 'deployed', 'plan'],
      ['If North Korea sends [another 10,000] troops, Kyiv will respond, Zelensky said.', 'deployed', 'plan'],
      ['North Korea sent [10,000] troops, if Seoul is right.', 'deployed', 'total'],
      ['Kim will send 2,000 sappers and [4,000] construction troops, Moscow said.', 'deployed', 'plan'],
      ['Kim has decided to send 1,000 sappers to Russia, as well as [5,000] construction workers, he said.', 'deployed', 'plan'],
      ['[Ten thousand] North Korean soldiers will be sent to Russia, Seoul said.', 'deployed', 'plan'],
      ['The agency said [some 1,000] military engineers and 5,000 builders would be sent to Russia.', 'deployed', 'plan'],
      ['The agency said [some 1,000] military engineers had arrived and 5,000 builders would be sent.', 'deployed', 'increment'],
      ['[About 9,000] North Korean soldiers are expected to be deployed by March.', 'deployed', 'plan'],
      ['Seoul counts [5,000] North Korean builders who are expected to arrive in the coming months.', 'deployed', 'plan'],
      ['Seoul counts [5,000] North Korean soldiers who were sent in the autumn.', 'deployed', 'total'],
      ['Kim Jong Un ordered [6,000] builders to Kursk.', 'deployed', 'plan'],
      ['The total is expected to reach [15,000], the agency said.', 'deployed', 'plan'],
      ['North Korean troops, which could number [as many as 11,000], are in Kursk.', 'deployed', 'total'],
      ['The planned deployment of [about 10,000] troops is expected by December.', 'deployed', 'plan'],
      ['North Korea is believed to be preparing an additional deployment of [about 6,000] troops.', 'deployed', 'plan'],
      ['North Korea has begun sending the first of [roughly 5,000] military builders to Russia.', 'deployed', 'plan'],
      ['According to Shoigu, the contingent will consist of [1,000] sappers and 5,000 builders.', 'deployed', 'plan'],
      ['The deployment of [about 11,000] North Korean troops was confirmed in April.', 'deployed', 'total'],
      ['North Korea has sent [about 11,000] troops to Russia.', 'deployed', 'total'],
      ['Pyongyang had decided to send 12,000 troops and had already sent [1,500] to Vladivostok.', 'deployed', 'total'],
      ['Pyongyang is expected to send to Russia [a further 20,000] soldiers, Kyiv said.', 'deployed', 'plan'],
      ['Pyongyang sent to Russia [a further 2,000] soldiers in March, Kyiv said.', 'deployed', 'increment'],
      ['Seoul said the North was preparing for a fourth deployment of [about 4,000] troops.', 'deployed', 'plan'],
      ['[As many as 9,000] more North Korean troops are en route to the front, Kyiv said.', 'deployed', 'plan'],
      ['[Some 3,000] North Korean soldiers are on their way to Kursk by train, officials said.', 'deployed', 'plan'],
      ['[Some 3,000] North Korean soldiers were on duty in Kursk, officials said.', 'deployed', 'total'],
      ['The operation is expected to involve [a total of 9,000] North Korean troops, Kyiv said.', 'deployed', 'plan'],
      ['[About 9,000] North Korean soldiers are being mobilised for deployment to Russia, Kyiv said.', 'deployed', 'plan'],
      ['[About 9,000] North Korean soldiers are being deployed to Kursk, Kyiv said.', 'deployed', 'total'],
      ['Russian officials say [6,000] more North Koreans, mostly builders and sappers, will arrive this year.', 'deployed', 'plan'],
      ['[About 11,000] North Korean troops, most of them special forces, have arrived in Kursk.', 'deployed', 'total'],
    ],
  },
  {
    id: 'plan.could-be',
    scope: 'plan',
    summary: '"the number could be as high as 12,000" where the sentence speaks of a deployment still to come',
    triggers: [
      wordsOf(MODALS),
      ['be', 'reach', 'total', 'exceed', 'number', 'figure', 'count', 'force'],
      wordsOf(DEPLOY_PARTICIPLE, DEPLOY_BASE, SENDS, GROUP_NOUNS),
    ],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const v = w(T, k - 1);
      // "could be as high as 15,000"; "could exceed 25,000" (the verb read as the figure's qualifier).
      const modalVerb =
        ((v === 'be' || v === 'reach' || v === 'total' || v === 'exceed') && MODALS.has(w(T, k - 2))) ||
        (MODALS.has(v) && VERB_FIGURE_RE.test(T[k]!.raw));
      if (!modalVerb) return false;
      // "Should Pyongyang rotate in a second contingent, the total could exceed 25,000": a deployment supposed.
      if (suppositionOpens(T, k)) return true;
      for (let i = 0; i < T.length; i++) {
        if (i === k - 1) continue;
        if ((DEPLOY_PARTICIPLE.has(T[i]!.w) && w(T, i - 1) === 'be') || DEPLOY_BASE.has(T[i]!.w)) if (planBefore(T, i)) return true;
      }
      return false;
    },
    cases: [
      ['More troops will be dispatched soon, amid reports the number could be [as high as 15,000].', 'deployed', 'plan'],
      ['North Korean troops, whose number could be [as high as 11,000], are fighting in Kursk.', 'deployed', 'total'],
      ['Should Pyongyang rotate in a second contingent of North Korean troops, the total could [exceed 25,000].', 'deployed', 'plan'],
      ['If North Korea sends a second contingent, the number of its troops could reach [25,000].', 'deployed', 'plan'],
      ['If Seoul is right, the number of North Korean troops could be [as high as 15,000].', 'deployed', 'total'],
    ],
  },
  {
    id: 'plan.will-have',
    scope: 'plan',
    summary: 'a force foreseen: "will have 12,000 troops there by December", "may soon have as many as 12,000"',
    triggers: [['have'], wordsOf(MODALS)],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      let v = k - 1;
      while (v >= 0 && (w(T, v) === 'about' || w(T, v) === 'some' || w(T, v) === 'an' || w(T, v) === 'estimated')) v--;
      if (w(T, v) !== 'have') return false;
      // "will have", "may soon have": a future; "may have 12,000 there" (perhaps, now) is not, "may still have" neither.
      const m = w(T, v - 1);
      if (m === 'soon' || m === 'eventually') return MODALS.has(w(T, v - 2));
      return m === 'will' || m === "'ll";
    },
    cases: [
      ['Pyongyang may soon have [as many as 12,000] soldiers on Russian soil, a US official said.', 'deployed', 'plan'],
      ['By December, North Korea will have [about 15,000] troops in Russia, Kyiv said.', 'deployed', 'plan'],
      ['Pyongyang may have [as many as 12,000] soldiers in Russia, a US official said.', 'deployed', 'total'],
      ['Russia may have sent [12,000] North Korean soldiers to Kursk, a US official said.', 'deployed', 'total'],
    ],
  },
];
