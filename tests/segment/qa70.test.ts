// QA round 70: a sound or hollow form IV perfect of five letters in ت («she») or «وا» («they»,
// its alef dropped) before its object, in a stem the corpus never showed: «أنصفته» (she did him
// justice), «أسعفتها», «ألصقوه», «أفرغوها», «أبادوهم» stayed whole, or split with a base that
// lost the alef of «وا» («وألبسوه» و + «ألبسو» + ه). Its «أفعل» is no test (as often an elative
// seen with the article, «الأبعد»); its verbal noun «إفعال» («إفالة» for a hollow verb) is: the
// stem is now the perfect when that noun is known. Plurals «أفعلة» before a pronoun keep their ة
// («أسلحته», «أقمشته»). (2) An imperfect dual in «ان» after و ف or the future س, in a word the
// corpus never showed, whose singular of four letters or more it knows as a verb: «ويتمثلان»,
// «ستذهبان», «سيحافظان» were whole. Names in «ان» keep their letters («ويليان», «فيفيان»,
// «ستيفان», «سيباستيان»). The fix cases failed before the change; the guards pass before and
// after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: a sound or hollow form IV perfect in ت or «وا» before its object', () => {
  test.each([
    ['أنصفته', '[أنصفت]+ه'],
    ['أسعفتها', '[أسعفت]+ها'],
    ['أعتقته', '[أعتقت]+ه'],
    ['ألصقوه', '[ألصقوا]+ه'],
    ['أفرغوها', '[أفرغوا]+ها'],
    ['أبادوهم', '[أبادوا]+هم'],
    ['أرشدوهم', '[أرشدوا]+هم'],
    ['وألبسوه', 'و+[ألبسوا]+ه'],
    ['فأطاعوه', 'ف+[أطاعوا]+ه'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('ظلم النقاد الشاعر في حياته ثم أنصفوه بعد موته', 6)).toBe('[أنصفوا]+ه');
    expect(formAt('وصل الجنود إلى القرية وأرشدوهم إلى الطريق', 4, true)).toBe('و+[أرشدوا]+هم');
  });

  test.each([
    ['أسلحته', '[أسلحة]+ه'],
    ['أجهزته', '[أجهزة]+ه'],
    ['أنشطتهم', '[أنشطة]+هم'],
    ['أقمشته', '[أقمشة]+ه'],
    ['أعمدته', '[أعمدة]+ه'],
    ['أسرته', '[أسرة]+ه'],
    ['أسمته', '[أسمت]+ه'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: an imperfect dual after و ف or the future س in an unknown word', () => {
  test.each([
    ['ويتمثلان', 'و+[يتمثلان]'],
    ['ستذهبان', 'س+[تذهبان]'],
    ['سيحافظان', 'س+[يحافظان]'],
    ['ويتحكمان', 'و+[يتحكمان]'],
    ['فيبتعدان', 'ف+[يبتعدان]'],
    ['فستنجذبان', 'ف+س+[تنجذبان]'],
    ['وسيتواجدان', 'و+س+[يتواجدان]'],
    ['ستفتحان', 'س+[تفتحان]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('قال الوزيران إنهما سيستعرضان خطة العام المقبل', 3)).toBe('س+[يستعرضان]');
    expect(formAt('يلتقي الصديقان كل صباح ويتكلمان عن الأخبار', 4, true)).toBe('و+[يتكلمان]');
  });

  test.each([
    ['ويليان', '[ويليان]'],
    ['فيفيان', '[فيفيان]'],
    ['سيلفان', '[سيلفان]'],
    ['ستيفان', '[ستيفان]'],
    ['سيباستيان', '[سيباستيان]'],
    ['سيدتان', '[سيدتان]'],
    ['فيلمان', '[فيلمان]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
