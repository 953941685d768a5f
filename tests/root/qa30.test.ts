import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 30: توالت «followed one another» read as تلو, عيادة «clinic» as عيد, وازدادت
// rootless (its two alefs after و looked foreign), صارم «strict» with an ending as صار + ما,
// وكيلا «as an agent» as و + the particle كيلا, the name ياسر as ي + أسر.
describe('root: QA round 30', () => {
  test.each([
    ['توالت', 'ولي'],
    ['وتوالت', 'ولي'],
    ['فتوالت', 'ولي'],
    ['عيادة', 'عود'],
    ['العيادات', 'عود'],
    ['للعيادات', 'عود'],
    ['عيادته', 'عود'],
    ['وازدادت', 'زيد'],
    ['فازدادت', 'زيد'],
    ['سيزداد', 'زيد'],
    ['ونزداد', 'زيد'],
    ['وازديادا', 'زيد'],
    ['صارما', 'صرم'],
    ['وصارماً', 'صرم'],
    ['وكيلا', 'وكل'],
    ['وكيلاً', 'وكل'],
    ['ياسر', 'يسر'],
    ['وياسر', 'يسر'],
    ['لياسر', 'يسر'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: توالى and التوالي, أعياد «feasts», عياد alone, صار and its forms, صارم and صارمة,
  // وكيل, the particle كيلا and لكيلا, يأسر «captures» with its hamza, يسار.
  test.each([
    ['توالى', 'ولي'],
    ['التوالي', 'ولي'],
    ['الأعياد', 'عيد'],
    ['عيد', 'عيد'],
    ['ازداد', 'زيد'],
    ['تزداد', 'زيد'],
    ['صار', 'صير'],
    ['صارت', 'صير'],
    ['صاروا', 'صير'],
    ['صارا', 'صير'],
    ['صارم', 'صرم'],
    ['الصارمة', 'صرم'],
    ['وكيل', 'وكل'],
    ['يأسر', 'ءسر'],
    ['يسار', 'يسر'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['كيلا', 'لكيلا'])('gives the particle %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
