// QA round 11 of person, place and organisation names (SaudiNewsNet and Arabic Wikipedia
// paragraphs read by eye): the rules it added, on invented sentences — first on hand-set tags,
// so that each rule is tested whatever the model says, then through entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('a verb of birth or death opening a sentence is no part of the name', () => {
  test('«ولد/توفي» at the start of a PERS that starts a sentence is left out', () => {
    expect(rules('ولد سامي رشاد عام 1931', ['B-PERS', 'I-PERS', 'I-PERS', O, O]).tags).toEqual([O, 'B-PERS', 'I-PERS', O, O]);
    expect(rules('عاش طويلا . توفيت هالة نعيم بعدها', [O, O, O, 'B-PERS', 'I-PERS', 'I-PERS', O]).tags).toEqual([O, O, O, O, 'B-PERS', 'I-PERS', O]);
    expect(rules('ولد في القرية', ['B-PERS', O, O]).tags).toEqual([O, O, O]);
  });
  test('«ولد» inside a sentence, or before «الشيخ», is a Mauritanian "son of"', () => {
    const mid = [O, O, 'B-PERS', 'I-PERS', 'I-PERS', O];
    expect(rules('التقى الرئيس ولد عبد العزيز الوفد', mid).tags).toEqual(mid);
    const envoy = ['B-PERS', 'I-PERS', 'I-PERS', O, 'B-LOC'];
    expect(rules('ولد الشيخ أحمد يصل صنعاء', envoy).tags).toEqual(envoy);
  });
  test('through entities()', () => {
    const found = names('ولد سامي رشاد عام 1931 في قرية صغيرة قرب النهر.');
    expect(found).toContain('PERS سامي رشاد');
    expect(found.some((n) => n.includes('ولد'))).toBe(false);
  });
});

describe('an institution named after a ruler, cut after the title', () => {
  test('an ORG ending in «الملك/الأمير» + the PERS after it is one ORG', () => {
    expect(rules('تخرج في جامعة الملك سعود عام 2001', [O, O, 'B-ORG', 'I-ORG', 'B-PERS', O, O]).tags).toEqual([O, O, 'B-ORG', 'I-ORG', 'I-ORG', O, O]);
  });
  test('an ORG that does not end in a title stays apart from the person after it', () => {
    const apart = [O, O, 'B-ORG', 'I-ORG', 'B-PERS', 'I-PERS', O];
    expect(rules('وقال رئيس جامعة القاهرة سامي رشاد أمس', apart).tags).toEqual(apart);
  });
  test('through entities()', () => {
    expect(names('تخرج في جامعة الملك سعود عام 2001 ثم عمل في جامعة الملك خالد بأبها.')).toContain('ORG جامعة الملك سعود');
  });
});

describe('a name that ends in «بن/آل» goes on into the PERS after it', () => {
  test('two PERS split after a name part become one', () => {
    expect(rules('واستقبل الأمير تركي بن فيصل بن عبدالمجيد الوفد', [O, O, 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS', O]).tags).toEqual([
      O,
      O,
      'B-PERS',
      'I-PERS',
      'I-PERS',
      'I-PERS',
      'I-PERS',
      O,
    ]);
    expect(rules('تقدم المذيع بدر آل زيدان البرنامج', [O, O, 'B-PERS', 'I-PERS', 'B-PERS', O]).tags).toEqual([O, O, 'B-PERS', 'I-PERS', 'I-PERS', O]);
  });
  test('«و» "and" after the name part starts another person', () => {
    const two = [O, 'B-PERS', 'I-PERS', 'B-PERS', O];
    expect(rules('حضر سامي أبو وخالد الحفل', two).tags).toEqual(two);
  });
  test('through entities()', () => {
    expect(names('تقدم المذيع بدر آل زيدان البرنامج.')).toContain('PERS بدر آل زيدان');
  });
});

describe('«بطولة» alone is no MISC', () => {
  test('a one-word MISC «بطولة» is dropped, a whole championship name stays', () => {
    // names QA round 97: the Copa América itself is one MISC (EVENTS in lists.ts)
    expect(rules('بلغ نهائي بطولة كوبا أمريكا', [O, O, 'B-MISC', 'B-LOC', 'I-LOC']).tags).toEqual([O, O, O, 'B-MISC', 'I-MISC']);
    const whole = [O, O, 'B-MISC', 'I-MISC', 'I-MISC'];
    expect(rules('بلغ نهائي بطولة كأس العالم', whole).tags).toEqual(whole);
  });
  test('through entities()', () => {
    expect(names('فاز الفريق في نهائي بطولة كوبا أمريكا الأخيرة.')).not.toContain('MISC بطولة');
  });
});
