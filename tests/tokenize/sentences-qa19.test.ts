// Sentence-boundary cases from QA round 19: ANT news (news-006) and Wikipedia-style (news-015)
// paragraphs read by eye, and every boundary the round's rules move in the 16 unlabeled files.
// Every sentence here is invented in the shape of an error class met in the corpus; none is
// copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a BC date before كان, a negation or لكن with a pronoun', () => {
  it('ends the sentence the date closes', () => {
    expect(split('حكم الملك البلاد في الفترة من 1820 ق.م. إلى 1790 ق.م. كان ابنه وزيرا له.')).toStrictEqual([
      'حكم الملك البلاد في الفترة من 1820 ق.م. إلى 1790 ق.م.',
      'كان ابنه وزيرا له.',
    ]);
    expect(split('عرف الناس الحديد في هذه المنطقة منذ عام 900 ق.م. لكنه لم ينتشر إلا بعد قرون.')).toHaveLength(2);
    expect(split('اختير قائدا للجيش في 64 ق. م. لم يحضر أخوه حفل التنصيب.')).toHaveLength(2);
    expect(split('بنى الحاكم سور المدينة في القرن الخامس ق.م. لكنهم هدموه بعد الغزو.')).toHaveLength(2);
    expect(split('شارك الأمير أباه في الحكم بين 140 - 125 ق.م. كانت أمه تدير شؤون القصر.')).toHaveLength(2);
  });

  it('keeps a date that leads its clause, and other words after a BC date, in the sentence', () => {
    // the sentence opens with a preposition or a time clause: the verb after the date answers it
    expect(split('ومنذ سنة 5000 ق.م. وحتى سنة 3000 ق.م. كانت القرى الزراعية تنتشر على ضفاف النهر.')).toHaveLength(1);
    expect(split('وعندما مات الملك العجوز في عام 410 ق.م. لم يخلفه ابنه الأكبر.')).toHaveLength(1);
    expect(split('فمنذ 4000 سنة ق.م. كان السكان يزرعون القمح.')).toHaveLength(1);
    // the verb of a subject that a relative clause described
    expect(split('الملك الذي حكم حتى عام 2600 ق.م. كان أول من بنى هرما.')).toHaveLength(1);
    // a word outside the list goes on with the date as before
    expect(split('تأسست المدينة عام 814 ق.م. على يد تجار من الساحل.')).toHaveLength(1);
    expect(split('ولد الفيلسوف نحو سنة 470 ق.م. في أثينا.')).toHaveLength(1);
    // in brackets the era ends no sentence
    expect(split('حكم الملك (من 1290 ق.م. إلى 1224 ق.م.) كان عهده طويلا.')).toHaveLength(1);
  });
});

describe('sentences: a reference mark after the terminator', () => {
  it('closes the sentence with it, before the next one', () => {
    expect(split('يعد النهر أطول أنهار القارة.[4] ويمر بعشر دول.')).toStrictEqual([
      'يعد النهر أطول أنهار القارة.[4]',
      'ويمر بعشر دول.',
    ]);
    expect(split('أطلق المسبار في شهر نوفمبر.[12][13] ثم وصل إلى المدار بعد عام.')).toStrictEqual([
      'أطلق المسبار في شهر نوفمبر.[12][13]',
      'ثم وصل إلى المدار بعد عام.',
    ]);
    expect(split('هل كان الملك شاعرا؟[7] تقول المصادر إنه كتب قصائد كثيرة.')).toHaveLength(2);
    expect(split('سجلت أعلى درجة حرارة عام 1950.[9]المناخ في المدينة معتدل.')).toHaveLength(2);
  });

  it('leaves a mark inside a sentence, or a period inside a word, as it was', () => {
    expect(split('يعد النهر[4] أطول أنهار القارة.')).toHaveLength(1);
    expect(split('راجع الفقرة [3]. ثم أكمل القراءة.')).toStrictEqual(['راجع الفقرة [3].', 'ثم أكمل القراءة.']);
    expect(split('قال د.[2] أحمد إن النتائج جيدة.')).toHaveLength(1);
  });
});
