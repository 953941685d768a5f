// Sentence-boundary cases from QA round 15: Tashkeela (news-010) and Wikipedia (news-014)
// paragraphs read by eye, and every boundary the round's rules move in the 16 unlabeled files.
// Every sentence here is invented in the shape of an error class met in the corpus; none is
// copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a dotted Latin initialism inside Arabic text', () => {
  it('does not end the sentence before an Arabic word that goes on with it', () => {
    expect(split('قالت الصحيفة إن ضباطا من جهاز K.G.B. شاركوا في العملية.')).toStrictEqual([
      'قالت الصحيفة إن ضباطا من جهاز K.G.B. شاركوا في العملية.',
    ]);
    expect(split('تأثر الشاعر بقصائد T.S. إليوت في شبابه.')).toHaveLength(1);
    expect(split('حصل على شهادة Ph.D. من جامعة في لندن.')).toHaveLength(1);
    expect(split('تأسست الشركة في U.S. عام 1950 ثم انتقلت إلى كندا.')).toHaveLength(1);
    expect(split('تحتوي الخضار على فيتامينات كثيرة e.g. فيتامين سي.')).toHaveLength(1);
    // spaced initials of a name too
    expect(split('قرأ الطالب روايات J. R. R. تولكين كلها.')).toHaveLength(1);
  });

  it('still ends it before a word with و or ثم كما أما لكن, and after a single letter', () => {
    expect(split('بدأ البث على موجات إذاعة B.B.C. وقد استمع إليه الملايين.')).toHaveLength(2);
    expect(split('اشترى سيارة من طراز B.M.W. ثم باعها بعد عام.')).toHaveLength(2);
    expect(split('يحتوي على فيتامين C. ويساعد على المناعة.')).toHaveLength(2);
    expect(split('يحتوي الدواء على فيتامين B. يستخدم لعلاج الأعصاب.')).toHaveLength(2);
    // a relative pronoun goes on with the initialism as before
    expect(split('أطلق المغني أغنية من ألبومه A.B.C. التي نجحت كثيرا.')).toHaveLength(1);
  });
});

describe('sentences: an ellipsis that opens a quotation', () => {
  it('does not end the sentence after «: "..» or «..', () => {
    expect(split('واستشهد الخطيب بقوله تعالى: ".. ولا تقنطوا من رحمة الله" ثم أكمل حديثه.')).toStrictEqual([
      'واستشهد الخطيب بقوله تعالى: ".. ولا تقنطوا من رحمة الله" ثم أكمل حديثه.',
    ]);
    expect(split('وكتب الوالي في رسالته: «... وقد أمرنا بإصلاح الطريق» ثم ختمها.')).toHaveLength(1);
    expect(split('وقال القائد لجنوده: «.... إن انتصرنا أو هزمنا فالزموا أماكنكم».')).toHaveLength(1);
  });

  it('still ends it at an ellipsis after a quote that may close one, or after a word', () => {
    expect(split('ردد الجمهور اسم اللاعب "البطل".. وقد غادر الملعب مبكرا.')).toHaveLength(2);
    expect(split('تأخر القطار ساعتين.. فالمحطة مغلقة.')).toHaveLength(2);
  });
});
