// QA round 178 (the lines of the 16 news files that hold «بلدية»): a rare word after «بلدية»
// "municipality, commune" is the commune's name, which the model leaves O or reads as a person;
// labelDelegationTowns in src/ner/rules.ts, with the «بلدية» heads. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 178: the commune after «بلدية»', () => {
  it('is a place, of one word or two', () => {
    expect(places('وقع الحادث في بلدية أزفون بولاية تيزي وزو.')).toContain('أزفون');
    expect(places('افتتحت بلدية الدلم حديقة جديدة.')).toContain('الدلم');
    expect(places('أعلنت بلدية عميرة الفحول عن مشروع.')).toContain('عميرة الفحول');
  });

  it('guards: common words and adjectives after «بلدية» are no names', () => {
    expect(places('قالت بلدية المدينة إن الطرق أغلقت.')).toEqual([]);
    expect(places('جرت انتخابات بلدية حدودية أمس.')).toEqual([]);
    expect(places('قالت بلدية الاحتلال إنها ستهدم المنازل.')).toEqual([]);
  });
});
