// Sentence-boundary cases from QA round 27. A quoted title or cry that ends in «؟» or «!» inside
// its closing quote, or just before a closing quote typed after a space, ended its sentence
// although the title is a noun of it and the sentence goes on: its subject after a noun that
// names it («فيلم "من أنا؟" يحصد …», «وسؤال "…؟" يشغل …»), a quotation opening the sentence
// before its verb («"أوقفوا الحرب!" أصبح …»), the role given to it («عبارة "…!" شعارا …»), a
// feminine participle of saying («"…؟" معتبرة أن …»), a year after a film («فيلم "…؟" 2019»), or
// a word of QUOTE_CONTINUATIONS after `؟ "` (`goesOnAfterQuote`, `spacedQuoteContinues`).
// A verb after a title that follows a preposition («في فيلم "…!" أنهى …») still opens one.
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a quoted title that is a noun of its sentence', () => {
  it('goes on after a title named by a noun before it', () => {
    expect(split('فيلم "من أنا؟" يحصد جائزة أفضل فيلم عربي في المهرجان.')).toHaveLength(1);
    expect(split('وسؤال "إلى أين نمضي؟" يشغل بال الشباب في المدينة.')).toHaveLength(1);
    expect(split('نظمت الجمعية ندوة بعنوان «ماذا بعد التخرج؟» قدمتها الدكتورة سلمى في القاعة الكبرى.')).toHaveLength(1);
    expect(split('عرض المهرجان فيلم "أين بيتي؟" 2019 للمخرجة ليلى حسن.')).toHaveLength(1);
    expect(split('ويعكس شعار المؤتمر «لماذا نهتم بالبيئة؟» رغبة المنظمين في إشراك الجميع.')).toHaveLength(1);
  });

  it('goes on after a quotation that opens the sentence, before its verb', () => {
    expect(split('"أوقفوا الحرب!" أصبح شعار المتظاهرين في كل المدن.')).toStrictEqual([
      '"أوقفوا الحرب!" أصبح شعار المتظاهرين في كل المدن.',
    ]);
  });

  it('goes on before a role, a feminine participle of saying and a spaced closing quote', () => {
    expect(split('رفعت الحملة عبارة "معا نستطيع!" شعارا لها هذا العام.')).toHaveLength(1);
    expect(split('وأصدرت الوزارة بيانا تساءلت فيه "لماذا تأخر المشروع؟" معتبرة أن الشركة أخلت بالعقد.')).toHaveLength(1);
    expect(split('نشرت الصحيفة تقريرا بعنوان "هل انتهت الأزمة؟ " إلى جانب مقال آخر عن الاقتصاد.')).toHaveLength(1);
    expect(split('كتب المحتجون على اللافتة " متى ينتهي الانتظار ؟ "، ثم ساروا نحو مبنى البلدية.')).toHaveLength(1);
  });

  it('still ends before a verb after a title in a prepositional phrase, an opener, a verb with و', () => {
    expect(split('شارك الممثل في فيلم "العودة!" أنهى المخرج تصويره الأسبوع الماضي.')).toHaveLength(2);
    expect(split('أعلنت القناة عن برنامج "من يربح؟" لكنها لم تحدد موعد عرضه.')).toHaveLength(2);
    expect(split('"أين أبي؟" وبكت الطفلة طويلا في حضن أمها.')).toHaveLength(2);
    expect(split('سأل الطفل أمه "أين أبي؟" قالت إنه في العمل.')).toHaveLength(2);
    expect(split('وقال الوزير "لن نتراجع! " ثم غادر القاعة.')).toHaveLength(2);
  });

  it('keeps every sentence a slice of the input', () => {
    const text = 'نشرت الصحيفة مقالا بعنوان "هل انتهت الأزمة؟ " إلى جانب تقرير. فيلم "من أنا؟" يحصد جائزة.';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
