// Sentence-boundary cases from QA round 36: after a mid-line ellipsis a bare «ليس» «ليست» mostly
// goes on with the clause before («جائزة عظيمة.. ليست بالسهلة», «.. ليس فقط في …»), but before a
// fronted predicate of existence («هناك» «ثمة», «لدى» «عند» «أمام» «ل» with a pronoun) it opens a
// clause whose subject comes after it and which needs nothing before the ellipsis («… أو الرياضيات..
// ليس ثمة إشكالية …», «.. ليست لدينا طلبات …»); so do «.. ليس هذا فقط بل …» (not only this) and
// «.. ليس (من) الطبيعي أن …» (it is not … that). Other «ليس» stay, and so do these after a verb of
// saying or inside a quotation opened just before.
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a negated existential after a mid-line ellipsis', () => {
  it('opens a sentence before «ليس هناك» «ليس ثمة»', () => {
    expect(split('درس الطلاب الرياضيات والفيزياء والكيمياء في المدرسة.. ليس ثمة مشكلة في فهم هذه المواد.')).toStrictEqual([
      'درس الطلاب الرياضيات والفيزياء والكيمياء في المدرسة..',
      'ليس ثمة مشكلة في فهم هذه المواد.',
    ]);
    expect(split('انتظر السكان وصول المساعدات طوال الأسبوع الماضي دون جدوى.. ليس هناك طريق آخر إلى القرية.')).toHaveLength(2);
  });

  it('opens a sentence before «لدى» «أمام» «ل» with a pronoun', () => {
    expect(split('لم نعد نرغب في السفر إلى الخارج خلال الصيف الحار.. ليس لدينا وقت للإجازات الطويلة.')).toStrictEqual([
      'لم نعد نرغب في السفر إلى الخارج خلال الصيف الحار..',
      'ليس لدينا وقت للإجازات الطويلة.',
    ]);
    expect(split('أغلقت الحكومة الحدود وقطعت العلاقات مع جيرانها... ليس أمام هذه الدول خيار سوى الحوار.')).toHaveLength(2);
    expect(split('عاد اللاعب إلى بلده بعد سنوات من الغربة الطويلة.. ليست له رغبة في الرحيل مرة أخرى.')).toHaveLength(2);
  });

  it('opens a sentence before «ليس هذا فقط» and «ليس من الطبيعي أن»', () => {
    expect(split('حضر الوزير كل الاجتماعات الإقليمية والدولية هذا العام.. ليس هذا فقط بل ألقى كلمة في كل منها.')).toHaveLength(2);
    expect(split('رفض النادي كل طلبات اللاعب خلال الموسم الماضي.. ليس من الطبيعي أن يتم تجاهل رسائله.')).toStrictEqual([
      'رفض النادي كل طلبات اللاعب خلال الموسم الماضي..',
      'ليس من الطبيعي أن يتم تجاهل رسائله.',
    ]);
    expect(split('سأل الناس عن موعد الرحلة القادمة إلى القمر وتكاليفها.. ليس المهم أن نصل بل أن نعود.')).toHaveLength(2);
  });

  it('keeps «ليس» that goes on with the clause before', () => {
    expect(split('حصل الكاتب على جائزة عظيمة في حفل كبير بالعاصمة.. ليست بالسهلة على أحد.')).toHaveLength(1);
    expect(split('انتشرت هذه الظاهرة في المدارس والجامعات بشكل متزايد.. ليس فقط في المدن الكبيرة.')).toHaveLength(1);
    expect(split('تحدث المسؤولون عن الأزمة في الاجتماعات الرسمية كلها.. ليس في الجوامع فقط بل في الشوارع.')).toHaveLength(1);
    expect(split('جاء الرد من أعداء المملكة في الخارج هذه المرة.. ليس من الصهيونية ولا من غيرها.')).toHaveLength(1);
    expect(split('كانت خطوات الإصلاح في المجلس بطيئة ومتعثرة جدا.. ليس هذا الطريق الصحيح.')).toHaveLength(1);
  });

  it('keeps it after a verb of saying or inside a quotation opened just before', () => {
    expect(split('وقال الرئيس إن "بلادنا أمة مسالمة... ليس لديها أي خطط عدوانية".')).toHaveLength(1);
    expect(split('وعن الطلبات الرسمية من الجانب الآخر حول هذه المسألة قال.. ليس هناك أي طلب.')).toHaveLength(1);
  });
});
