// Sentence-boundary cases from QA round 37: after a mid-line ellipsis a bare «قد» before an
// imperfect (may) opens a statement of its own that needs nothing before the ellipsis («… لا أملك
// تفسيرا لهذا.. قد يكون هناك …», «.. قد تبدو هذه الفترة …», «.. قد نفكر في …»), while «قد» before
// a perfect mostly completes a subject or a clause left open there and stays («تناولك للواقع..
// قد تمحور …»). So do «قد» after a verb of saying, inside a quotation opened just before, after a
// headline's short topic («… على واتساب.. قد يورطك!») or a sentence that is still a noun phrase.
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: «قد» before an imperfect after a mid-line ellipsis', () => {
  it('opens a sentence before «قد» + an imperfect in «ي»', () => {
    expect(split('لا أجد تفسيرا واضحا لأحداث الأمس في القرية الصغيرة.. قد يكون هناك سبب لا نعرفه.')).toStrictEqual([
      'لا أجد تفسيرا واضحا لأحداث الأمس في القرية الصغيرة..',
      'قد يكون هناك سبب لا نعرفه.',
    ]);
    expect(split('تحدثنا طويلا عن جدوى التدخل في هذه الأزمة المعقدة.. قد يرى البعض أن التدخل ضروري.')).toHaveLength(2);
  });

  it('opens a sentence before «قد» + an imperfect in «ت» or «ن» the corpus knows', () => {
    expect(split('اعتمد الشاب على بعض المال الذي ادخره من عمله القليل.. قد تبدو هذه الفترة صعبة على أي شاب.')).toStrictEqual([
      'اعتمد الشاب على بعض المال الذي ادخره من عمله القليل..',
      'قد تبدو هذه الفترة صعبة على أي شاب.',
    ]);
    expect(split('قال الباحث إن الطيور تبحث عن الأمان بعيدا عن المدن الكبيرة.. قد نفكر في أننا لا نترك أثرا.')).toHaveLength(2);
  });

  it('keeps «قد» before a perfect', () => {
    expect(split('وكتب الناقد عن الرواية الجديدة أن تناول الكاتب للواقع في أعماله.. قد تمحور حول الريف.')).toHaveLength(1);
    expect(split('وأكد المدرب أن الفريق لعب مباراة قوية أمام منافسه العنيد.. قد أصبح جاهزا للبطولة.')).toHaveLength(1);
  });

  it('keeps it after a verb of saying, inside a quotation or after a short topic', () => {
    expect(split('يرى البعض أن رجال الدين أظهروا رفضهم لهذه الأفكار المتطرفة فنقول.. قد يكون هذا صحيحا.')).toHaveLength(1);
    expect(split('وأضاف الخبير "هذه الموجة الباردة... قد تشكل خطرا على كبار السن".')).toHaveLength(1);
    expect(split('حذف الرسائل على واتساب.. قد يورطك!')).toHaveLength(1);
    expect(split('إذا كان الوزير قد وافق على الخطة الجديدة في الاجتماع.. قد يتغير كل شيء.')).toHaveLength(1);
  });
});
