// Sentence-boundary cases from QA round 38: after a mid-line ellipsis «على» before a noun with the
// article, or «على» with a pronoun, then «أن» and an imperfect says who must («… في وعي التاريخ..
// على المجتمع أن يسهم …», «… بل عليك نفسك.. عليك أن تمشي …»), a statement of its own that needs
// nothing before the ellipsis. «على أن» alone (provided that), «على اعتبار أن» (a noun without the
// article), «على الأرجح» (an adverbial), a relative clause, a headline's short topic and a
// quotation whose subject a pronoun of the third person takes up keep it in the sentence.
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: «على» + a noun or a pronoun + «أن» (must) after a mid-line ellipsis', () => {
  it('opens a sentence before «على» + a noun with the article + «أن» + an imperfect', () => {
    expect(split('نحن نفخر بتاريخ طويل من العمل والبناء في هذه البلاد الواسعة.. على المجتمع أن يسهم في الإصلاح.')).toStrictEqual([
      'نحن نفخر بتاريخ طويل من العمل والبناء في هذه البلاد الواسعة..',
      'على المجتمع أن يسهم في الإصلاح.',
    ]);
    expect(split('عبرنا عن موقف الدول الأربع في بيان صحفي مشترك أمس.. على المسؤولين ألا يتأخروا في الرد.')).toHaveLength(2);
    expect(split('كل عائلة في المدينة تأثرت بهذه الأزمة الطويلة.. على العالم أن لا يتجاهل ما يحدث.')).toHaveLength(2);
  });

  it('opens a sentence before «على» with a pronoun + «أن» + an imperfect', () => {
    expect(split('لا يجب أن يفعل كل الناس مثلك في هذه المسألة، بل أنت وحدك.. عليك أن تمشي في الطريق الصحيح.')).toStrictEqual([
      'لا يجب أن يفعل كل الناس مثلك في هذه المسألة، بل أنت وحدك..',
      'عليك أن تمشي في الطريق الصحيح.',
    ]);
    expect(split('أنتم تعلمتم الكثير في الكلية خلال السنوات الأربع الماضية.. عليكم جميعا أن تبدؤوا العمل الآن.')).toHaveLength(2);
  });

  it('keeps «على أن», a noun without the article, an adverbial and «أنّ» before a noun', () => {
    expect(split('لا حل أمام الحكومة سوى البدء في حوار جاد مع كل الأطراف.. على أن يكون حوارا صريحا.')).toHaveLength(1);
    expect(split('وقالت إن الحكومة تجمع النازحين في مكان واحد بعيد عن المدن... على اعتبار أنهم خطر أمني.')).toHaveLength(1);
    expect(split('ظهرت الساعة للمرة الأولى في نهاية شهر أبريل الماضي.. على الأرجح أن يكون ذلك صحيحا.')).toHaveLength(1);
    expect(split('ظهرت الساعة للمرة الأولى في نهاية شهر أبريل الماضي.. على المسؤولين أن الخطة ناجحة.')).toHaveLength(1);
  });

  it('keeps it after a relative pronoun, a short topic or inside a quotation', () => {
    expect(split('هذه هي الأمور الكثيرة التي تراكمت منذ سنوات.. عليهم أن يعالجوها.')).toHaveLength(1);
    expect(split('أزمة المياه في المدينة.. على الحكومة أن تتحرك!')).toHaveLength(1);
    expect(split('وكتب الوزير على تويتر "من يؤمنون بالحوار وسيلة لحل الخلافات... عليهم أن يلتزموا بأدواته".')).toHaveLength(1);
  });
});
