// Sentence-boundary cases from QA round 39: after a mid-line ellipsis «ل» of command with a verb
// of the first person plural says «let us», a sentence of its own that needs nothing before the
// ellipsis: bare with a verb of LET_US («… المدافع عن حقوقه.. لنأخذ على سبيل المثال …», «..
// لننتظر ونرى»), or with «ف» «و» before it and any verb the corpus knows («.. فلنبدأ بالعمل»,
// «.. ولنتذكر أن …»). «ل» of purpose («.. لنحصل على …»), a bare «لن…» after an exhortation (its
// purpose), a «ف» that answers a condition, «ولنا» and a headline keep it in the sentence.
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: «let us» (ل + a verb of the first person plural) after a mid-line ellipsis', () => {
  it('opens a sentence before a bare «لن…» of the verbs that turn to the reader', () => {
    expect(split('من المفترض أن يدافع المجلس عن حقوق المواطنين في كل مكان.. لنأخذ على سبيل المثال قانون العمل.')).toStrictEqual([
      'من المفترض أن يدافع المجلس عن حقوق المواطنين في كل مكان..',
      'لنأخذ على سبيل المثال قانون العمل.',
    ]);
    expect(split('قال المدرب إن اللاعب تعافى من الإصابة تماما.. لننتظر ونرى متى يعود إلى الملعب.')).toHaveLength(2);
    expect(split('هذه الخطة تبدو جيدة على الورق لكنها لم تجرب بعد.. لنفترض أنها نجحت في العام الأول.')).toHaveLength(2);
  });

  it('opens a sentence before «فلن…» and «ولن…» with a verb', () => {
    expect(split('وهذه الرؤية الجديدة لا يتفق معها الكثيرون في الحزب.. فلننتظر لنرى.')).toStrictEqual([
      'وهذه الرؤية الجديدة لا يتفق معها الكثيرون في الحزب..',
      'فلننتظر لنرى.',
    ]);
    expect(split('يجب أن يشارك جميع المختصين في وضع خطط العلاج الطويلة.. ولنتذكر أن الأمن مسؤولية الجميع.')).toHaveLength(2);
    expect(split('لقد خسرنا الكثير في السنوات الماضية بسبب الخلافات.. فلنواجه المستقبل معا.')).toHaveLength(2);
  });

  it('keeps «ل» of purpose, a purpose after an exhortation and a «ف» that answers a condition', () => {
    expect(split('يجب بيع اللاعب الآن بينما لا تزال قيمته مرتفعة.. لنحصل على مبلغ كبير.')).toHaveLength(1);
    expect(split('فلنعمل معا ولنجتهد في عملنا كل يوم.. لنأخذ بلادنا نحو الصدارة.')).toHaveLength(1);
    expect(split('إذا أردنا أن ننجح في هذا المشروع الكبير.. فلنبدأ بالعمل الجاد.')).toHaveLength(1);
  });

  it('keeps «ولنا», a headline and a quotation of a few words', () => {
    expect(split('لقد قدم الفريق موسما رائعا هذا العام.. ولنا في ذلك عبرة.')).toHaveLength(1);
    expect(split('المدرب يتحدث عن الإصابة.. لننتظر')).toHaveLength(1);
    expect(split('وقال: "نحن بخير.. لنأخذ قسطا من الراحة".')).toHaveLength(1);
  });
});
