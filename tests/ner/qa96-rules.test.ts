// QA round 96 (news-000, SaudiNewsNet, and news-015, Wikipedia): «لي» "to me" read as the
// surname Li/Lee (dropToMe in src/ner/rules.ts, `takesToMe`): a one-word PERS «لي» is dropped
// after a verb or noun with an object or possessive pronoun «ه/ها/هم/هما» («قلته [لي]», «قدمها
// [لي]», «ودعمه [لي]»), after a plural verb «…ون/…وا» («يصفقون [لي]»), after a word in the
// indefinite accusative written with its tanween («إكرامًا [لي]»), and after a few more verbs
// that take «لي» («هيأ», «تعالي», «حصل», «يعتذر», «لا تقل»). The surname after a title, a family
// word or a verb it is the subject of stays («السيدة [لي]», «أسرة [لي]», «قام [لي] بزيارة»).
// And a ruler's name and ordinal the model left O before his title, bare or after «هو/هي»
// (labelRulerOrdinals): «سانتشو السابع ملك [نافارة]» → «[سانتشو السابع] ملك [نافارة]».
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';
const L = 'B-LOC';

describe('QA round 96: «لي» "to me" after a suffixed, plural or accusative word', () => {
  it('drops «لي» after a word with a pronoun suffix', () => {
    expect(rules('شرحت المعلمة الدرس وأعادته لي مرة أخرى', [O, O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('أشكر أخي على دعمه لي طوال السنة', [O, O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('أرسلت الشركة هديتها لي في العيد', [O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('drops «لي» after a plural verb', () => {
    expect(rules('كان الطلاب يصفقون لي بحرارة', [O, O, O, B, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('الأصدقاء قدموا لي نصيحة مفيدة', [O, O, B, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  it('drops «لي» after an accusative with its tanween and after verbs that take it', () => {
    expect(rules('أقام الفريق حفلا تكريمًا لي بعد الفوز', [O, O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('هيأ لي والدي كل الظروف', [O, B, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('لقد حصل لي موقف غريب', [O, O, B, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  it('guard: the surname Li/Lee stays', () => {
    expect(rules('قالت السيدة لي إن الرواية جديدة', [O, O, B, O, O, O]).tags).toEqual([O, O, B, O, O, O]);
    expect(rules('تملك أسرة لي حصة كبيرة في الشركة', [O, O, B, O, O, O, O]).tags).toEqual([O, O, B, O, O, O, O]);
    expect(rules('قام لي بزيارة إلى المدينة', [O, B, O, O, O]).tags).toEqual([O, B, O, O, O]);
    expect(rules('ويعرف الرجل بكنيته لي في الحي', [O, O, O, B, O, O]).tags).toEqual([O, O, O, B, O, O]);
    expect(rules('برع المخرج لي في فيلمه الأخير', [O, O, B, O, O, O]).tags).toEqual([O, O, B, O, O, O]);
  });
});

describe('QA round 96: a ruler\'s name and ordinal before his title', () => {
  it('labels the name and the ordinal before a bare title', () => {
    expect(rules('حكم سانتشو السابع ملك نافارة مدة طويلة', [O, O, O, O, L, O, O]).tags).toEqual([O, B, I, O, L, O, O]);
    expect(rules('كان فليكس الأول هو بابا روما', [O, O, O, O, O, L]).tags).toEqual([O, B, I, O, O, L]);
    expect(rules('انتصر الإسكندر على داريوس الثالث ملك الفرس', [O, B, O, O, O, O, O]).tags).toEqual([O, B, O, B, I, O, O]);
    expect(rules('حارب فيكتور عمانويل الثالث ملك إيطاليا', [O, O, O, O, O, L]).tags).toEqual([O, B, I, I, O, L]);
  });
  it('guard: no name without a title after the ordinal, nor a title of the other gender', () => {
    expect(rules('الكتاب الثاني هو الأهم', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('وأعطى ابنه الثاني ملكه كله', [O, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
  });
});
