// Sentence-boundary cases from QA round 13: ANT news (news-007) and Wikipedia (news-011)
// paragraphs read by eye, and the words that follow a mid-line ellipsis in running text in the
// 16 unlabeled files. Every sentence here is invented in the shape of an error class met in the
// corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: a source, a conclusion or a topic after a mid-line ellipsis', () => {
  it('splits before a source that leads the next statement', () => {
    expect(split('اعتقلت الشرطة عددا من الشبان في وسط المدينة.. وبحسب مصادر محلية أفرج عن اثنين منهم.')).toStrictEqual([
      'اعتقلت الشرطة عددا من الشبان في وسط المدينة..',
      'وبحسب مصادر محلية أفرج عن اثنين منهم.',
    ]);
    expect(split('ارتفع عدد الزوار في الصيف الماضي بشكل كبير.. ووفقا للتقرير السنوي زاد العدد مرتين.')).toHaveLength(2);
    expect(split('ارتفع عدد الزوار في الصيف الماضي بشكل كبير.. ووفقاً للتقرير السنوي زاد العدد مرتين.')).toHaveLength(2);
    expect(split('ارتفع عدد الزوار في الصيف الماضي بشكل كبير.. وحسب الوزارة فإن العدد سيزيد.')).toHaveLength(2);
  });

  it('splits before a conclusion', () => {
    expect(split('فاز الفريق في المباراة الأخيرة من الموسم.. وبذلك صار بطلا للدوري.')).toHaveLength(2);
    expect(split('لم تعد الطريقة القديمة تناسب السوق الجديدة... وعليه، قررت الشركة تغييرها.')).toHaveLength(2);
  });

  it('splits before a topic lead-in', () => {
    expect(split('خرج المصاب الأول من المستشفى صباح اليوم.. وبالنسبة للمصاب الثاني فحالته مستقرة.')).toStrictEqual([
      'خرج المصاب الأول من المستشفى صباح اليوم..',
      'وبالنسبة للمصاب الثاني فحالته مستقرة.',
    ]);
    expect(split('تعاقد النادي مع حارس جديد هذا الأسبوع.. بالنسبة للمدافع فلن يرحل.')).toHaveLength(2);
    expect(split('أصيب الرجل بجروح خفيفة في الحادث أمس.. وعن تفاصيل الحادث قال الشاهد إنه رأى كل شيء.')).toHaveLength(2);
  });

  it('splits before more fronted adverbials with و', () => {
    expect(split('افتتح المتحف أبوابه للزوار في المدينة القديمة.. ومنذ ذلك الوقت يزوره الآلاف.')).toHaveLength(2);
    expect(split('وقع الطرفان على الاتفاق في العاصمة.. وبعدها بأيام بدأ تنفيذه.')).toHaveLength(2);
    expect(split('تقصف الطائرات مواقع المسلحين في الجبال كل يوم.. وعلى الأرض تجري معارك عنيفة.')).toHaveLength(2);
    expect(split('رفض الجمهور قرار الإدارة الأخير بشدة.. ولأن المدرب لم يتكلم غضب الجميع.')).toHaveLength(2);
  });

  it('splits before «ومن» with a frame or selection, and «ومن ثم» before a verb', () => {
    expect(split('انتهت المفاوضات بين الطرفين مساء أمس.. ومن المتوقع أن يوقع الاتفاق غدا.')).toHaveLength(2);
    expect(split('حضر الحفل عدد كبير من الفنانين والكتاب.. ومن بين هؤلاء شاعر معروف.')).toHaveLength(2);
    expect(split('تعلم الطلاب في المدرسة أساليب جديدة في البحث.. ومن ثم تغيرت نتائجهم كثيرا.')).toHaveLength(2);
  });

  it('splits before «تم» «لدينا» «علينا»', () => {
    expect(split('هرب اللصوص من المتجر في منتصف الليل.. تم القبض عليهم بعد يومين.')).toHaveLength(2);
    expect(split('يعمل فريقنا بجد منذ سنوات طويلة في المصنع.. لدينا خطة واضحة للمستقبل.')).toHaveLength(2);
    expect(split('واجهنا أوقاتا صعبة كثيرة في الماضي القريب.. علينا أن نتعلم منها.')).toHaveLength(2);
  });
});

describe('sentences: guards of QA round 13 (stay one sentence)', () => {
  it('keeps a list that repeats the preposition', () => {
    expect(split('تعمل اللجنة على متابعة الطلاب في المدارس.. وعلى تدريب المعلمين.')).toHaveLength(1);
    expect(split('دافع الكاتب عن الحرية في كل كتبه.. وعن الفقراء في مقالاته.')).toHaveLength(1);
    expect(split('قال المتحدث «بالنسبة للمياه.. بالنسبة للصحة.. كل شيء جيد».')).toHaveLength(1);
  });

  it('keeps «ومن» before other words, and «ومن ثم» before a noun', () => {
    expect(split('وضعت الحكومة قانونا جديدا للإعلام في البلاد.. ومن يلتزم به فلن يخاف.')).toHaveLength(1);
    expect(split('يجب أن نجمع المعلومات عن المشروع أولا.. ومن ثم تقييم التجربة كلها.')).toHaveLength(1);
  });

  it('keeps a topic or a reason that its clause answers after the ellipsis', () => {
    expect(split('وعن التحديات التي تواجه القطاع.. قال المدير إنها كبيرة.')).toHaveLength(1);
    expect(split('ولأن الحديث يجر حديثا في المجلس.. نتساءل عن سر التأخير.')).toHaveLength(1);
  });

  it('keeps a reason after a comma apart from the adverbial after the ellipsis', () => {
    expect(split('تبكي النساء في الجنازات، لأن الرجال لا يبكون أمام الناس.. وفي بعض القرى تغني النساء.')).toHaveLength(2);
  });

  it('keeps «تم» in a relative clause opened just before', () => {
    expect(split('وقالت: "هذه هي المنطقة التي كانت في السابق... تم تجريدها من السلاح".')).toHaveLength(1);
  });

  it('keeps a two-part headline whole', () => {
    expect(split('انتهت المفاوضات بين الطرفين مساء أمس.. ومن المتوقع توقيع الاتفاق')).toHaveLength(1);
  });
});
