// Sentence-boundary cases from QA round 7: SaudiNewsNet and Arabic Wikipedia paragraphs read by
// eye, and the words that follow a mid-line ellipsis in all 16 unlabeled files. Every sentence
// here is invented in the shape of an error class met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';
import { CHUNK } from '../../src/tokenize/scan.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a question after a mid-line ellipsis', () => {
  it('opens a new sentence with هل فهل كيف ماذا لماذا متى after a clause', () => {
    expect(split('ارتفعت أسعار الخضار في السوق المركزي.. هل يتدخل المجلس البلدي؟')).toStrictEqual([
      'ارتفعت أسعار الخضار في السوق المركزي..',
      'هل يتدخل المجلس البلدي؟',
    ]);
    expect(split('أغلقت البلدية الحديقة العامة منذ شهرين... فهل تعود قريبا؟ لا أحد يعرف.')).toStrictEqual([
      'أغلقت البلدية الحديقة العامة منذ شهرين...',
      'فهل تعود قريبا؟',
      'لا أحد يعرف.',
    ]);
    for (const question of ['كيف نصل إلى هناك؟', 'ماذا بقي للسكان؟', 'لماذا تأخر العمل؟', 'متى يفتح الطريق؟', 'وهل من حل؟']) {
      expect(split(`انقطع الطريق الجبلي بعد الأمطار الغزيرة.. ${question}`)).toStrictEqual([
        'انقطع الطريق الجبلي بعد الأمطار الغزيرة..',
        question,
      ]);
    }
  });

  it('keeps a short lead-in with the question it introduces («بالفيديو.. كيف …»)', () => {
    for (const s of [
      'بالفيديو.. كيف تصنع الخبز في البيت؟',
      'شاهد.. ماذا حدث في الملعب أمس؟',
      'الهاتف الجديد.. هل يستحق ثمنه؟',
    ]) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('keeps a time or place lead-in with its question («بعد عشرين عاما.. ماذا …»)', () => {
    const s = 'بعد عشرين عاما من العمل.. ماذا بقي للمعلم؟';
    expect(split(s)).toStrictEqual([s]);
  });

  it('continues a list of questions joined by و («كيف بدأت.. وكيف انتهت»)', () => {
    for (const s of [
      'نريد أن نعرف كيف بدأت القصة في القرية.. وكيف انتهت.',
      'سألناه عن موعد الرحلة ومكانها.. وماذا يحمل المسافر معه.',
    ]) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('does not split after a conjunction left open before the ellipsis («لكن.. هل»)', () => {
    const s = 'قد يكون هذا الرأي صحيحا في بعض الأحوال لكن.. هل يكفي وحده؟';
    expect(split(s)).toStrictEqual([s]);
  });

  it('reads a vowelled question word like the bare one («.. هَلْ»)', () => {
    expect(split('ارتفعت أسعار الخضار في السوق المركزي.. هَلْ يتدخل المجلس؟')).toHaveLength(2);
  });
});

describe('sentences: connectives that open a sentence after a mid-line ellipsis', () => {
  it('splits before «وبالتالي» «ولذا» «ولقد» «وهذا» «حينها»', () => {
    expect(split('تأخر تسليم المشروع ستة أشهر كاملة.. وبالتالي ارتفعت كلفته.')).toStrictEqual([
      'تأخر تسليم المشروع ستة أشهر كاملة..',
      'وبالتالي ارتفعت كلفته.',
    ]);
    for (const next of ['ولذا قررنا تأجيل الرحلة.', 'ولقد حذرنا من ذلك مرارا.', 'وهذا ما توقعه الجميع.', 'حينها فقط فهمنا السبب.']) {
      expect(split(`هطلت الأمطار طوال الليل على المدينة.. ${next}`)).toStrictEqual([
        'هطلت الأمطار طوال الليل على المدينة..',
        next,
      ]);
    }
  });

  it('splits before «وهكذا» that opens a clause, not before «وهكذا.» closing a list', () => {
    expect(split('زرنا المتحف ثم الحديقة ثم السوق القديم.. وهكذا انتهت الرحلة.')).toStrictEqual([
      'زرنا المتحف ثم الحديقة ثم السوق القديم..',
      'وهكذا انتهت الرحلة.',
    ]);
    expect(split('زرنا المتحف ثم الحديقة ثم السوق القديم.. وهكذا، عدنا متعبين.')).toHaveLength(2);
    for (const s of [
      'يأتي الأول ثم الثاني ثم الثالث.. وهكذا.',
      'يأتي الأول ثم الثاني ثم الثالث.. وهكذا دواليك.',
      'يرقم الصف الأول ثم الصف الثاني.. وهكذا حتى آخر صف في القاعة.',
    ]) {
      expect(split(s)).toStrictEqual([s]);
    }
    // at the end of a line it closes the list too
    expect(split('يأتي الأول ثم الثاني ثم الثالث.. وهكذا\nبدأ الدرس.')).toStrictEqual([
      'يأتي الأول ثم الثاني ثم الثالث.. وهكذا',
      'بدأ الدرس.',
    ]);
  });

  it('splits before «إن» that opens a statement, not before «إن شاء الله» or after a verb of saying', () => {
    expect(split('ظل المصنع مغلقا طوال الصيف.. إن عودة العمال ليست قريبة.')).toStrictEqual([
      'ظل المصنع مغلقا طوال الصيف..',
      'إن عودة العمال ليست قريبة.',
    ]);
    for (const s of ['نلتقي في الأسبوع القادم.. إن شاء الله.', 'وفي ختام الجلسة قال.. إن الخطة ناجحة.']) {
      expect(split(s)).toStrictEqual([s]);
    }
  });

  it('still continues the sentence before a verb or a noun («.. يذهب» «.. والتنفيذ»)', () => {
    for (const s of ['انتظرنا طويلا عند الباب.. يذهب الناس ويعودون.', 'الخطة جيدة على الورق.. والتنفيذ سيبدأ غدا.']) {
      expect(split(s)).toStrictEqual([s]);
    }
  });
});

describe('sentences: the rules look ahead past the scanner chunk', () => {
  it('decides «.. وهكذا،» the same wherever a chunk of tokens ends', () => {
    const line = 'يأتي الأول ثم الثاني ثم الثالث.. وهكذا، عدنا متعبين.';
    const expected = split(line);
    // filler words put the line's ellipsis, وهكذا, comma and next word at every place a chunk ends
    for (let shift = 0; shift < 8; shift++) {
      const filler = 'كلمة '.repeat(CHUNK - 12 + shift);
      const got = split(`${filler}.\n${line}`);
      expect(got.slice(1)).toStrictEqual(expected);
    }
  });

  it('decides «ق.م. و 480» (an era, a lone و and a number) the same wherever a chunk ends', () => {
    const line = 'حكم الملك من سنة 530 ق.م. و 480 ق.م. في المدينة.';
    expect(split(line)).toStrictEqual([line]);
    for (let shift = 0; shift < 16; shift++) {
      const filler = 'كلمة '.repeat(CHUNK - 14 + shift);
      expect(split(`${filler}.\n${line}`).slice(1)).toStrictEqual([line]);
    }
  });
});
