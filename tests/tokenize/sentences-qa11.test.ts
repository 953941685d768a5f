// Sentence-boundary cases from QA round 11: SaudiNewsNet (news-004) and Arabic Wikipedia
// (news-014) paragraphs read by eye. Every sentence here is invented in the shape of an error
// class met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: «.. وفي» «.. وبعد» «.. ومع ذلك» open a sentence in running text', () => {
  it('splits before و with a preposition that fronts a time, place or concession', () => {
    expect(split('زار الوفد المصنع الجديد في المدينة.. وفي اليوم التالي عاد إلى العاصمة.')).toStrictEqual([
      'زار الوفد المصنع الجديد في المدينة..',
      'وفي اليوم التالي عاد إلى العاصمة.',
    ]);
    expect(split('انتقلت الأسرة إلى القرية الصغيرة قرب النهر.. وبعد سنتين توفي الأب.')).toHaveLength(2);
    expect(split('ارتفعت الأسعار كثيرا في الأسواق هذا الشهر.. ومع ذلك ظل الإقبال كبيرا.')).toHaveLength(2);
    expect(split('أنهى الطلاب امتحاناتهم في الأسبوع الماضي.. ورغم صعوبة الأسئلة نجح أغلبهم.')).toHaveLength(2);
    expect(split('درس الطبيب في الجامعة سنوات طويلة.. وقبل أن يتخرج عمل في مستشفى صغير.')).toHaveLength(2);
    expect(split('سجل الفريق هدفين في الشوط الأول… وخلال الشوط الثاني أضاف هدفا ثالثا.')).toHaveLength(2);
    expect(split('وصلت السفينة إلى الميناء مساء أمس.. وفى الصباح بدأ تفريغ الحمولة.')).toHaveLength(2);
  });

  it('reads the word without its marks', () => {
    expect(split('انتقلت الأسرة إلى القرية الصغيرة قرب النهر.. وَبَعْدَ سنتين توفي الأب.')).toHaveLength(2);
  });

  it('keeps a headline, a short lead-in and a phrase closed by the next ellipsis in one sentence', () => {
    // a two-part headline: the line has no terminator
    expect(split('الفريق يفوز بالمباراة الأولى.. وفي المباراة الثانية يتعادل')).toHaveLength(1);
    // fewer than four words before the ellipsis
    expect(split('في الصباح الباكر.. وبعد الفطور خرجنا إلى السوق.')).toHaveLength(1);
    // «.. وفي الحدائق..»: a phrase added to the clause before
    expect(split('يحب الناس الطبخ في البيوت الواسعة.. وفي الحدائق.. وعلى الشاطئ.')).toHaveLength(1);
  });

  it('splits after a segment that opens with an adverbial and already has its clause', () => {
    expect(split('وفي المدينة القديمة تعيش عائلات كثيرة من الصيادين والتجار.. وقبل أيام زارها الوزير.')).toHaveLength(2);
  });

  it('keeps a row of adverbials and a repeated phrase in one sentence', () => {
    expect(split('ورغم التعب الشديد بعد الرحلة.. ورغم البرد في الليل.. واصل الجنود سيرهم.')).toHaveLength(1);
    expect(split('يكون الماء سائلا في الحالة الأولى.. وفي الحالة الثانية يصير صلبا.')).toHaveLength(1);
  });

  it('keeps the adverbial that a clause opened just before still waits for', () => {
    // «أما …» waits for its ف
    expect(split('أما الفريق الثاني في البطولة.. وبعد خسارته الأخيرة، فقد قرر الانسحاب.')).toHaveLength(1);
    // «عندما …» waits for its answer
    expect(split('وعندما وصل المسافرون إلى المدينة.. وفي اليوم نفسه بدأت الاحتفالات.')).toHaveLength(1);
    // a conjunction left open before the ellipsis
    expect(split('قال المدرب إن الفريق جاهز لكن.. وفي الوقت نفسه حذر من الغرور.')).toHaveLength(1);
  });
});

describe('sentences: «.. تهانينا» closes a notice', () => {
  it('splits before the congratulation after an ellipsis', () => {
    expect(split('احتفل الشاب بزواجه في قاعة كبيرة وسط حضور الأهل والأصدقاء.. تهانينا وألف مبروك.')).toStrictEqual([
      'احتفل الشاب بزواجه في قاعة كبيرة وسط حضور الأهل والأصدقاء..',
      'تهانينا وألف مبروك.',
    ]);
    expect(split('تخرج الطالب في كلية الطب بتقدير ممتاز.. تَهَانِينَا.')).toHaveLength(2);
  });

  it('keeps a congratulation without an ellipsis before it as it was', () => {
    expect(split('أرسل إليه صديقه رسالة تهانينا القلبية بالنجاح.')).toHaveLength(1);
  });
});
