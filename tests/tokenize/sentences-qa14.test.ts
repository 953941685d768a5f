// Sentence-boundary cases from QA round 14: SaudiNewsNet (news-002) and Wikipedia (news-012)
// paragraphs read by eye, and every boundary the round's rules move in the 16 unlabeled files.
// Every sentence here is invented in the shape of an error class met in the corpus; none is
// copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a stray period before a relative clause', () => {
  it('keeps «الذي» «التي» with the noun before a stray period', () => {
    expect(split('أسس المدينة قائد من قادة الجيش. الذي حكمها ثلاثين عاما بعد ذلك.')).toStrictEqual([
      'أسس المدينة قائد من قادة الجيش. الذي حكمها ثلاثين عاما بعد ذلك.',
    ]);
    expect(split('زار الوفد المتحف الوطني في العاصمة. التي تستقبل آلاف الزوار كل عام.')).toHaveLength(1);
    // after a closing quote or bracket too, and with the clause's own كان right after it
    expect(split('تملك الدول الخمس حق النقض "الفيتو". الذي كان سببا في تعطيل القرارات.')).toHaveLength(1);
    expect(split('درس في المدرسة العليا (القسم العلمي). التي تعادل الشهادة الثانوية في أغلب البلاد.')).toHaveLength(1);
  });

  it('still splits before a relative that opens a sentence without its noun', () => {
    // its predicate follows: هو, أن, كان after the clause's first word, or a comma
    expect(split('تحدث الوزير عن المشروع الجديد. الذي يهم المواطن هو أن تنخفض الأسعار.')).toHaveLength(2);
    expect(split('انتهى الاجتماع بلا نتيجة. الذي حدث أمس كان مفاجأة للجميع.')).toHaveLength(2);
    expect(split('انتهى الاجتماع بلا نتيجة. الذي حدث، أن الوفد انسحب.')).toHaveLength(2);
    // «الذين» opens such a sentence as often as not
    expect(split('انتهى الاجتماع بلا نتيجة. الذين حضروا غادروا غاضبين.')).toHaveLength(2);
    // after a question or an exclamation the split stays
    expect(split('هل تعرف هذا الرجل؟ الذي يقف هناك.')).toHaveLength(2);
    // and before «والذي» as before
    expect(split('أسس المدينة قائد من قادة الجيش. والذي حكمها ثلاثين عاما.')).toHaveLength(2);
  });
});

describe('sentences: a date that leads its sentence before an era', () => {
  it('keeps a preposition, a year and its era with the clause after them', () => {
    expect(split('وفي عام 1948م. تأسس المجلس في المدينة.')).toStrictEqual(['وفي عام 1948م. تأسس المجلس في المدينة.']);
    expect(split('بنيت القلعة على التل. وفي 28 مايو 2008 م. صوت البرلمان على ترميمها.')).toStrictEqual([
      'بنيت القلعة على التل.',
      'وفي 28 مايو 2008 م. صوت البرلمان على ترميمها.',
    ]);
    expect(split('في سنة 533 م. احتل الجيش المدينة.')).toHaveLength(1);
  });

  it('still ends a sentence at an era after a clause', () => {
    expect(split('توفي الملك في 1982 م. في 1983 م أعلن ابنه نفسه ملكا.')).toHaveLength(2);
    expect(split('وصل الملك إلى المدينة في عام 1982 م. وبعد عام غادرها.')).toHaveLength(2);
    expect(split('في عام 1982 م افتتح الملك الجسر الجديد فوق النهر. ثم عاد.')).toHaveLength(2);
    // a date with more words after its preposition is a clause's end
    expect(split('في ذلك الوقت وصل الملك إلى المدينة عام 1982 م. كانت صغيرة.')).toHaveLength(2);
  });
});

describe('sentences: an inline list marker near the end of a text', () => {
  it('finds the previous marker however far the window has moved', () => {
    // the «1.» is more than twelve tokens before «2.», which stands three tokens from the end
    const list = 'الشروط: 1. تقديم طلب مكتوب إلى إدارة الشؤون المالية في المقر الرئيسي للشركة قبل نهاية الشهر 2. الدفع';
    expect(split(list)).toStrictEqual([list]);
    expect(split(`${list} نقدا.`)).toHaveLength(1);
  });
});
