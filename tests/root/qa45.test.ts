import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 45: ضالّ «astray» (الضال، الضالين) read as ضءل «small»; يودّ، تودّ، نودّ، أودّ «would
// like» as ودي or ءيد; مأكول «eaten» (المأكولات) as وكل; مقيت «loathsome» as قوت; ملحّة «urgent»
// as ملح «salt»; names and loanwords that fit a real root: براون → بري, فلوريدا → ورد, باور →
// بور, سبور → سبر, أكوا → كوي, إنتل → تلو, أند → ندو, الألمان → ءلم, توداي → ودي.
describe('root: QA round 45', () => {
  test.each([
    ['الضال', 'ضلل'],
    ['ضال', 'ضلل'],
    ['والضالين', 'ضلل'],
    ['ضالته', 'ضلل'],
    ['يود', 'ودد'],
    ['تود', 'ودد'],
    ['ونود', 'ودد'],
    ['أود', 'ودد'],
    ['وأود', 'ودد'],
    ['يودون', 'ودد'],
    ['المأكولات', 'ءكل'],
    ['مأكولة', 'ءكل'],
    ['المقيت', 'مقت'],
    ['مقيتة', 'مقت'],
    ['الملحة', 'لحح'],
    ['ملحة', 'لحح'],
    ['براون', undefined],
    ['فلوريدا', undefined],
    ['باور', undefined],
    ['سبور', undefined],
    ['أكوا', undefined],
    ['إنتل', undefined],
    ['أند', undefined],
    ['الألمان', undefined],
    ['للألمان', undefined],
    ['توداي', undefined],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: words that must keep their root.
  test.each([
    ['بنود', 'بند'],
    ['وبنود', 'بند'],
    ['فضالة', 'فضل'],
    ['ضالع', 'ضلع'],
    ['ضئيل', 'ضءل'],
    ['يودي', 'ودي'],
    ['أودية', 'ودي'],
    ['اليود', undefined],
    ['مقيتا', 'قوت'],
    ['الملح', 'ملح'],
    ['أكل', 'ءكل'],
    ['الوكيل', 'وكل'],
    ['ألم', 'ءلم'],
    ['الألماني', undefined],
    ['الورد', 'ورد'],
    ['بند', 'بند'],
    ['وفلوريدا', undefined],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
