import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 39: oblique plurals of participles in مـ whose singular news writes far less
// than the plural («المتضررين», «المغتربين», «المخطوفين»: the singular, feminine and nominative
// together stand for it); imperfect plurals whose first person news never writes, licensed by
// the perfect plural of the same letters («يتظاهرون» beside «تظاهروا»); oblique duals of nouns
// in ـة whose nominative «Xتان» news hardly writes («فترتين», «درجتين», and «مرتين», twice).
describe('stem QA round 39: participles in مـ, imperfect plurals, duals of nouns in ـة', () => {
  test('a participle of persons loses ين though its singular is rare', () => {
    expect(stem('المتضررين')).toBe('متضرر');
    expect(stem('للمتضررين')).toBe(stem('المتضرر'));
    expect(stem('المغتربين')).toBe('مغترب');
    expect(stem('للمغتربين')).toBe(stem('مغترب'));
    expect(stem('المخطوفين')).toBe('مخطوف');
    expect(stem('والمختطفين')).toBe('مختطف');
    expect(stem('المشردين')).toBe('مشرد');
    expect(stem('للمعاقين')).toBe('معاق');
  });

  test('an imperfect plural goes with its singular where its perfect plural is seen', () => {
    expect(stem('يتظاهرون')).toBe(stem('يتظاهر'));
    expect(stem('ويتظاهرون')).toBe('يتظاهر');
    expect(stem('يهتفون')).toBe('يهتف');
    expect(stem('يقبعون')).toBe('يقبع');
    expect(stem('يتجمعون')).toBe('يتجمع');
    expect(stem('يتداولون')).toBe('يتداول');
    expect(stem('يتسللون')).toBe('يتسلل');
  });

  test('the oblique dual of a noun in ـة gives its singular', () => {
    expect(stem('مرتين')).toBe(stem('مرة'));
    expect(stem('ومرتين')).toBe('مرة');
    expect(stem('لفترتين')).toBe('فترة');
    expect(stem('بدرجتين')).toBe('درجة');
    expect(stem('ميداليتين')).toBe('ميدالية');
    expect(stem('القارتين')).toBe('قارة');
    expect(stem('ولايتين')).toBe(stem('الولاية'));
    expect(stem('ليلتين')).toBe('ليلة');
  });

  test('guards: names and broken plurals in ـين, names in ـون keep their letters', () => {
    // A name in ـتين has no common singular «Xة».
    expect(stem('مارتين')).toBe('مارتين');
    expect(stem('بوتين')).toBe('بوتين');
    expect(stem('كريستين')).toBe('كريستين');
    expect(stem('الأرجنتين')).toBe('ارجنتين');
    // Broken plurals in ـين leave no participle behind.
    expect(stem('ملايين')).toBe('ملايين');
    expect(stem('ميادين')).toBe('ميادين');
    // A name in ـون has no perfect plural.
    expect(stem('يانغون')).toBe('يانغون');
    expect(stem('يونسون')).toBe('يونسون');
    expect(stem('تلفزيون')).toBe('تلفزيون');
    expect(stem('ستين')).toBe('ستين');
  });
});
