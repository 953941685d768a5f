// Sentence-boundary cases from QA round 24: after a mid-line ellipsis, و + a verb in no word list
// («… لتنظيف الشواطئ.. وأسفرت الحملة عن …», «.. ويتحدث المسؤولون …»), «.. وليست كل …» and «.. ولا
// أخفي …» ran on instead of opening a sentence, and so did a verb after «ق.م.» («… عام 427 ق.م.
// عاش …»). Leftovers of round 23 in news-003 and news-014; a test of shape alone takes as many
// nouns («.. وأسر الشهداء»). Now a word is a verb when the segmenter's corpus lexicon knows it
// as one (rarely with the article, other persons or tenses of it seen), looked up in the table
// that scripts/build-sentence-verbs.ts generates from it (`isKnownVerb`, an object pronoun set
// aside), with the guards of «.. وتم» «.. وبدأ»; an imperfect after «أن» or a relative clause goes
// on with it. The bundle size of `sentences` alone is tested in tests/package/bundle.test.ts.
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: و + a verb the corpus knows after a mid-line ellipsis', () => {
  it('opens a new sentence with و + a perfect or an imperfect verb', () => {
    expect(split('نظمت الجمعية حملة واسعة لتنظيف الشواطئ في الصيف الماضي.. وأسفرت الحملة عن جمع أطنان من النفايات.')).toStrictEqual([
      'نظمت الجمعية حملة واسعة لتنظيف الشواطئ في الصيف الماضي..',
      'وأسفرت الحملة عن جمع أطنان من النفايات.',
    ]);
    expect(split('أعلنت الوزارة عن خطة جديدة لتطوير الطرق في المدن الكبرى.. ويتحدث المسؤولون عن كلفة عالية.')).toStrictEqual([
      'أعلنت الوزارة عن خطة جديدة لتطوير الطرق في المدن الكبرى..',
      'ويتحدث المسؤولون عن كلفة عالية.',
    ]);
    expect(split('اجتمع ممثلو الأحزاب في العاصمة لبحث الأزمة السياسية.. وأكدوا أن الحوار هو الطريق الوحيد.')).toStrictEqual([
      'اجتمع ممثلو الأحزاب في العاصمة لبحث الأزمة السياسية..',
      'وأكدوا أن الحوار هو الطريق الوحيد.',
    ]);
    // with harakat, and with an object pronoun
    expect(split('كتب الشاعر قصائد كثيرة عن مدينته القديمة.. وَجَعَلَهَا عنوانا لديوانه الأول.')).toHaveLength(2);
  });

  it('opens a new sentence with «وليست» before a fronted predicate and «ولا أخفي»', () => {
    expect(split('تملك بعض الأسر بيوتا واسعة في الريف القريب.. وليست كل عائلة قادرة على السفر.')).toStrictEqual([
      'تملك بعض الأسر بيوتا واسعة في الريف القريب..',
      'وليست كل عائلة قادرة على السفر.',
    ]);
    expect(split('شاركت في ندوات كثيرة عن التعليم خلال السنوات الماضية.. ولا أخفي أنني تعبت من التكرار.')).toStrictEqual([
      'شاركت في ندوات كثيرة عن التعليم خلال السنوات الماضية..',
      'ولا أخفي أنني تعبت من التكرار.',
    ]);
  });

  it('ends the sentence at «ق.م.» before a verb the corpus knows', () => {
    expect(split('ولد الفيلسوف المعروف عام 427 ق.م. عاش معظم حياته متنقلا.')).toStrictEqual([
      'ولد الفيلسوف المعروف عام 427 ق.م.',
      'عاش معظم حياته متنقلا.',
    ]);
  });

  it('goes on where the word after و is no verb or continues the clause', () => {
    // nouns that take the article, and a word whose و is its own letter
    expect(split('زار الوزير المدينة القديمة وأسواقها الشعبية.. وأسر الشهداء في الحي الشرقي.')).toHaveLength(1);
    expect(split('زار الطلاب متحف المدينة للتعرف على تاريخ الفن.. واضع هذه اللوحة فنان مجهول.')).toHaveLength(1);
    expect(split('انتظرنا وصول الضيوف في القاعة الكبرى حتى المساء.. ولا أحد منهم حضر.')).toHaveLength(1);
    // an imperfect that continues a relative clause or a clause of «أن»
    expect(split('أقدم المدرب على الخطوة التي ستختصر المسافات.. وتفتح الأبواب المغلقة.')).toHaveLength(1);
    expect(split('نريد أن تتسع دائرة المنافسة في الدوري هذا الموسم.. وتشتد على البطولات.')).toHaveLength(1);
    // «أنه» is no verb, though the table holds «أنهك» without its pronoun; «وأسكنه» of a prayer is
    // seen whole more often than «أسكنه»
    expect(split('تحدث الكاتب طويلا عن أيام الدراسة في مدينته الصغيرة.. وأنه كان يحب القراءة منذ صغره.')).toHaveLength(1);
    expect(split('اللهم اغفر له وارحمه وعافه واعف عنه ونقه من الخطايا كما ينقى الثوب الأبيض.. وأسكنه فسيح جناتك.')).toHaveLength(1);
    // «وليس» that sets a word against the one before, and a two-part headline
    expect(split('استطاعت الرسامة أن تجعل الألم واقعا قاسيا.. وليس ألما مقدسا.')).toHaveLength(1);
    expect(split('الحكومة تعلن خطة جديدة لدعم المزارعين.. وتتحدث عن كلفتها')).toHaveLength(1);
    // a date that a preposition fronts leads the verb after «ق.م.»
    expect(split('انتشرت الزراعة في الوادي، وفي عام 586 ق.م. هزم البابليون المملكة.')).toHaveLength(1);
  });

  it('keeps every sentence a slice of the input', () => {
    const text = 'نظمت الجمعية حملة واسعة في الصيف الماضي.. وأسفرت عن نتائج طيبة.. ولا أخفي سعادتي. ثم انتهى.';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
