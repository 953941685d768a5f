// Sentence-boundary cases from QA round 6: Tashkeela (partly vowelled educational and classical
// texts) and SaudiNewsNet paragraphs read by eye, and candidate spots flagged in all 16 unlabeled
// files. Every sentence here is invented in the shape of an error class met in the corpus; none
// is copied from it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: vowelled words split like bare ones', () => {
  it('reads an opener after an ellipsis through its harakat («.. فَقَدْ»)', () => {
    expect(split('تأخر القطار ساعتين.. فَقَدْ أُغلقت المحطة.')).toStrictEqual([
      'تأخر القطار ساعتين..',
      'فَقَدْ أُغلقت المحطة.',
    ]);
    expect(split('انتهت الجولة الأولى.. وَقَالَ المدرب إن الفريق تعب.')).toStrictEqual([
      'انتهت الجولة الأولى..',
      'وَقَالَ المدرب إن الفريق تعب.',
    ]);
  });

  it('reads a vowelled condition before «.. فـ» («إِذَا … .. فهذا»)', () => {
    const s = 'إِذَا تأخر القطار مرة أخرى.. فهذا يعني أن المحطة مغلقة.';
    expect(split(s)).toStrictEqual([s]);
  });

  it('reads a vowelled word that carries a sentence on after an era («632 م. حَتَّى»)', () => {
    const s = 'حكم المدينة من سنة 622 م. حَتَّى وفاته.';
    expect(split(s)).toStrictEqual([s]);
    const t = 'بُنيت القلعة سنة 1190 م. تَقْرِيبًا على التل.';
    expect(split(t)).toStrictEqual([t]);
  });

  it('reads vowelled initials and titles («دَبْلِيُو.» «وَدُ.»)', () => {
    const s = 'التقى الوزير بالسيناتور جون دَبْلِيُو. سميث أمس.';
    expect(split(s)).toStrictEqual([s]);
    const t = 'حضر د. سامر وَدُ. هالة الندوة.';
    expect(split(t)).toStrictEqual([t]);
  });

  it('reads a word with tatweel like the bare word («.. فـقـد»)', () => {
    expect(split('تأخر القطار ساعتين.. فـقـد أُغلقت المحطة.')).toHaveLength(2);
  });
});

describe('sentences: more words that open a sentence after a mid-line ellipsis', () => {
  it('splits before «أما» «وقد» «إنه» «نحن» «لكن» after «..»', () => {
    expect(split('أنهى الفريق الأول تدريباته صباحا.. أما الفريق الثاني فتدرب مساء.')).toStrictEqual([
      'أنهى الفريق الأول تدريباته صباحا..',
      'أما الفريق الثاني فتدرب مساء.',
    ]);
    expect(split('وصل الوفد إلى المدينة ظهرا... وقد استقبله المحافظ.')).toStrictEqual([
      'وصل الوفد إلى المدينة ظهرا...',
      'وقد استقبله المحافظ.',
    ]);
    expect(split('قال المدرب: «خسرنا المباراة.. إنها خسارة مؤلمة».')).toStrictEqual([
      'قال المدرب: «خسرنا المباراة..',
      'إنها خسارة مؤلمة».',
    ]);
    expect(split('الطريق طويل والأمطار غزيرة… نحن بحاجة إلى الصبر.')).toStrictEqual([
      'الطريق طويل والأمطار غزيرة…',
      'نحن بحاجة إلى الصبر.',
    ]);
    expect(split('الخطة جيدة على الورق.. لكن التنفيذ تأخر كثيرا.')).toStrictEqual([
      'الخطة جيدة على الورق..',
      'لكن التنفيذ تأخر كثيرا.',
    ]);
  });

  it('splits before «لذلك» «هناك» «وهنا» «ربما» «أعتقد» after «..»', () => {
    expect(split('ارتفعت الأسعار كثيرا هذا العام.. لذلك قل الإقبال على السوق.')).toStrictEqual([
      'ارتفعت الأسعار كثيرا هذا العام..',
      'لذلك قل الإقبال على السوق.',
    ]);
    expect(split('قال اللاعب: «لعبنا جيدا.. أعتقد أن الفوز قريب».')).toStrictEqual([
      'قال اللاعب: «لعبنا جيدا..',
      'أعتقد أن الفوز قريب».',
    ]);
    for (const opener of ['هناك أسباب أخرى', 'وهنا تبرز المشكلة', 'ربما يتأخر الحل']) {
      expect(split(`تأخر المشروع عاما كاملا.. ${opener}.`)).toHaveLength(2);
    }
  });

  it('still continues the sentence before other words', () => {
    for (const s of [
      'الخطة جيدة على الورق.. والتنفيذ سيبدأ غدا.',
      // «.. ثم» before a noun adds to the list; before a verb it opens a sentence (QA round 12)
      'الخطة جيدة على الورق.. ثم التنفيذ في الميدان.',
      'الخطة جيدة على الورق.. وفي الاجتماعات أيضا.',
    ]) {
      expect(split(s)).toStrictEqual([s]);
    }
  });
});

