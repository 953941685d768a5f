// Sentence-boundary cases from QA round 32: leftovers of rounds 29–31, counted in news-003 and
// news-010. After a mid-line ellipsis in running text a new sentence that opened with «لو» or
// «ولو» (an unreal condition: 10 in the two files, 1 split), with «هو» «هي» before a verb (9 of
// 25 «هو» «هي», none split) or with «لا أحد» (no one) stayed in the sentence before it: «لو»
// «هو» «هي» are on no list of openers, and «أحد» after «لا» is no verb. Now `opensCondition`
// splits before «لو» «ولو» + a verb the corpus knows or «أن» «لم» «تم» (not before a noun, where
// «ولو» is «even if», nor in a quotation or brackets opened just before, nor when a «لو» before
// is taken up again), `opensPronoun` before «هو» «هي» + a verb or «لا» «لم» «قد» (not after a
// subject or topic still waiting for its predicate), and «لا أحد» + a verb opens as «لا» + a verb
// does. And `subjectWaits` no longer holds a negation or a verb after «إنه» «إنها» «إنهم» + a word
// that already begins their predicate («"إنها خطة ناقصة.. لا نقبلها"»). Invented sentences, in
// the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: «لو» «ولو» after a mid-line ellipsis', () => {
  it('opens a sentence with an unreal condition', () => {
    expect(split('تحتاج المدينة إلى طرق جديدة ومدارس كثيرة.. لو تم بناء الجسر قبل عامين لتغير كل شيء.')).toStrictEqual([
      'تحتاج المدينة إلى طرق جديدة ومدارس كثيرة..',
      'لو تم بناء الجسر قبل عامين لتغير كل شيء.',
    ]);
    expect(split('خسر الفريق المباراة الأخيرة في الدوري.. ولو أن المدرب غير خطته لفاز بسهولة.')).toHaveLength(2);
    expect(split('كان اللاعبون متعبين جدا بعد الرحلة الطويلة.. لو كان الملعب أكبر لكان الأداء أفضل.')).toHaveLength(2);
  });

  it('keeps «ولو» before a phrase (even if)', () => {
    expect(split('نحن بحاجة إلى خطة سياسية تقبل بالواقع الجديد.. ولو لفترة قصيرة من الوقت.')).toHaveLength(1);
  });

  it('keeps a condition in brackets, in a quotation or taken up again', () => {
    expect(split('وقف القائد على الشاطئ وهو يصرخ (يا رب.. لو كنت أعلم أن خلف البحر أرضا لعبرته).')).toHaveLength(1);
    expect(split('ثم التفت إليه وقال مبتسما: "يا صديقي.. لو أن غيرك قال هذا لغضبت".')).toHaveLength(1);
    expect(split('فلو فرضنا أن رجلا كريما في قومه يعامل باحترام كبير.. لو فرضنا أنه بقي وحده لما وجد أحدا.')).toHaveLength(1);
  });
});

describe('sentences: «هو» «هي» before a verb after a mid-line ellipsis', () => {
  it('opens a sentence', () => {
    expect(split('وصل الضيوف إلى البيت ولم يسألني أخي عنهم.. هو لا يهتم بالزوار أبدا.')).toStrictEqual([
      'وصل الضيوف إلى البيت ولم يسألني أخي عنهم..',
      'هو لا يهتم بالزوار أبدا.',
    ]);
    expect(split('وقال المدرب عن زميله في الفريق: كريم لاعب رائع.. هو أيضا يستمتع بالتدريب كل يوم.')).toHaveLength(2);
    expect(split('أغلق الموظف الملف ووضعه على المكتب أمام المدير.. هو يعرف أن القرار صعب.')).toHaveLength(2);
  });

  it('keeps the pronoun of a subject before the ellipsis', () => {
    expect(split('الطرق البرية في البلدان الصحراوية.. هي أهم محرك للتنمية.')).toHaveLength(1);
    expect(split('وأضافت "بالنسبة لي وبالنسبة له.. هي لا تعني شيئا".')).toHaveLength(1);
    expect(split('يرى كثير من الناس أن الحب في هذه الحياة.. هو يجعل القلب أوسع.')).toHaveLength(1);
  });
});

describe('sentences: «لا أحد» after a mid-line ellipsis', () => {
  it('opens a sentence before a verb', () => {
    expect(split('سأل الصحفيون عن موعد وصول السفينة إلى الميناء.. لا أحد يعرف الجواب حتى الآن.')).toStrictEqual([
      'سأل الصحفيون عن موعد وصول السفينة إلى الميناء..',
      'لا أحد يعرف الجواب حتى الآن.',
    ]);
    expect(split('لسنا أمام قصة حب بين أمير وأميرة من بلدين.. لا أحد منهما رأى الآخر قبل ذلك.')).toHaveLength(2);
  });

  it('keeps a list and a repeated «لا أحد»', () => {
    expect(split('يحدث شيء لا يمكنك تفسيره ولا أحد يعرف له سببا.. لا أحد من الجيران ولا من الأهل.')).toHaveLength(1);
    expect(split('قلت في المؤتمر إننا نعمل على الخطة وربما ننجح، لا أحد.. لا أحد يمكنه أن يعرف.')).toHaveLength(1);
  });
});

describe('sentences: «إنها» + its predicate before a mid-line ellipsis', () => {
  it('opens a sentence with a negated verb', () => {
    expect(split('وقال المدير للصحفيين في المؤتمر: "إنها خطة ناقصة.. لا نقبلها أبدا".')).toStrictEqual([
      'وقال المدير للصحفيين في المؤتمر: "إنها خطة ناقصة..',
      'لا نقبلها أبدا".',
    ]);
    expect(split('وأوضح المدرب بعد المباراة: إنه شيء إيجابي للفريق كله... نعلم أن الجمهور يدعمنا.')).toHaveLength(2);
  });

  it('keeps a subject that still waits for its predicate', () => {
    expect(split('إنه في هذه الأيام الصعبة من العام.. لا يكاد يخرج من بيته.')).toHaveLength(1);
    expect(split('لأنها في معظم أحياء المدينة القديمة.. لا تكاد ترى الشمس.')).toHaveLength(1);
  });
});
