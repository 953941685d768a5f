// Sentence-boundary cases from QA round 17: pan-Arab news (news-006) and Wikipedia-style
// (news-011) paragraphs read by eye, and every boundary the round's rules move in the 16
// unlabeled files. Every sentence here is invented in the shape of an error class met in the
// corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a stray comma after a terminator', () => {
  it('belongs to the sentence before it, which no sentence opens with', () => {
    expect(split('انتهى الاجتماع مساء الخميس. ، وقال أحد الحضور إنه كان مثمرا.')).toStrictEqual([
      'انتهى الاجتماع مساء الخميس. ،',
      'وقال أحد الحضور إنه كان مثمرا.',
    ]);
    expect(split('فاز الفريق بالمباراة! ،أضاف المدرب: نحن سعداء.')).toStrictEqual([
      'فاز الفريق بالمباراة! ،',
      'أضاف المدرب: نحن سعداء.',
    ]);
    expect(split('هل يكفي هذا؟ ؛ لا أظن ذلك.')).toStrictEqual(['هل يكفي هذا؟ ؛', 'لا أظن ذلك.']);
    // a comma left at the end of a paragraph is no sentence of its own
    expect(split('عاد الوفد إلى العاصمة. ،')).toStrictEqual(['عاد الوفد إلى العاصمة. ،']);
  });

  it('leaves a comma glued to the terminator, and a comma on the next line, as they were', () => {
    expect(split('سافر الوزير يوم الأحد.، مؤكدا أن الزيارة مهمة.')).toHaveLength(1);
    expect(split('سافر الوزير يوم الأحد.\n، مؤكدا أن الزيارة مهمة.')).toHaveLength(2);
  });
});

describe('sentences: a quoted question or exclamation before brackets or a relative', () => {
  it('does not end the sentence before a bracketed year, gloss or source', () => {
    expect(split('مثلت في فيلم «من يحب القمر؟» (1962) مع ممثلين كبار.')).toHaveLength(1);
    expect(split('صاح الجمهور "برافو!" (أي أحسنت) عند نهاية العرض.')).toHaveLength(1);
  });

  it('does not end it before التي, الذي, لأن or بعدما', () => {
    expect(split('عرضت مسرحية «يا له من يوم!» التي كتبها شاعر شاب.')).toHaveLength(1);
    expect(split('اختار شعار "إلى أين نمضي؟" لأن الناس يسألونه كل يوم.')).toHaveLength(1);
    expect(split('كرمت الجمعية برنامج "ماذا بعد؟" بعدما تجاوز مليون مشاهد.')).toHaveLength(1);
  });

  it('still ends it before a bracket without a closing quote, or before a verb', () => {
    expect(split('هل انتهى الأمر؟ (لا أحد يعرف) ولكن الناس ينتظرون.')).toHaveLength(2);
    expect(split('سأله الصحفي: "هل ستترشح؟" قال: لا أعرف بعد.')).toHaveLength(2);
  });
});

describe('sentences: في after a BC year', () => {
  it('opens a sentence before a demonstrative or a new time frame', () => {
    expect(split('انتصر الجيش في المعركة عام 300 ق.م. في ذلك الوقت عقدت هدنة طويلة.')).toHaveLength(2);
    expect(split('انتخب عضوا في المجلس سنة 47 ق.م. في السنة التالية صار قاضيا.')).toHaveLength(2);
  });

  it('goes on before a reign or a circumstance, and after an AD year nothing changes', () => {
    expect(split('بني المعبد سنة 350 ق.م. في عهد الملك الثاني.')).toHaveLength(1);
    expect(split('بني المعبد سنة 350 ق.م. في محاولة لإرضاء الكهنة.')).toHaveLength(1);
    expect(split('توفي سنة 632 م. في ذلك العام تولى الخلافة رجل آخر.')).toHaveLength(2);
  });
});
