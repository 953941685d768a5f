import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 82: foreign names and loanwords read as Arabic roots, now listed with no root:
// بيكيت (Beckett, was بكي), إنجيه (İnce, نجو), مارين (Marine, Marin; مور), رايت (Wright, Right;
// روي), دودي (Dodi; دود), كارت (Kart, «card»; كور), كينج (King, نجو), فريمان (Freeman, روم),
// هيلين (Helen, هول), دالي (Dalí, Daly; دول), كاين (Caen, Kane; كون), كيتا (Keïta, كوي), كيبيك
// (Quebec, كوب), روديك (Roddick, رود), زولا (Zola, زول), إيمي (Amy, Aimé; يوم), رودي (Rudy, رود),
// جولياني (Giuliani, جول), كوين (Queen, «coin»; كون), and bare only جيري (Jerry, جور) and جوبا
// (Juba, جوب).
describe('root: QA round 82', () => {
  test.each([
    ['بيكيت', undefined],
    ['إنجيه', undefined],
    ['وإنجيه', undefined],
    ['مارين', undefined],
    ['ومارين', undefined],
    ['رايت', undefined],
    ['دودي', undefined],
    ['كارت', undefined],
    ['لكارت', undefined],
    ['كينج', undefined],
    ['فريمان', undefined],
    ['هيلين', undefined],
    ['دالي', undefined],
    ['كاين', undefined],
    ['كيتا', undefined],
    ['كيبيك', undefined],
    ['لكيبيك', undefined],
    ['روديك', undefined],
    ['زولا', undefined],
    ['إيمي', undefined],
    ['رودي', undefined],
    ['ورودي', undefined],
    ['جولياني', undefined],
    ['كوين', undefined],
    ['جيري', undefined],
    ['جوبا', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: وجوبا «necessarily» keeps وجب (جوبا is listed bare only), and the Arabic words near
  // the new names keep their roots: رأيت «I saw», دودة «worm», كارثة، كيان، المارة «passers-by»،
  // زوال، دولي، رواية.
  test.each([
    ['وجوبا', 'وجب'],
    ['رأيت', 'رءي'],
    ['دودة', 'دود'],
    ['الدود', 'دود'],
    ['كارثة', 'كرث'],
    ['كيان', 'كون'],
    ['المارة', 'مرر'],
    ['مرور', 'مرر'],
    ['زوال', 'زول'],
    ['دولي', 'دول'],
    ['رواية', 'روي'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // الجيري «limy» (of «الحجر الجيري» «limestone») keeps a root: جيري is listed bare only.
  test('guard: الجيري keeps a root', () => {
    expect(root('الجيري')).toBeDefined();
  });
});
