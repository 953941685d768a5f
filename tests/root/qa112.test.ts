import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 112: a bare two-letter noun after the preposition ب or ل was read as the imperative
// of a hollow verb: لسد «to block» → سود, لفض «to break up» → فوض, بشط «on the shore» → شوط,
// بصد → صيد, بكف → كيف (the fillers of a stem with no proclitic, where قل، كن are imperatives).
// A preposition takes a noun, never an imperative, so after ب and ل (not the article, which had
// this already; not ك, rarer than a first radical ك; not و and ف, which take imperatives) the
// stem gets the fillers of a bare noun after the article: doubled before hollow or defective
// (stemAfterPreposition in analyze.ts). ببن is ب + بن, of بنو like ابن. The loanword لتر «litre»,
// which that sent from تور to وتر, joins LOANWORDS with ليتر and their endings.
// Invented sentences.
describe('root: QA round 112', () => {
  // «خصصت الحكومة مبلغا لسد العجز», «طالبت اللجنة بسد الثغرات», «تدخلت الشرطة لفض الاعتصام»,
  // «أمرت المحكمة بفض الشراكة», «جلس المصطافون بشط البحر», «تعهد ألا يبوح بسر من أسرار العمل»,
  // «استعانت البلدية بجرار لجر الشاحنة», «تكفلت القوات بصد الهجوم», «اتهم الجاسوس بدس السم»,
  // «ضرب الطاولة بكف يده», «سلمت المحكمة حضانة الطفل لعم أبيه», «قام العمال بصب الخرسانة»,
  // «أعلن البنك خطة لسك عملة جديدة», «يقوم الجزار بحز اللحم», «عقد الاجتماع ببن عروس»,
  // «رصدت الوزارة مليونا لسدّ النقص», «ارتفع سعر لتر البنزين», «تستهلك السيارة ستة لترات»,
  // «يباع ليتر الحليب بدينار»
  test.each([
    ['لسد', 'سدد'],
    ['بسد', 'سدد'],
    ['لفض', 'فضض'],
    ['بفض', 'فضض'],
    ['بشط', 'شطط'],
    ['بسر', 'سرر'],
    ['لجر', 'جرر'],
    ['بصد', 'صدد'],
    ['بدس', 'دسس'],
    ['بكف', 'كفف'],
    ['لعم', 'عمم'],
    ['بصب', 'صبب'],
    ['لسك', 'سكك'],
    ['بحز', 'حزز'],
    ['ببن', 'بنو'],
    ['لسدّ', 'سدد'],
    ['لتر', undefined],
    ['لترات', undefined],
    ['ليتر', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: after و and ف a bare hollow stem is still the imperative («وقل لهم», «فقل الحق»);
  // after ك a first radical ك keeps its root («عاش في كمد», «كست الثلوج الجبال»); a three-letter
  // word that starts with ب or ل keeps its own root («بحث الوزير», «لبن الإبل», «بيد أن»,
  // «فسد الطعام»); the listed defective nouns stay defective («قتل بدم بارد», «قال لأخ له»);
  // and a doubled noun stays doubled («لحل الأزمة», «للحد من الخسائر»).
  test.each([
    ['وقل', 'قول'],
    ['فقل', 'قول'],
    ['كمد', 'كمد'],
    ['كست', 'كسو'],
    ['بحث', 'بحث'],
    ['لبن', 'لبن'],
    ['بيد', 'بيد'],
    ['فسد', 'فسد'],
    ['بدم', 'دمو'],
    ['لأخ', 'ءخو'],
    ['لحل', 'حلل'],
    ['للحد', 'حدد'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