describe('sentences: a straight quote alone at the end of a line', () => {
  it('closes a quotation of several sentences instead of making a sentence of its own', () => {
    expect(split('قال الشيخ: " سافرنا فجرا. ووصلنا ليلا. "\nثم نام.')).toStrictEqual([
      'قال الشيخ: " سافرنا فجرا.',
      'ووصلنا ليلا. "',
      'ثم نام.',
    ]);
    expect(split('" مشينا طويلا. وتعبنا كثيرا. "')).toStrictEqual(['" مشينا طويلا.', 'وتعبنا كثيرا. "']);
  });

  it('still opens the next sentence when words follow it on the line', () => {
    expect(split('انتهى الدرس. " عنوان الدرس التالي " غدا.')).toStrictEqual([
      'انتهى الدرس.',
      '" عنوان الدرس التالي " غدا.',
    ]);
  });
});

// Words the rules look up (openers, conditions, continuations, spelled letters, titles) mixed
// with plain words, numbers and terminators.
const WORDS = [
  'قال', 'الوزير', 'القطار', 'المحطة', 'مغلقة', 'سميث', 'سامر', 'الذي', 'التي', 'في', 'يو', 'دج',
  'فإن', 'فقد', 'فهذا', 'فالمحطة', 'كما', 'لقد', 'وقال', 'وأضاف', 'وكان', 'يذكر', 'أما', 'وقد',
  'إنه', 'إنها', 'نحن', 'لكن', 'ولكن', 'لذلك', 'هناك', 'ربما', 'أعتقد', 'إذا', 'لو', 'عندما', 'وعندما', 'بينما', 'حتى', 'إلى', 'أو',
  'حيث', 'تقريبا', 'ثم', 'جون', 'دبليو', 'إف', 'بي', 'آي', 'إم', 'وإتش', 'د', 'م', 'ق', 'ه', 'ود',
  'وم', 'وأ', 'ة',
];
const SEPARATORS = [' ', ' ', ' ', '. ', '.', '.. ', '..', '... ', '… ', '؟ ', '! ', '\n', ' 530 ', ' 1990 ', ': 1. ', ' C. ', ' - '];
const HARAKAT = ['', '', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u064c', '\u064d', '\u0651\u064e'];

/** A text of list words and the same text with a haraka (or none) after every letter. */
const vowelledPair = fc
  .array(
    fc.tuple(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...SEPARATORS),
      fc.array(fc.constantFrom(...HARAKAT), { minLength: 8, maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((parts) => {
    let bare = '';
    let vowelled = '';
    const kept: number[] = []; // kept[i]: characters of `bare` before offset i of `vowelled`
    for (const [word, separator, marks] of parts) {
      for (let i = 0; i < word.length; i++) {
        kept.push(bare.length);
        vowelled += word[i]!;
        bare += word[i]!;
        for (let k = 0; k < marks[i % marks.length]!.length; k++) kept.push(bare.length);
        vowelled += marks[i % marks.length]!;
      }
      for (const c of separator) {
        kept.push(bare.length);
        vowelled += c;
        bare += c;
      }
    }
    kept.push(bare.length);
    return { bare, vowelled, kept };
  });

describe('sentences: harakat never move a boundary', () => {
  test.prop([vowelledPair], { numRuns: 300 })(
    'the vowelled text ends its sentences where the bare text does',
    ({ bare, vowelled, kept }) => {
      const ends = sentences(vowelled).map((s) => kept[s.end]);
      expect(ends).toStrictEqual(sentences(bare).map((s) => s.end));
    },
  );
});
