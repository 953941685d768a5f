// Sentence-boundary cases from QA round 35: a seeded read (seed 468) of news-012 and news-001
// found a few missed boundaries after a mid-line ellipsis, each of another kind; the round took
// a subject that a possessive pronoun makes definite, before its verb («… من هذا القبيل.. مدننا
// تغطي …», «… محمد أبو خضير... خوفنا لن يحمي …»): round 33 took a noun with the article there,
// and no list of openers held «خوفنا» «كلهم» «بعضهم». A definite noun takes no relative clause
// without «الذي», so a verb right after it is its predicate; an indefinite one before a verb mostly
// takes up the noun before the ellipsis («أمة قادرة.. أمة تملك …») and stays. `isSuffixedSubject`
// leaves out prepositions and particles with a pronoun («ففيها» «لأنهم»), a final «ي» but after ت
// (a nisba or a name's: «روحاني»), nouns in «اه» («مياه»), and verbs with their object that the
// table lacks («ينهكه» «أرادوها»).
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a subject with a possessive pronoun after a mid-line ellipsis', () => {
  it('opens a sentence before a noun with a pronoun and its verb', () => {
    expect(split('وصلنا إلى المدينة بعد رحلة طويلة في الصحراء الواسعة.. خوفنا لم يتوقف طوال الطريق.')).toStrictEqual([
      'وصلنا إلى المدينة بعد رحلة طويلة في الصحراء الواسعة..',
      'خوفنا لم يتوقف طوال الطريق.',
    ]);
    expect(split('عرض المخرج عمله الجديد في مهرجان القاهرة الدولي هذا العام.. أفلامه تحمل دائما بصمة خاصة.')).toHaveLength(2);
    expect(split('وصل الوفد إلى المطار بعد رحلة طويلة من العاصمة الأوروبية.. عائلتي كانت في استقباله هناك.')).toHaveLength(2);
  });

  it('opens a sentence before «كل» «بعض» with a pronoun, also after ف', () => {
    expect(split('شاهدت الأسرة المباراة في المقهى القريب من البيت.. بعضهم قال إن الحكم ظلم الفريق.')).toStrictEqual([
      'شاهدت الأسرة المباراة في المقهى القريب من البيت..',
      'بعضهم قال إن الحكم ظلم الفريق.',
    ]);
    expect(split('استعد الجمهور للحفل منذ ساعات الصباح الأولى أمام المسرح.. كلهم يريدون رؤية الفرقة.')).toHaveLength(2);
    expect(split('انتهت العاصفة وعاد الهدوء إلى القرية الصغيرة في المساء.. فكلنا نعلم ما حدث في تلك الليلة.')).toHaveLength(2);
  });

  it('keeps an indefinite noun that takes up the one before the ellipsis', () => {
    expect(split('نحن أمة قادرة على النهوض من جديد في كل مرة.. أمة تملك تاريخا طويلا من الصبر.')).toHaveLength(1);
    expect(split('يعتمد الفلاحون على مياه النهر لري الحقول في الصيف.. مياه تأتي من الجبال البعيدة.')).toHaveLength(1);
  });

  it('keeps a preposition with a pronoun, a name in «ي» and a verb with its object', () => {
    expect(split('تقع المدينة على ضفة النهر بين الجبال الخضراء العالية.. ففيها يمكن للزائر أن يستريح.')).toHaveLength(1);
    expect(split('تحدث المسؤول عن الوضع في المنطقة خلال المؤتمر الصحفي.. روحاني قال إن الاتفاق صامد.')).toHaveLength(1);
    expect(split('ذهب الفريق إلى الملعب قبل المباراة بساعتين كاملتين.. ينهكه التعب لكن لن يستسلم.')).toHaveLength(1);
    expect(split('قال الشاعر في قصيدته عن المدينة القديمة وأهلها الطيبين.. أرادوها مدينة للسلام.')).toHaveLength(1);
  });

  it('keeps a subject that «أن» opened before the ellipsis', () => {
    expect(split('أكد المدير أن خطتنا الجديدة للموسم المقبل في كل الفروع.. خطواتها ستكون مدروسة.')).toHaveLength(1);
  });
});
