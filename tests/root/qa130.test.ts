import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 130. A doubled استفعل before the feminine past ت went to the defective root of its
// two letters, whose corpus prior is the larger: «استبدت» (tyrannised) → بدو, «استحمت» (bathed)
// → حمي, «استدرت» → دري. For a verb of DOUBLED_ISTAF3AL with no defective twin (no استبدى،
// استحمى، استدرى) the weak readings keep the cost they have with no ending; the verbs with a
// defective twin (استعدى، استخفى، استجدى، استشفى، استحلى، استقرى) keep the round 119 costs.
// Measured over the sixteen news files: 7 types (10 tokens) change, all better. Invented phrases.
describe('root: QA round 130', () => {
  // «استبدت الحكومة برأيها»، «واستبدت به الحيرة»، «استحمت الطفلة»، «استدرت عطف الناس»
  test.each([
    ['استبدت', 'بدد'],
    ['واستبدت', 'بدد'],
    ['استحمت', 'حمم'],
    ['استدرت', 'درر'],
    ['فاستدرت', 'درر'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // unchanged: the same verbs with no ending or before a pronoun, the doubled verbs the priors
  // already read, and the pairs whose defective استفعل is a verb too
  test.each([
    ['استبد', 'بدد'],
    ['استحم', 'حمم'],
    ['استمرت', 'مرر'],
    ['استدلوا', 'دلل'],
    ['استمدت', 'مدد'],
    ['استعدت', 'عدد'],
    ['استشفت', 'شفي'],
    ['استدعت', 'دعو'],
    ['استقصت', 'قصي'],
    ['استطعت', 'طوع'],
  ])('%s → %s (unchanged)', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
