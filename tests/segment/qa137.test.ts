// QA round 137: a foreign given name in ي right after a definite nisba adjective — the person's
// nationality or trade — was read as a stem + «ي» (my) by segmentText («الغاني سولي مونتاري» as
// «سول» + «ي», «الإسرائيلي بيني غانتس» as «بين» + «ي», «الصيني لي باو» as ل + «ي»). It is now kept
// whole when the adjective's feminine in «ية» is seen and the next word, after spaces only, is a
// bare word (isNameAfterNisba), and so is the same word elsewhere in the text. And «لقمة» of
// «لقمة العيش» after a proclitic («ولقمة العيش», «للقمة العيش», «بلقمة العيش») is now that
// proclitic + «لقمة» (splitMorsel), not و + ل + «قمة», ل + ال + «قمة» or the whole word.
// The fix cases failed before the change; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/index.js';
import { formAt } from '../helpers/segment.js';

describe('a foreign given name in ي after a nationality adjective', () => {
  test.each([
    ['انتقل لاعب الوسط الغاني سولي مونتاري إلى ناد جديد', 4, '[سولي]'],
    ['زار رئيس الأركان الإسرائيلي بيني غانتس المنطقة', 4, '[بيني]'],
    ['حاضر الحكم الأمريكي آيسي بهامز أمس', 3, '[آيسي]'],
    ['التقى الوزير الصيني لي باو دونغ نظيره', 3, '[لي]'],
    ['شارك الممثل الهزلي لي نيلسون في العرض', 3, '[لي]'],
    ['أعلن رئيس الوزراء الإثيوبي أبيي أحمد خطة جديدة', 4, '[أبيي]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });

  test('and the same name elsewhere in the text', () => {
    expect(formAt('زار الإسرائيلي بيني غانتس الحدود، وقال بيني إن الوضع هادئ', 6)).toBe('[بيني]');
  });

  test('the whole word keeps its offsets', () => {
    const text = 'المنتخب الغاني سولي مونتاري';
    const w = segmentText(text)[2]!;
    expect(w.segmentation.suffixes).toEqual([]);
    expect(w.segmentation.base).toMatchObject({ text: 'سولي', form: 'سولي', start: 15, end: 19 });
  });
});

describe('guards: «my …», «to me» after a nisba adjective stays split', () => {
  test.each([
    // a particle, a pronoun, a clitic or the article after it
    ['أشيد بوقفة الإعلام السعودي معي خلال البطولة', 4, '[مع]+ي'],
    ['قال إن التهديد الرئيسي لي هو التضخم', 4, '[ل]+ي'],
    ['زاد التقارب الروحي بيني وبين الكاتب', 3, '[بين]+ي'],
    ['لم يكن التمثيل السينمائي هوايتي الوحيدة', 4, '[هواية]+ي'],
    // punctuation after it
    ['إذا كان الشعب السوري ضدي، فلن أبقى', 4, '[ضد]+ي'],
    // no nisba before it («النادي» is a club)
    ['أتمنى أن يتفهم النادي وضعي الآن', 4, '[وضع]+ي'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });
});

describe('«لقمة» of «لقمة العيش» after a proclitic', () => {
  test.each([
    ['يبحث الناس عن الأمن ولقمة العيش في كل مكان', 4, 'و+[لقمة]'],
    ['خرج العمال ولقمة عيشهم في خطر', 2, 'و+[لقمة]'],
    ['أصبح الفريق فلقمة سائغة لكل منافس', 2, 'ف+[لقمة]'],
    ['ضحى بصحته للقمة العيش', 2, 'ل+[لقمة]'],
    ['يتاجرون بلقمة العيش، ولا يبالون', 1, 'ب+[لقمة]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });

  test('the proclitic and the base keep their offsets', () => {
    const text = 'ضحى للقمة العيش';
    const s = segmentText(text)[1]!.segmentation;
    expect(s.prefixes).toEqual([{ text: 'ل', form: 'ل', start: 4, end: 5, tag: 'PREP' }]);
    expect(s.base).toMatchObject({ text: 'لقمة', form: 'لقمة', start: 5, end: 9, tag: 'STEM' });
  });
});

describe('guards: the summit after a proclitic stays a summit', () => {
  test.each([
    ['تستعد المدينة للقمة العربية المقبلة', 2, 'ل+ال+[قمة]'],
    ['أعد الوفد ولقمة العشرين ملفات', 2, 'و+ل+[قمة]'],
    ['توجه الرئيس للقمة، العيش فيها مكلف', 2, 'ل+ال+[قمة]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });
});
