import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 32: أخطاء «errors» and خطايا «sins» read as خطو «step», فرّوا «they fled» as فري,
// يفرّ «flees» as وفر, طوب «bricks» as طيب, and كى، لكى (Egyptian print's كي، لكي «so that») as كوي.
describe('root: QA round 32', () => {
  test.each([
    ['أخطاء', 'خطء'],
    ['الأخطاء', 'خطء'],
    ['والاخطاء', 'خطء'],
    ['أخطائهم', 'خطء'],
    ['خطايا', 'خطء'],
    ['والخطايا', 'خطء'],
    ['خطاياه', 'خطء'],
    ['فروا', 'فرر'],
    ['ففروا', 'فرر'],
    ['يفر', 'فرر'],
    ['يفرون', 'فرر'],
    ['تفر', 'فرر'],
    ['طوب', 'طوب'],
    ['بالطوب', 'طوب'],
    ['والطوب', 'طوب'],
    ['طوبة', 'طوب'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['كى', 'لكى'])('gives the particle %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: وفّروا «provided», وفر, يوفر, كفروا, سافروا, فر alone, طوبى «blessedness», بكى «wept»
  // (ب + كى is no particle), خطأ, أخطأ, خطوة «step», خطوات, كي, لكي.
  test.each([
    ['وفروا', 'وفر'],
    ['وفر', 'وفر'],
    ['يوفر', 'وفر'],
    ['كفروا', 'كفر'],
    ['سافروا', 'سفر'],
    ['فر', 'فرر'],
    ['طوبى', 'طيب'],
    ['بكى', 'بكي'],
    ['فبكى', 'بكي'],
    ['وبكى', 'بكي'],
    ['خطأ', 'خطء'],
    ['أخطأ', 'خطء'],
    ['خطوة', 'خطو'],
    ['الخطوات', 'خطو'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['كي', 'لكي'])('keeps the particle %s without a root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
