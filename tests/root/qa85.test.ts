import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 85: صالة «hall» (الصالة، بصالة، صالات، صالتين) is of صول, as the dictionaries file it
// (like قاعة of قوع), not صلل، صلي or صلو, and وصالة، وصالات «and a hall, and halls» not وصل;
// أوانٍ «vessels» (الأواني، أواني) is of ءني like إناء, not وني or ءون; رنين «ringing, resonance»
// (بالرنين المغناطيسي) is of رنن, not رنو; كأي «like any» (كأي مواطن، وكأي دولة) is ك + the
// particle أي, with no root, not كوي «iron» or وكء «lean»; the loanwords ماركت (of «سوبر ماركت»)
// and ماركة، ماركات «brand» have no root (not ءرك).
describe('root: QA round 85', () => {
  test.each([
    ['صالة', 'صول'],
    ['الصالة', 'صول'],
    ['بالصالة', 'صول'],
    ['للصالة', 'صول'],
    ['صالات', 'صول'],
    ['الصالات', 'صول'],
    ['وصالة', 'صول'],
    ['وصالات', 'صول'],
    ['صالتين', 'صول'],
    ['صالتها', 'صول'],
    ['الأواني', 'ءني'],
    ['أواني', 'ءني'],
    ['والأواني', 'ءني'],
    ['بأواني', 'ءني'],
    ['الرنين', 'رنن'],
    ['بالرنين', 'رنن'],
    ['رنين', 'رنن'],
    ['ورنين', 'رنن'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['كأي', 'وكأي', 'ماركت', 'وماركت', 'ماركة', 'الماركات'])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: أصالة «authenticity» (الأصالة، وأصالته) keeps ءصل; وصال «union», اتصالات، إيصال keep
  // وصل, صلاة «prayer» صلو, صالح صلح; أوان «time» (الأوان، لأوانه) keeps ءون; قرنين «two horns,
  // centuries» keeps قرن; كوي «ironing» keeps كوي and أي، بأي، فكأي stay particles; قاعة keeps قوع;
  // بركة، مبارك keep برك, المعركة عرك and شاركت شرك.
  test.each([
    ['أصالة', 'ءصل'],
    ['الأصالة', 'ءصل'],
    ['وأصالته', 'ءصل'],
    ['وصال', 'وصل'],
    ['الاتصالات', 'وصل'],
    ['وصلت', 'وصل'],
    ['إيصال', 'وصل'],
    ['صلاة', 'صلو'],
    ['صالح', 'صلح'],
    ['الأوان', 'ءون'],
    ['لأوانه', 'ءون'],
    ['القرنين', 'قرن'],
    ['كوي', 'كوي'],
    ['قاعة', 'قوع'],
    ['وقاعة', 'قوع'],
    ['بركة', 'برك'],
    ['مبارك', 'برك'],
    ['المعركة', 'عرك'],
    ['شاركت', 'شرك'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['أي', 'بأي', 'لأي', 'فكأي'])('guard: %s is a particle (no root)', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
