// QA round 208 (PERS of two or more words ending in a word with «ل» "to", over the 16 news
// files): the object of «ل» is no part of the name before it; splitToObjects in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 208: the object of «ل» after a name', () => {
  it('ends the name before it; the object is its own person or place', () => {
    const kim = named('وسلم المبعوث رسالة شخصية من كيم لترامب أمس.');
    expect(kim).toContain('PERS كيم');
    expect(kim).toContain('PERS ترامب');
    const visit = named('وجاءت زيارة الأمير محمد بن سلمان لمصر في وقت مهم.');
    expect(visit).toContain('PERS محمد بن سلمان');
    expect(visit).toContain('LOC مصر');
    expect(named('ووثقت الصحيفة مشروع عقاري لترامب في موسكو.')).not.toContain('PERS عقاري');
  });

  it('guards: a surname written with «ل» stays whole', () => {
    expect(named('وقال الفنان دريد لحام إن المسرح باق.')).toContain('PERS دريد لحام');
    expect(named('وقال مارك لوين إن المفاوضات مستمرة.')).toContain('PERS مارك لوين');
  });
});
