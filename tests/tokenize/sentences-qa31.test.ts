// Sentence-boundary cases from QA round 31. A seeded read (seed 451) of news-006 and news-014
// found missed boundaries after a mid-line ellipsis again, several for one reason: a negation,
// a verb of VERB_OPENERS or a bare verb after the ellipsis stayed in the sentence whenever a
// word of SUBJECT_PARTICLES came in the tokens before, even when that word's clause already
// held its verb («أن تحلق …», «أنه سيحدث», «حتى الآن»), so nothing waited for a predicate.
// Now `subjectWaits` sets such clauses aside: «أن» «أنه» «أنها» «أنهم» right before a verb the
// corpus knows (also with the future's «س», or after «لم» «لن» «قد»), unless «بعد» «قبل» «منذ»
// make it a time clause, and «حتى» before «الآن» «اليوم». And «فقلت» «فقال» «بقوله» … join the
// verbs of saying, after which the ellipsis opens the reported words. Invented sentences, in the
// shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a clause of «أن» that holds its verb before a mid-line ellipsis', () => {
  it('opens a sentence with a negated verb', () => {
    expect(split('قرر الطيار أن يهبط في المطار القريب بسبب العاصفة.. لا نعرف متى تقلع الطائرة.')).toStrictEqual([
      'قرر الطيار أن يهبط في المطار القريب بسبب العاصفة..',
      'لا نعرف متى تقلع الطائرة.',
    ]);
    expect(split('كان الجميع في المدينة يعرفون أنه سيحدث.. ولا بد من خطة جديدة الآن.')).toHaveLength(2);
  });

  it('opens a sentence with a verb', () => {
    expect(split('اختارت الفرقة أن تحلق بأغانيها القديمة في الحفل الأخير.. صعد المغني إلى المسرح وغنى طويلا.')).toStrictEqual([
      'اختارت الفرقة أن تحلق بأغانيها القديمة في الحفل الأخير..',
      'صعد المغني إلى المسرح وغنى طويلا.',
    ]);
    expect(split('وقال الطبيب: "أتمنى أن يعود المرضى إلى بيوتهم قبل العيد.. أشعر بالتفاؤل هذه المرة".')).toHaveLength(2);
  });

  it('opens a sentence after «حتى الآن»', () => {
    expect(split('قدم اللاعبون أداء جيدا في كل المباريات حتى الآن.. لا يمكن أن نطلب المزيد منهم.')).toStrictEqual([
      'قدم اللاعبون أداء جيدا في كل المباريات حتى الآن..',
      'لا يمكن أن نطلب المزيد منهم.',
    ]);
  });
});

describe('sentences: an ellipsis after a verb of saying with ف or ب', () => {
  it('keeps the reported words with their verb', () => {
    expect(split('وقفت أمام أولادي في تلك الليلة الطويلة فقلت... لا تخافوا، سنعود إلى البيت قريبا.')).toHaveLength(1);
    expect(split('كتب الصحفي مقالا طويلا عن الحادث وختمه بقوله... لا يمكن أن ننسى ما جرى.')).toHaveLength(1);
  });
});

describe('sentences: guards of the clause of «أن»', () => {
  it('keeps a subject that waits for its predicate', () => {
    expect(split('وجدنا أن الصف المعادي لها في المدينة.. كان سياسيا في الأساس.')).toHaveLength(1);
    expect(split('وحتى أصغر طالب في الصف.. لن يقبل بهذا الحل أبدا.')).toHaveLength(1);
  });

  it('keeps a time clause with its answer', () => {
    expect(split('بعد أن وصل الوفد إلى المدينة القديمة.. قام الوزير بجولة في الأسواق.')).toHaveLength(1);
  });
});
