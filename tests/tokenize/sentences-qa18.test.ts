// Sentence-boundary cases from QA round 18: SaudiNewsNet (news-001) and Wikipedia-style
// (news-012) paragraphs read by eye, and every boundary the round's rules move in the 16
// unlabeled files. Every sentence here is invented in the shape of an error class met in the
// corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: the «!» of Yahoo!', () => {
  it('is part of the name and ends no sentence', () => {
    expect(split('وقعت الشركة اتفاقا مع شركة ياهو! في شهر مارس الماضي.')).toHaveLength(1);
    expect(split('قررت ياهو! رفض العرض الذي قدمته الشركة المنافسة.')).toHaveLength(1);
    expect(split('تنافس الشركة جوجل وياهو! على سوق الإعلانات.')).toHaveLength(1);
    expect(split('انضم المهندس إلى Yahoo! في العام نفسه.')).toHaveLength(1);
    expect(split('قررت ياهو!، بعد أشهر من التفاوض، رفض العرض.')).toHaveLength(1);
  });

  it('still ends one when a period follows it, and other exclamations are unchanged', () => {
    expect(split('أنهت الشركة اتفاقها مع ياهو!. ثم بدأت مفاوضات جديدة.')).toHaveLength(2);
    expect(split('ما أجمل هذا المكان! في الصباح تشرق الشمس عليه.')).toHaveLength(2);
    expect(split('يا هو! في البيت أحد؟')).toHaveLength(2);
  });
});

describe('sentences: marks without a word are no sentence', () => {
  it('join the sentence before them on their line', () => {
    expect(split('انتهى الاجتماع في موعده. /')).toStrictEqual(['انتهى الاجتماع في موعده. /']);
    expect(split('عاد الوفد إلى العاصمة. -')).toStrictEqual(['عاد الوفد إلى العاصمة. -']);
    expect(split('قال الكاتب: "هذا ما جرى. ". ثم مضى في حديثه.')).toStrictEqual([
      'قال الكاتب: "هذا ما جرى. ".',
      'ثم مضى في حديثه.',
    ]);
    expect(split('عزيزي القارئ.  .قبل البدء اسأل نفسك.')).toStrictEqual(['عزيزي القارئ.  .', 'قبل البدء اسأل نفسك.']);
  });

  it('open the next sentence when they open the line', () => {
    expect(split('. رابط الخبر في الموقع. وقال المدير إنه سعيد.')).toStrictEqual([
      '. رابط الخبر في الموقع.',
      'وقال المدير إنه سعيد.',
    ]);
    expect(split('سطر أول.\n.. وقد تخيل الشاعر رحلة طويلة.')).toStrictEqual(['سطر أول.', '.. وقد تخيل الشاعر رحلة طويلة.']);
  });

  it('stay alone on a line of their own and as a whole text', () => {
    expect(split('سطر أول.\n.\nسطر ثان.')).toStrictEqual(['سطر أول.', '.', 'سطر ثان.']);
    expect(split('...')).toStrictEqual(['...']);
    expect(split('؟!')).toStrictEqual(['؟!']);
  });
});
