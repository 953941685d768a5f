import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 94: three classes. The loanword مليار «billion» had no root in any form (مليارات،
// المليار، بمليارات، ملياري) while its sister مليون read ملين: it is an irregular stem of the
// quadriliteral ملير now, the same way (as PADT files بليون under بلين). And the past of دعا
// «called» after و (ودعت «and she called», ودعي، ودعيت «and was called») read as ودّع «bade
// farewell», whose prior is the larger: دعت، دعي، دعيت alone are lexical stems of دعو. And the
// loanword إغريق «the Greeks» with its adjective إغريقي (الإغريق، الإغريقية) read غرق «drowned»;
// like يوناني it has no root now.
describe('root: QA round 94', () => {
  test.each([
    ['مليار', 'ملير'],
    ['مليارات', 'ملير'],
    ['مليارا', 'ملير'],
    ['المليار', 'ملير'],
    ['المليارات', 'ملير'],
    ['بمليارات', 'ملير'],
    ['ملياري', 'ملير'],
    ['مليارين', 'ملير'],
    ['ومليار', 'ملير'],
    ['بالمليار', 'ملير'],
    ['ودعت', 'دعو'],
    ['ودعي', 'دعو'],
    ['ودعيت', 'دعو'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    'الإغريق',
    'والإغريق',
    'الإغريقية',
    'الإغريقي',
    'إغريقية',
    'الاغريقية',
    'بالإغريقية',
    'الإغريقيين',
    'إغريقيا',
  ])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: مليون and its plural keep ملين; دعت، فدعت، دعا، ودعا keep دعو; ودعته، ودعنا،
  // ودعتك (ودّع «bade farewell» is as likely before a pronoun) and the bare ودع، وداع، توديع keep
  // ودع; أودعت «deposited» keeps ودع. غريق «drowned man», الغرق، إغراق، غرقى keep غرق.
  test.each([
    ['مليون', 'ملين'],
    ['ملايين', 'ملين'],
    ['بملايين', 'ملين'],
    ['دعت', 'دعو'],
    ['فدعت', 'دعو'],
    ['دعا', 'دعو'],
    ['ودعا', 'دعو'],
    ['دعيت', 'دعو'],
    ['ودعته', 'ودع'],
    ['ودعنا', 'ودع'],
    ['ودعتك', 'ودع'],
    ['وداع', 'ودع'],
    ['توديع', 'ودع'],
    ['أودعت', 'ودع'],
    ['غريق', 'غرق'],
    ['الغرق', 'غرق'],
    ['إغراق', 'غرق'],
    ['غرقى', 'غرق'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
