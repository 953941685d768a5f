// QA round 154 (the lines of the 16 news files that hold «جده»): folding writes «جده» "his
// grandfather" as «جدة» Jeddah, and the model read it as the town; where the writer ends other
// words in «ة», «جده» is no place unless a town's cue, a place or a preposition of place with no
// name after it says it is: dropHisGrandfather in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 154: «جده» "his grandfather"', () => {
  it('is no place', () => {
    expect(places('وكان جده جواهر لال نهرو أول رئيس وزراء للهند بعد الاستقلال عن الإمبراطورية البريطانية.')).not.toContain('جده');
    expect(places('ولم يرث عن جده مواهبه وعبقريته رغم نشأته في الأسرة الحاكمة.')).not.toContain('جده');
    expect(places('ورث العرش عن جده لويس الخامس عشر ومنح لقب الدوفين في السنة التالية.')).not.toContain('جده');
  });

  it('guards: Jeddah after a preposition, a town cue, beside another place; a text that writes no «ة»', () => {
    expect(places('وصل الوزير إلى جده أمس في زيارة رسمية.')).toContain('جده');
    expect(places('افتتح الأمير مشروع طريق جده السريع في حفل رسمي بالمدينة.')).toContain('جده');
    expect(places('تقام المعارض في الرياض و جده خلال الدورة المقبلة.')).toContain('جده');
    // (names QA round 268: «كان جده» + a name is the grandfather in any text; the guard for a text
    // with no «ة» now has no such cue)
    expect(places('قال إن جده عاش هناك طويلا.')).toContain('جده');
  });
});
