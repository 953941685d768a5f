// QA round 222 (the tennis majors named by their grounds over the 16 news files): listed in
// EVENTS (src/ner/lists.ts), taken by labelListed as one MISC. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 222: a tennis major named by its ground', () => {
  it('is one MISC', () => {
    expect(named('وتأهلت اللاعبة إلى الدور قبل النهائي في ويمبلدون أمس.')).toContain('MISC ويمبلدون');
    expect(named('وفاز نادال ببطولة فرنسا المفتوحة (رولان غاروس) للمرة الحادية عشرة.')).toContain('MISC رولان غاروس');
  });

  it('guards: the player and the cup around it keep their types', () => {
    const out = named('وتوجت سيرينا ويليامز بلقب ويمبلدون بعد فوزها في النهائي.');
    expect(out).toContain('PERS سيرينا ويليامز');
    expect(out).not.toContain('PERS سيرينا ويليامز بلقب');
  });
});
