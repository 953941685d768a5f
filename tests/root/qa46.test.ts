import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 46: فول «fava beans» (الفول، للفول) read as فيل «elephant»; names and loanwords that
// fit a real root: عفرين → عفر, بوست → بءس, هيوم → هيم, ميلانيا → ميل, سارة → سور, يورك → ورك,
// كولفن → كلف, الكافيين → كفي, أون → ءون, بيب → بوب, يان → ءون.
describe('root: QA round 46', () => {
  test.each([
    ['الفول', 'فول'],
    ['فول', 'فول'],
    ['للفول', 'فول'],
    ['وفول', 'فول'],
    ['عفرين', undefined],
    ['بعفرين', undefined],
    ['بوست', undefined],
    ['هيوم', undefined],
    ['لهيوم', undefined],
    ['ميلانيا', undefined],
    ['وميلانيا', undefined],
    ['سارة', undefined],
    ['وسارة', undefined],
    ['لسارة', undefined],
    ['يورك', undefined],
    ['كولفن', undefined],
    ['الكافيين', undefined],
    ['والكافيين', undefined],
    ['أون', undefined],
    ['بيب', undefined],
    ['يان', undefined],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: words that must keep their root.
  test.each([
    ['فولى', 'ولي'],
    ['فولوا', 'ولي'],
    ['الفيل', 'فيل'],
    ['كسارة', 'كسر'],
    ['ساير', 'سير'],
    ['يساير', 'سير'],
    ['السيرة', 'سير'],
    ['سيرته', 'سير'],
    ['كيان', 'كون'],
    ['الآية', 'ءيي'],
    ['آيات', 'ءيي'],
    ['كافية', 'كفي'],
    ['نيويورك', undefined],
    ['واشنطن', undefined],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
