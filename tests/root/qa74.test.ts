import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 74: the seed list gains صيدل, so that صيدلية «pharmacy», الصيدلة «pharmacy (the
// art)», صيدلي «pharmacist» and الصيادلة «pharmacists» have a root (rootless before; filed with
// its ي as سيطر and هيمن are); and foreign names whose letters fit an Arabic template are listed
// loanwords: جولي (Jolie, not جول), فراداي (Faraday, not فرد), نبتون (Neptune, not نبت), منشوريا
// (Manchuria, not نشر), بوينت (Point, not بين), الأنتيل (the Antilles, not نيل), سيلتك (Celtic,
// not سيل), جيرمي (Jeremy, not جرم); and the noun يد «hand» after the article, alone or in the
// dual (باليد، واليد، باليدين), is certain: no verb takes the article (باليد read as فاعيل of بلد).
describe('root: QA round 74', () => {
  test.each([
    ['صيدلية', 'صيدل'],
    ['الصيدلية', 'صيدل'],
    ['بالصيدلية', 'صيدل'],
    ['الصيدلة', 'صيدل'],
    ['للصيدلة', 'صيدل'],
    ['صيدلي', 'صيدل'],
    ['الصيدليات', 'صيدل'],
    ['الصيادلة', 'صيدل'],
    ['صيدلاني', 'صيدل'],
    ['جولي', undefined],
    ['وجولي', undefined],
    ['فراداي', undefined],
    ['نبتون', undefined],
    ['ونبتون', undefined],
    ['منشوريا', undefined],
    ['بوينت', undefined],
    ['الأنتيل', undefined],
    ['سيلتك', undefined],
    ['جيرمي', undefined],
    ['باليد', 'يدي'],
    ['وباليد', 'يدي'],
    ['واليد', 'يدي'],
    ['باليدين', 'يدي'],
    ['واليدان', 'يدي'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: صيد «hunting», الصياد keep صيد and صدى keeps صدي; الجولة keeps جول, نبت «plant»,
  // النباتات keep نبت, المنشورات keeps نشر, بين keeps بين, النيل keeps نيل, سيل «flood» keeps
  // سيل and جريمة keeps جرم; اليد، بيده keep يدي, والده ولد, كيده كيد and بيد «but» بيد.
  test.each([
    ['صيد', 'صيد'],
    ['الصياد', 'صيد'],
    ['الجولة', 'جول'],
    ['نبت', 'نبت'],
    ['النباتات', 'نبت'],
    ['المنشورات', 'نشر'],
    ['بين', 'بين'],
    ['النيل', 'نيل'],
    ['سيل', 'سيل'],
    ['جريمة', 'جرم'],
    ['اليد', 'يدي'],
    ['بيده', 'يدي'],
    ['والده', 'ولد'],
    ['كيده', 'كيد'],
    ['بيد', 'بيد'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
