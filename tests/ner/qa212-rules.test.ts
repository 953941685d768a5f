// QA round 212 (one-word LOC «الاتحاد» over the 16 news files): «الاتحاد» alone is a club, a
// federation or a union, never a place; retypeLoneUnion in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 212: a lone «الاتحاد»', () => {
  it('is a federation before a nationality, a club among clubs, and no place', () => {
    expect(named('فضيحة فساد جديدة تعصف بالاتحاد الانجليزي لكرة القدم')).toContain('ORG الاتحاد الانجليزي لكرة القدم');
    expect(named('وهي الهلال والأهلي والنصر والاتحاد، ويتقدم النصر على بقية الأندية.')).toContain('ORG الاتحاد');
    expect(named('ودعت الحكومة إلى وضع خطط في حالة انسحاب البلاد من الاتحاد دون اتفاق.')).not.toContain('LOC الاتحاد');
  });

  it('guards: after the head of a place it stays a place', () => {
    expect(named('ويلتقي الفريقان على ملعب الاتحاد في السابع من أبريل.')).toContain('LOC الاتحاد');
  });
});
