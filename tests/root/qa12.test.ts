import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 12 (word tokens of news-014 and news-008 read by eye): each block is one error class
// that was fixed, checked on inflections and clitic forms, with guards for the words the new
// entries must leave alone.
describe('frequent words whose letters fit the wrong root', () => {
  test.each([
    ['المحلية', 'حلل'],
    ['محلي', 'حلل'],
    ['محليا', 'حلل'],
    ['المحليين', 'حلل'],
    ['محلات', 'حلل'],
    ['المحل', 'حلل'],
    ['كافية', 'كفي'],
    ['الكافية', 'كفي'],
    ['الكافي', 'كفي'],
    ['أزره', 'ءزر'],
    ['أزر', 'ءزر'],
    ['يجدي', 'جدو'],
    ['تجدي', 'جدو'],
    ['التوابل', 'تبل'],
    ['والتوابل', 'تبل'],
    ['المثانة', 'مثن'],
    ['الإغارة', 'غور'],
    ['أغارت', 'غور'],
    ['وأغار', 'غور'],
    ['امتدت', 'مدد'],
    ['احتلت', 'حلل'],
    ['فاحتلوا', 'حلل'],
    ['السمة', 'وسم'],
    ['سمات', 'وسم'],
    ['الجرة', 'جرر'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['الحل', 'حلل'],
    ['محمد', 'حمد'],
    ['كيف', undefined],
    ['الكيفية', 'كيف'],
    ['كافة', 'كفف'],
    ['وزير', 'وزر'],
    ['الوزارة', 'وزر'],
    ['يجد', 'وجد'],
    ['يجدد', 'جدد'],
    ['التجديد', 'جدد'],
    ['الغارة', 'غور'],
    ['غير', 'غير'],
    ['التغيير', 'غير'],
    ['امتداد', 'مدد'],
    ['الاحتلال', 'حلل'],
    ['سما', 'سمو'],
    ['الاسم', 'سمو'],
    ['جرت', 'جري'],
    ['الثاني', 'ثني'],
  ])('leaves %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('the feminine ending written ه after the article', () => {
  test.each([
    ['القلعه', 'قلع'],
    ['بالقلعه', 'قلع'],
    ['للمدرسه', 'درس'],
    ['الفرنسيه', undefined],
    ['الثقافيه', 'ثقف'],
    ['والحديقه', 'حدق'],
    ['الكبيره', 'كبر'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // A radical ه keeps its reading; without the article ه may be the pronoun; foreign words in
  // -ه stay rootless.
  test.each([
    ['التنبيه', 'نبه'],
    ['الاتجاه', 'وجه'],
    ['الفقه', 'فقه'],
    ['المياه', 'موه'],
    ['كتابه', 'كتب'],
    ['الباليه', undefined],
    ['الكباريه', undefined],
    ['الإليزيه', undefined],
    // Not through the re-read with ة: a lexical stem of دكتر since QA round 93.
    ['الدكتوراه', 'دكتر'],
  ])('leaves %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('roots news text uses that were missing', () => {
  test.each([
    ['أصابع', 'صبع'],
    ['بإصبعه', 'صبع'],
    ['نضارة', 'نضر'],
    ['البثور', 'بثر'],
    ['ارتطمت', 'رطم'],
    ['الارتطام', 'رطم'],
    ['تذرف', 'ذرف'],
    ['استنكفت', 'نكف'],
    ['المناكفات', 'نكف'],
    ['يتشبث', 'شبث'],
    ['الزعتر', 'زعتر'],
    ['الزعفران', 'زعفر'],
    ['الثرثرة', 'ثرثر'],
    ['الهندام', 'هندم'],
    ['المقرمشات', 'قرمش'],
    ['الصفصاف', 'صفصف'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['الصبر', 'صبر'],
    ['النظر', 'نظر'],
    ['الزعيم', 'زعم'],
  ])('leaves %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('loanwords and foreign names that fit a real root', () => {
  test.each(['الكربون', 'الميثان', 'الكادر', 'الروبيان', 'الفيفا', 'للفيفا', 'روتانا', 'ويلز', 'بوفون', 'سانتا', 'بابر', 'أراغون', 'فيردي'])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  test.each([
    ['كرب', 'كرب'],
    ['الكرب', 'كرب'],
    ['الكدر', 'كدر'],
    ['وثن', 'وثن'],
    ['السنة', 'سنو'],
    ['سيدي', 'سود'],
    ['لفيف', 'لفف'],
    ['لفيفا', 'لفف'],
  ])('leaves %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
