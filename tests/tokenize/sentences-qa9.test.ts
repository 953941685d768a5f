// Sentence-boundary cases from QA round 9: ANT news, Arabic Wikipedia and Tashkeela paragraphs
// read by eye, and the words that follow a mid-line ellipsis in the unlabeled files. Every
// sentence here is invented in the shape of an error class met in the corpus; none is copied
// from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';
import { CHUNK } from '../../src/tokenize/scan.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

/** The two halves of `first.. second` as sentences. */
const pair = (first: string, second: string): [string, string[]] => [`${first} ${second}`, [first, second]];

describe('sentences: a subject, لكن with a pronoun or a connective after a mid-line ellipsis in running text', () => {
  it('opens a new sentence with a subject pronoun or demonstrative: «.. هذا» «.. هذه» «.. أنا» «.. ونحن»', () => {
    for (const [text, expected] of [
      pair('ارتفعت أسعار الخضار في الأسواق الشعبية هذا الأسبوع..', 'هذا أمر يقلق الأسر.'),
      pair('أغلقت البلدية ثلاثة مخابز في الحي القديم...', 'هذه الخطوة أثارت جدلا واسعا.'),
      pair('قال المدرب: "لعبنا مباراة صعبة أمام فريق قوي..', 'أنا راض عن الأداء".'),
      pair('وصلت المساعدات إلى المخيمات الشمالية أمس..', 'ونحن ننتظر الدفعة الثانية.'),
    ]) {
      expect(split(text)).toStrictEqual(expected);
    }
  });

  it('opens a new sentence with لكن and a pronoun, as with «.. لكن»: «.. لكنه» «.. لكنها» «.. ولكننا»', () => {
    for (const [text, expected] of [
      pair('حاول الحارس إبعاد الكرة عن المرمى..', 'لكنه لم ينجح.'),
      pair('انتظرت الطالبة نتيجة الامتحان طويلا..', 'لكنها لم تيأس.'),
      pair('كتبت الرسالة مرات كثيرة هذا الشهر…', 'لكنني لم أرسلها.'),
      pair('خسر الفريق المباراة الأولى في البطولة..', 'ولكننا سنعود أقوى.'),
    ]) {
      expect(split(text)).toStrictEqual(expected);
    }
  });

  it('opens a new sentence with a connective or a stance: «.. لهذا» «.. المهم» «.. دعونا» «.. وربما» «.. كنت»', () => {
    for (const [text, expected] of [
      pair('تأخرت الأمطار في هذا الموسم كثيرا..', 'لهذا السبب قرر المزارعون تأجيل البذر.'),
      pair('لا يهم من يفوز في السباق الطويل..', 'المهم أن نشارك جميعا.'),
      pair('كثر الحديث عن المشروع في الصحف المحلية..', 'دعونا ننتظر النتائج.'),
      pair('تأجل افتتاح الجسر الجديد إلى الشهر المقبل..', 'وربما يتأخر أكثر.'),
      pair('وصلت إلى الفندق في ساعة متأخرة من الليل..', 'كنت مرهقا جدا.'),
      pair('زرنا القرية القديمة في الصيف الماضي..', 'كنا نمشي بين البيوت كل مساء.'),
    ]) {
      expect(split(text)).toStrictEqual(expected);
    }
  });

  it('splits every such ellipsis of a line and reads a vowelled word like the bare one', () => {
    expect(split('تعب اللاعب كثيرا في الشوط الأول.. لكنه أكمل المباراة حتى النهاية.. هذا ما يميزه.')).toStrictEqual([
      'تعب اللاعب كثيرا في الشوط الأول..',
      'لكنه أكمل المباراة حتى النهاية..',
      'هذا ما يميزه.',
    ]);
    expect(split('حاول الحارس إبعاد الكرة عن المرمى.. لَكِنَّهُ لم ينجح.')).toHaveLength(2);
  });

  it('decides the same wherever a scanner chunk ends', () => {
    const [line, expected] = pair('تأجل افتتاح الجسر الجديد إلى الشهر المقبل..', 'وربما يتأخر أكثر من ذلك.');
    for (let shift = 0; shift < 16; shift++) {
      const filler = 'كلمة '.repeat(CHUNK - 14 + shift);
      expect(split(`${filler}.\n${line}`).slice(1)).toStrictEqual(expected);
    }
  });
});

describe('sentences: a subject, لكن with a pronoun or a connective that stays in the sentence (guards)', () => {
  it('keeps a two-part headline whole: its line ends without a terminator', () => {
    for (const s of ['المدرب يشكر لاعبيه بعد الفوز الكبير.. لكنه يحذر من الغرور', 'الحكومة تقر الميزانية الجديدة للعام المقبل.. هذه أبرز بنودها']) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('keeps a short lead-in and a headline teaser whole', () => {
    for (const s of [
      'شاهد.. هذا هو الملعب الجديد.',
      'بالأمس.. كنت أحاول النوم.',
      'رابط الخبر في الصحيفة المحلية: بالصور.. هذا ما حدث في الملعب!',
      'تغيب اللاعب عن تدريبات الفريق اليوم.. لهذا السبب!',
    ]) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('keeps the words after a verb of saying and after a conjunction left open', () => {
    for (const s of ['وقفت على الشرفة أمام البحر وأقول.. هذه الحياة جميلة.', 'كان المعلم الكبير في مدرستنا يقول.. هذا طريق طويل.', 'سافر أخي إلى المدينة الكبيرة ولكن.. هذا لم يغير شيئا.']) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('keeps «كنت» after its subject and as the answer of a condition', () => {
    for (const s of ['قال الرجل العجوز بصوت خافت: أنا.. كنت معلما في هذه القرية.', 'لو كنت أعرف الطريق إلى بيتك.. كنت زرتك كل يوم.']) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('keeps «وربما» before a phrase that it adds to the sentence', () => {
    for (const s of ['تنتشر هذه العادة في المدن الكبيرة.. وربما أيضا في القرى.', 'قد يحترق البيت كله في لحظة واحدة.. وربما العمارة كلها!']) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('keeps a predicate after its subject («.. ليس» «.. كان» are no openers)', () => {
    for (const s of ['هذا الخبر الذي نشرته الصحف أمس.. ليس صحيحا.', 'استهداف الأطفال الأبرياء في ليلة العيد... كان عملا جبانا.']) {
      expect(split(s)).toStrictEqual([s]);
    }
  });
});
