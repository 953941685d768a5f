// Sentence-boundary cases from QA round 21: a terminator with an opening quotation glued after
// it and no space («… الماضي.«واس» وأكد …», «… فبراير."ولا يزال …»), found in the 16 unlabeled
// files (55 paragraphs change, every moved boundary read). Every sentence here is invented in the
// shape of an error class met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: an opening quotation glued after the terminator', () => {
  it('opens the next sentence after « or “', () => {
    expect(split('هل انتهى الأمر؟!«سيف» يعود إلى الواجهة.')).toStrictEqual(['هل انتهى الأمر؟!', '«سيف» يعود إلى الواجهة.']);
    expect(split('زار الأمير المعرض أمس.«واس» وأكد المدير أن العمل مستمر.')).toStrictEqual([
      'زار الأمير المعرض أمس.',
      '«واس» وأكد المدير أن العمل مستمر.',
    ]);
    expect(split('قال المدرب: ”لسنا قلقين”.“لدينا لاعبون كثر”.')).toStrictEqual(['قال المدرب: ”لسنا قلقين”.', '“لدينا لاعبون كثر”.']);
  });

  it('opens the next sentence after a straight quote when none is left open before it', () => {
    expect(split('يحتفل الناس بالعيد في شهر مايو."ولا يزال الاحتفال قائما".')).toStrictEqual([
      'يحتفل الناس بالعيد في شهر مايو.',
      '"ولا يزال الاحتفال قائما".',
    ]);
    expect(split('شارك الفريق في "البطولة" هذا العام."وفاز بالكأس" كما قالت الصحيفة.')).toStrictEqual([
      'شارك الفريق في "البطولة" هذا العام.',
      '"وفاز بالكأس" كما قالت الصحيفة.',
    ]);
    expect(split('ارتفع المؤشر بنسبة 3 في المائة."أ ف ب"')).toStrictEqual(['ارتفع المؤشر بنسبة 3 في المائة.', '"أ ف ب"']);
  });

  it('keeps a straight quote that closes an open quotation with its sentence', () => {
    expect(split('وصف الكاتب الحال بأنها "مؤسفة."ثم غادر القاعة.')).toStrictEqual(['وصف الكاتب الحال بأنها "مؤسفة."', 'ثم غادر القاعة.']);
    expect(split('قال الوزير: "العمل مستمر."وغادر.')).toStrictEqual(['قال الوزير: "العمل مستمر."', 'وغادر.']);
  });

  it('leaves the quotation inside the sentence where no terminator comes before it', () => {
    expect(split('قرأت كتاب «الأيام» ثم نمت.')).toStrictEqual(['قرأت كتاب «الأيام» ثم نمت.']);
    expect(split('قال: «انتهى الأمر؟!» ثم خرج.')).toStrictEqual(['قال: «انتهى الأمر؟!»', 'ثم خرج.']);
    // an initial before the quotation is no end
    expect(split('كتب د.«سمير» مقالا طويلا.')).toStrictEqual(['كتب د.«سمير» مقالا طويلا.']);
  });

  it('keeps every sentence a slice of the input', () => {
    const text = 'انتهى الاجتماع.«واس» بدأ الحفل."وقال المدير" إن الخطة جاهزة؟!«نعم».';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
