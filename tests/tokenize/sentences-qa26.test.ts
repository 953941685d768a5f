// Sentence-boundary cases from QA round 26. A seeded read (seed 429) of news-008 and news-014
// found no error class of five, so the round took two known leftovers. (1) A quoted question or
// exclamation inside a sentence («… كتاب "لماذا نكتب؟" لمحررته …», «… "من هؤلاء؟" لتتحدث عن …»)
// ended it before any word outside QUOTE_CONTINUATIONS: now a word with the preposition ل or ب
// that is no verb of the table, an elative after ك, an accusative participle in م and «وهو» «وهي»
// «والتي» «فيما» carry the sentence on (`goesOnAfterTitle`). (2) A و typed apart from its word
// after a mid-line ellipsis («… من نومه .. و وجد نفسه …») never opened a sentence: it is now read
// as if glued to its word, with the guards of round 24 and 25 (`isSpacedAnd`).
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a quoted question or exclamation inside a sentence', () => {
  it('goes on before the author, purpose or means of a title (ل ب)', () => {
    expect(split('أصدرت الدار كتابا جديدا بعنوان "لماذا نقرأ؟" لمؤلفته سارة أحمد في معرض الكتاب.')).toHaveLength(1);
    expect(split('نشر الشاعر قصيدته الجديدة "أين أنتم؟" ليتحدث عن معاناة اللاجئين في المخيمات.')).toHaveLength(1);
    expect(split('رد الكاتب على منتقديه بعد أيام من صدور روايته «من أنا؟» بمقال طويل في صحيفة محلية.')).toHaveLength(1);
  });

  it('goes on before an elative after ك, a participle in م and «وهو»', () => {
    expect(split('رشحت المجلة برنامج "ماذا بعد؟" كأفضل برنامج حواري لهذا العام.')).toHaveLength(1);
    expect(split('رفع المتظاهرون لافتات كتب عليها "أوقفوا الحرب!" مرددين هتافات ضد القتال.')).toHaveLength(1);
    expect(split('وعلق المدرب على الهدف قائلا "هل رأيتم ذلك؟" وهو يضحك أمام الصحفيين.')).toStrictEqual([
      'وعلق المدرب على الهدف قائلا "هل رأيتم ذلك؟" وهو يضحك أمام الصحفيين.',
    ]);
  });

  it('still ends before a verb, «لكنه» «لربما» and a name', () => {
    expect(split('سأل الطفل أمه "أين أبي؟" قالت إنه في العمل.')).toHaveLength(2);
    expect(split('وسألته الصحيفة "هل ستعود إلى الملاعب؟" لكنه رفض الإجابة عن السؤال.')).toHaveLength(2);
    expect(split('قال لي صديقي "كيف حالك؟" لربما كان يريد أن يطمئن علي.')).toHaveLength(2);
    expect(split('سأل المذيع ضيفه "من سيفوز بالبطولة؟" ماليزيا تبدو الأقرب.')).toHaveLength(2);
  });
});

describe('sentences: a و typed apart from its word after a mid-line ellipsis', () => {
  it('opens a sentence as the glued و does', () => {
    expect(split('استيقظ العصفور الصغير مبكرا من نومه في العش .. و وجد نفسه وحيدا.')).toStrictEqual([
      'استيقظ العصفور الصغير مبكرا من نومه في العش ..',
      'و وجد نفسه وحيدا.',
    ]);
    expect(split('فازت اللاعبة بلقب البطولة بعد مباراة طويلة وصعبة .. و في الأسبوع التالي فازت بلقب آخر.')).toHaveLength(2);
    expect(split('تأهل الفريق إلى الدور النهائي بعد فوزه على منافسه ... و لكن المدرب غاب عن المباراة.')).toHaveLength(2);
  });

  it('goes on where the glued و goes on', () => {
    expect(split('الحكومة تعلن خطة جديدة لدعم المزارعين .. و الوزير يتحدث')).toHaveLength(1);
    expect(split('زرنا الأسواق القديمة والمتاحف والحدائق العامة .. و الشواطئ.')).toHaveLength(1);
    expect(split('قال الطفل .. و ضحك الجميع.')).toHaveLength(1);
  });

  it('keeps every sentence a slice of the input', () => {
    const text = 'نشر الشاعر قصيدة "أين أنتم؟" ليتحدث عن الحرب .. و بعد أيام نشر أخرى. ثم سافر.';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
