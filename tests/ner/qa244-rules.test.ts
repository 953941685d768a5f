// QA round 244 (the article drawn out with tatweel before a number, over the 16 news files):
// trimArticleTails in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 244: a name does not end in «الـ»', () => {
  it('leaves the drawn-out article out of the span', () => {
    expect(named('واجتمع أعضاء مجلس الأمن الـ 15 مساء الاثنين.')).toEqual(['ORG مجلس الأمن']);
    expect(named('ووافق وزراء خارجية دول الاتحاد الأوروبي الـ28 على القرار.')).toEqual(['ORG الاتحاد الأوروبي']);
  });

  it('guards: a name ending in those letters without tatweel keeps them', () => {
    expect(named('وقالت قناة آر تي ال الألمانية إن الاتفاق قريب.')).toEqual(['ORG آر تي ال']);
  });
});
