// QA round 94 (news-009, ANT news, and news-011, Wikipedia; seed 346): a ruler's title, then a
// nationality adjective or the country he rules, then his name and ordinal — «الإمبراطور البيزنطي
// [جستنيان الثاني]», «الملكة الإنجليزية [إليزابيث الأولى]», «بابا [الإسكندرية]LOC [شنودة الثالث]»,
// «ملكة [بريطانيا]LOC، [إليزابيث الثانية]» — are labelled as round 93's title + name + ordinal
// (labelRulerOrdinals in src/ner/rules.ts): one or two definite adjectives in «…ي/…ية» after a
// title of RULER_TITLES, or a LOC after the title without the article (RULER_TITLES_BARE), and a
// comma, come between the title and the name. A PERS the model found there takes the ordinal
// after it («الإمبراطور اليوناني [أندرونيكوس باليولوقوس الثالث]»). A feminine ordinal follows a
// feminine title only («بلوغ الملك الإنجليزي سن العاشرة» "the age of ten"). And a ruler's bare
// title the model reads as a one-word name is the common noun (titleAsCommonNoun, used by
// dropCommonNounPersons): written with «ك» («ك[سلطان]»), before a LOC or a definite word rarely
// in a name that is no adjective («[سلطان] دارفور», «[قيصر] الروم»), after «كل/أي/لقب/هو», or
// after «و» joining it to a common noun; «أن [سلطان] أكد», «كليوباترا و[قيصر]» and «زميل [قيصر]
// السابق» stay.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';
const L = 'B-LOC';

describe('QA round 94: a ruler\'s title, a nationality or a country, then the name and ordinal', () => {
  it('labels the name and the ordinal after a title and a nationality adjective', () => {
    expect(rules('وقع الإمبراطور البيزنطي جستنيان الثاني معاهدة', [O, O, O, O, O, O]).tags).toEqual([O, O, O, B, I, O]);
    expect(rules('توفيت الملكة الإنجليزية إليزابيث الأولى بعد حكم طويل', [O, O, O, O, O, O, O, O]).tags).toEqual([O, O, O, B, I, O, O, O]);
    expect(rules('هزم الإسكندر الشاه الفارسي داريوش الثالث', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, B, I]);
  });
  it('labels the name and the ordinal after a title without the article and the country it rules', () => {
    expect(rules('دعا بابا الإسكندرية شنودة الثالث إلى الصلاة', [O, O, L, O, O, O, O]).tags).toEqual([O, O, L, B, I, O, O]);
    expect(rules('زار ملك السويد غوستاف الخامس المدينة', [O, O, L, O, O, O]).tags).toEqual([O, O, L, B, I, O]);
  });
  it('takes a comma after the adjective or the country', () => {
    expect(rules('أعلن القصر أن الملكة البريطانية ، إليزابيث الثانية ، توفيت', [O, O, O, O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, B, I, O, O]);
    expect(rules('قيل إن ملكة هولندا ، يوليانا الأولى ، تنازلت', [O, O, O, L, O, O, O, O, O]).tags).toEqual([O, O, O, L, O, B, I, O, O]);
  });
  it('extends a name the model found after the adjective or the country over the ordinal', () => {
    expect(rules('التقى الإمبراطور اليوناني أندرونيكوس باليولوقوس الثالث بالرحالة', [O, O, O, B, I, O, O]).tags).toEqual([O, O, O, B, I, I, O]);
    expect(rules('استقبل ملك إيطاليا فيكتور عمانويل الثالث الوزير', [O, O, L, B, I, O, O]).tags).toEqual([O, O, L, B, I, I, O]);
  });
  it('guard: a feminine ordinal after a masculine title is no name\'s', () => {
    expect(rules('بلغ الملك الإنجليزي سن العاشرة من عمره', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('بلغ الملك سن العاشرة من عمره', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('guard: without a title, a country or a nationality before it, nothing changes', () => {
    expect(rules('فاز المنتخب البرازيلي بالمركز الثاني', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('حل الفريق السويدي ثالثا في الدور الثاني', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('قال ملك الأردن في الخطاب الثاني', [O, O, L, O, O, O]).tags).toEqual([O, O, L, O, O, O]);
    expect(rules('استقبلت الملكة إليزابيث الثانية الضيوف', [O, O, B, O, O]).tags).toEqual([O, O, B, I, O]);
  });

  it('drops a ruler\'s bare title read as a one-word name', () => {
    expect(rules('حكم البلاد كسلطان للدولة المملوكية', [O, O, B, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('أرسل الجيش لمواجهة سلطان دارفور', [O, O, O, B, L]).tags).toEqual([O, O, O, O, L]);
    expect(rules('طلب الأمير مساعدة قيصر الروم', [O, O, O, B, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('خرجوا على سلطان المسلمين', [O, O, B, O]).tags).toEqual([O, O, O, O]);
    expect(rules('لم يستطع أي سلطان أن يصلح الجيش', [O, O, O, B, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('تولى الحكم وهو سلطان من المماليك', [O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('guard: the title as a name stays', () => {
    expect(rules('إلا أن سلطان أكد أنه لا يوجد خلاف', [O, O, B, O, O, O, O, O]).tags).toEqual([O, O, B, O, O, O, O, O]);
    expect(rules('وصلت كليوباترا وقيصر إلى القصر', [O, B, B, O, O]).tags).toEqual([O, B, B, O, O]);
    expect(rules('وقف قيصر أمام مجلس الشيوخ', [O, B, O, O, O]).tags).toEqual([O, B, O, O, O]);
    expect(rules('التقى أنطونيوس زميل قيصر السابق في روما', [O, B, O, B, O, O, L]).tags).toEqual([O, B, O, B, O, O, L]);
  });
});
