// Topic stage: a link to another story ("READ MORE: North Korea sent 3,000
// more troops, Seoul says") is that story's headline, of another day: its
// figures are not this article's.

import type { RuleInfo } from '../rule';

export const RELATED_STORY: RuleInfo = {
  id: 'related-story',
  stage: 'topic',
  summary: 'a line opening on "Read more:", "Related:", "See also:" is another story\'s headline: its figures are not the article\'s',
  cases: [
    {
      text: 'Kim visited wounded soldiers in Pyongyang, state media said.\nREAD MORE: North Korea sent [3,000] more troops to Russia, Seoul says\nSouth Korea says 4,700 North Korean soldiers were killed or wounded.',
      want: null,
    },
    {
      text: 'Related: Ukraine says [4,000] North Koreans killed or wounded\nSouth Korea says 4,700 North Korean soldiers were killed or wounded.',
      want: null,
    },
    {
      text: 'Kim visited wounded soldiers in Pyongyang.\nSouth Korea says [4,700] North Korean soldiers were killed or wounded.',
      want: { metric: 'casualties', low: 4700 },
    },
  ],
};

/** A sentence that opens on a label linking another story. */
const RELATED_LABEL_RE =
  /^(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|RELATED|Related(?: story| article)?|SEE ALSO|See also|MORE ON THIS|More on this|RECOMMENDED|Recommended)\s*[:|–—]/;

/** The sentence text `s` is a link to another story. */
export const isRelatedStory = (s: string): boolean => RELATED_LABEL_RE.test(s);
