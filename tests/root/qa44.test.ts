import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 44: لاتيني، لاتينية «Latin» read as تين or ءتي; names that fit a real root: مالقة
// → ءلق, بيريا → بري, كيفين، كيفن → كيف, ميتنيك → وني, كانتون → تين, الكاوبوي → كوب; غزة as
// غزو (PADT and the Lisan: غزز); كانون as كون (كنن); ماسة «urgent» as ميس; باءت «incurred» as
// بيت; ساقية «waterwheel», الساقي «cup-bearer» as سوق; المعوزين «the needy» as معز; سائب «stray»
// with no root; للبنين «for boys» as لبن.
describe('root: QA round 44', () => {
  test.each([
    ['اللاتينية', undefined],
    ['باللاتيني', undefined],
    ['لاتينيون', undefined],
    ['مالقة', undefined],
    ['بيريا', undefined],
    ['كيفين', undefined],
    ['وكيفن', undefined],
    ['ميتنيك', undefined],
    ['الكاوبوي', undefined],
    ['كانتون', undefined],
    ['غزة', 'غزز'],
    ['بغزة', 'غزز'],
    ['كانون', 'كنن'],
    ['الماسة', 'مسس'],
    ['ماسة', 'مسس'],
    ['باءت', 'بوء'],
    ['الساقية', 'سقي'],
    ['بساقية', 'سقي'],
    ['الساقي', 'سقي'],
    ['المعوزين', 'عوز'],
    ['معوزة', 'عوز'],
    ['السائبة', 'سيب'],
    ['سائب', 'سيب'],
    ['للبنين', 'بنو'],
    ['الإتيان', 'ءتي'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: words that must keep their root.
  test.each([
    ['بلاتيني', undefined],
    ['التين', 'تين'],
    ['تكييف', 'كيف'],
    ['بائتة', 'بيت'],
    ['بيت', 'بيت'],
    ['ساقيه', 'سوق'],
    ['الساق', 'سوق'],
    ['السوق', 'سوق'],
    ['سقى', 'سقي'],
    ['الغزو', 'غزو'],
    ['غزوة', 'غزو'],
    ['يكون', 'كون'],
    ['الكون', 'كون'],
    ['الماعز', 'معز'],
    ['البنين', 'بنو'],
    ['اللبن', 'لبن'],
    ['مسؤول', 'سءل'],
    ['يمس', 'مسس'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
