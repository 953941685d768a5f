// QA round 102: «لحقه», «فلحقه», «ولحقها» … (the verb «لحق» + its object) and the name «وهبة».
// 1. The word analysis reads «لحقه» ل + «حق» + ه (for his right). In running text (applyContext,
//    isLahiqa, extended from round 98's bare «لحق») it is now «لحق» + ه, the verb with its object,
//    after «ما», «عما», «من», «ثم», «قد», a relative pronoun or «حين», «عندما», before «من» or
//    «بعد», and after و ف but before «في»; «طبقا لحقها», «ولحقه في العودة» keep ل + «حق».
// 2. «وهبة» (also «وهبه») after a title («الشيخ», «الدكتور»), after a given name with no surname in
//    «ال» after it, or before «باشا», «بك» is the name Wahba, kept whole, not و + «هبة» (and a
//    gift) nor «وهب» + ه; never before «الله».
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«لحقه», the verb «لحق» + its object', () => {
  test.each([
    ['عوضت الشركة العمال عما لحقهم من خسائر', 4, '[لحق]+هم'],
    ['لم ينس الرجل ما لحقها من أذى', 4, '[لحق]+ها'],
    ['هرب اللص فلحقه الشرطي حتى الشارع', 2, 'ف+[لحق]+ه'],
    ['سافر الأب إلى المدينة ولحقه ابنه بعد أسبوع', 4, 'و+[لحق]+ه'],
    ['تقدم العداء في السباق ثم لحقه زميله', 5, '[لحق]+ه'],
    ['غادر الوزير القاعة لحقه بعد دقائق مساعده', 3, '[لحق]+ه'],
    ['سقط الجدار على من لحقهم الضرر', 4, '[لحق]+هم'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['طالب المواطن بالاعتراف لحقه في السكن', 3, 'ل+[حق]+ه'],
    ['تمسك الشعب بأرضه ولحقه في العودة', 3, 'و+ل+[حق]+ه'],
    ['رفعت الدعوى طبقا لحقها القانوني', 3, 'ل+[حق]+ها'],
    ['أصلحت البلدية الضرر الذي لحق بالمدينة', 4, '[لحق]'],
    ['دعا إلى احترام كامل لحق الشعوب', 4, 'ل+[حق]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});

describe('«وهبة», the name Wahba', () => {
  test.each([
    ['توفي الشيخ وهبة الزحيلي في دمشق', 2, '[وهبة]'],
    ['كتب المؤرخ حافظ وهبة عن تاريخ الجزيرة', 3, '[وهبة]'],
    ['شكل يوسف وهبة باشا الحكومة الجديدة', 2, '[وهبة]'],
    ['حاضر الدكتور مراد وهبه في الجامعة', 3, '[وهبه]'],
    ['عرضت الفرقة مسرحية كتبها سعد الدين وهبة قبل سنوات', 6, '[وهبة]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['قدمت الدولة قرضا وهبة للمدارس', 3, 'و+[هبة]'],
    ['حضر الحفل سامي وهبة الله الخطيب', 3, 'و+[هبة]'],
    ['غنى في الحفل سامي وهبة الخوري', 4, 'و+[هبة]'],
    ['شكر الرجل ربه على ما وهبه الله من صحة', 5, '[وهب]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
