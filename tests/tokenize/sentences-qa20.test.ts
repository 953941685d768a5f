// Sentence-boundary cases from QA round 20: SaudiNewsNet (news-004) and Wikipedia-style (news-015)
// paragraphs read by eye, and every boundary the round's rule moves in the 16 unlabeled files.
// Every sentence here is invented in the shape of an error class met in the corpus; none is
// copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a spaced reference mark after the terminator', () => {
  it('closes the sentence it follows instead of standing alone at the end of the line', () => {
    expect(split('يعد النهر أطول أنهار القارة. [4]')).toStrictEqual(['يعد النهر أطول أنهار القارة. [4]']);
    expect(split('زار الوفد المدينة. ثم عاد إلى العاصمة. [12] [13]')).toStrictEqual([
      'زار الوفد المدينة.',
      'ثم عاد إلى العاصمة. [12] [13]',
    ]);
  });

  it('closes the sentence it follows instead of opening the next one', () => {
    expect(split('يعد النهر أطول أنهار القارة. [4] ويمر بعشر دول.')).toStrictEqual([
      'يعد النهر أطول أنهار القارة. [4]',
      'ويمر بعشر دول.',
    ]);
    expect(split('أطلق المسبار في شهر نوفمبر. [7] [8] [9] ثم وصل إلى المدار بعد عام.')).toStrictEqual([
      'أطلق المسبار في شهر نوفمبر. [7] [8] [9]',
      'ثم وصل إلى المدار بعد عام.',
    ]);
    expect(split('قال المدير إن "العمل مستمر". [21] وأضاف أن الخطة جاهزة.')).toStrictEqual([
      'قال المدير إن "العمل مستمر". [21]',
      'وأضاف أن الخطة جاهزة.',
    ]);
    expect(split('هل كان الملك شاعرا؟ [3] تقول المصادر إنه كتب قصائد كثيرة.')).toStrictEqual([
      'هل كان الملك شاعرا؟ [3]',
      'تقول المصادر إنه كتب قصائد كثيرة.',
    ]);
    // a glued mark then a spaced one
    expect(split('بلغ عدد السكان مليونا.[5] [6] وتضاعف بعد عشر سنوات.')).toStrictEqual([
      'بلغ عدد السكان مليونا.[5] [6]',
      'وتضاعف بعد عشر سنوات.',
    ]);
  });

  it('leaves marks on the next line, words in brackets and long numbers as they were', () => {
    // a mark on the next line opens it
    expect(split('يعد النهر أطول أنهار القارة.\n[4] ويمر بعشر دول.')).toStrictEqual([
      'يعد النهر أطول أنهار القارة.',
      '[4] ويمر بعشر دول.',
    ]);
    // words in square brackets (a quoted word, an editor's note) are no reference mark
    expect(split('قرأ الآية [وَاصْبِرُوا]. [وَاتَّقُوا] آية أخرى.')).toHaveLength(2);
    // a year in brackets is no footnote
    expect(split('تأسست المدينة قديما. [1850] هو عام تأسيسها.')).toHaveLength(2);
    // a mark inside the sentence stays where it was
    expect(split('يعد النهر [4] أطول أنهار القارة. ويمر بعشر دول.')).toStrictEqual([
      'يعد النهر [4] أطول أنهار القارة.',
      'ويمر بعشر دول.',
    ]);
    // a numbered part in round brackets is left alone
    expect(split('رسائل إلى صديق! (2)')).toStrictEqual(['رسائل إلى صديق!', '(2)']);
  });
});
