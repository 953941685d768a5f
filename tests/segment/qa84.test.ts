// QA round 84: a sound plural or dual in «ين» before the possessive ه, which drops its ن: where
// the plural or dual is seen with the article, the singular too, and the stem + ة is no noun
// seen with the article, «معاونيه», «نظيريه», «زوجتيه» are «معاوني», «نظيري», «زوجتي» + ه, also
// after a proclitic («ومعاونيه», «بمريديه»), however often the corpus writes the whole word
// («مواليه» may be «موالية» written with ه; «سوسيتيه», «فورييه» are names). The verb «قادت»,
// «سادت» + pronoun in running text: after a relative pronoun («التي قادتها الولايات المتحدة»)
// or between a word in ة and «إلى» («رحلة قادته إلى مصر»), not the plural «قادة» + pronoun. And
// «سعته», «سعتها» are «سعة» + pronoun (capacity): «سعى» (strove) takes no object.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt, forms } from '../helpers/segment.js';
import { segment } from '../../src/segment/index.js';

describe('a plural or dual in «ين» before the possessive ه', () => {
  test.each([
    ['اجتمع الوزير مع معاونيه صباح اليوم', 3, '[معاوني]+ه'],
    ['التقى الرئيس نظيريه الفرنسي والألماني', 2, '[نظيري]+ه'],
    ['اختار الأمير رجاله ومعاونيه بعناية', 3, 'و+[معاوني]+ه'],
    ['يلتقي الشيخ بمريديه كل جمعة', 2, 'ب+[مريدي]+ه'],
    ['فتح النادي أبوابه على مصراعيه للجمهور', 4, '[مصراعي]+ه'],
    ['تقدم الفريق بفارق كبير على ملاحقيه', 5, '[ملاحقي]+ه'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['قال المدرب إن منافسيه أقوياء', 3, '[منافسي]+ه'],
    ['شكر الرئيس مؤيديه بعد الفوز', 2, '[مؤيدي]+ه'],
    ['وصل المدافع الفرنسي ديدييه إلى المطار', 3, '[ديدييه]'],
    ['انخفض سهم بنك سوسيتيه جنرال', 3, '[سوسيتيه]'],
    ['وقفت قوات مواليه للحكومة عند المدخل', 2, '[مواليه]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('the words alone', () => {
    expect(forms(segment('معاونيه'))).toBe('[معاوني]+ه');
    expect(forms(segment('ومعاونيه'))).toBe('و+[معاوني]+ه');
    expect(forms(segment('زوجتيه'))).toBe('[زوجتي]+ه');
    expect(forms(segment('فورييه'))).toBe('[فورييه]');
  });
});

describe('«قادته», «قادتها»: the verb «قادت» where the words around show it', () => {
  test.each([
    ['انتهت الحملة التي قادتها الحكومة ضد الفساد', 3, '[قادت]+ها'],
    ['فشل الانقلاب الذي قادته مجموعة من الضباط', 3, '[قادت]+ه'],
    ['بدأ جولة طويلة قادته إلى أوروبا وآسيا', 3, '[قادت]+ه'],
    ['عاش البلد أزمة خانقة قادتها إلى الإفلاس', 4, '[قادت]+ها'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['هدأت المدينة بعد الفوضى التي سادتها طويلا', 5, '[سادت]+ها'],
    ['اجتمع الحزب مع قادته في العاصمة', 3, '[قادة]+ه'],
    ['نفت الحكومة كبار قادتهم إلى الجزر', 3, '[قادة]+هم'],
    ['وجهت النقابة دعوة قادتها إلى الحوار', 3, '[قادة]+ها'],
    ['الحركة التي يريد قادتها التغيير', 3, '[قادة]+ها'],
    ['قادت المرأة السيارة بسرعة', 0, '[قادت]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('the word alone keeps the noun', () => {
    expect(forms(segment('قادتها'))).toBe('[قادة]+ها');
  });
});

describe('«سعته», «سعتها» are «سعة» + pronoun', () => {
  test.each([
    ['يبلغ الملعب الجديد سعته ستين ألف متفرج', 3, '[سعة]+ه'],
    ['تقتصر سعتها على مئتي راكب', 1, '[سعة]+ها'],
    ['ضاعف المطار سعته مرتين', 2, '[سعة]+ه'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['دعته الوزارة إلى الاجتماع', 0, '[دعت]+ه'],
    ['قضتها في القراءة', 0, '[قضت]+ها'],
    ['جرته الأمواج بعيدا', 0, '[جرت]+ه'],
    ['سعت الحكومة إلى الإصلاح', 0, '[سعت]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
