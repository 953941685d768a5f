import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 57: عمان, عمّان (Oman, Amman) and their nisbas took عمم «uncle, general» or no root
// (PADT files them under عمن); الموالين «loyalists» took مول «finance», مائل «inclined» مول,
// مابين (ما بين as one word) ءبو, and هذه، ذلك misspelt هذة، ذالك took هذي، ذيل; foreign names
// and loanwords fit real roots (السادات → سود, نواز → نزو, داروين → دري, موسوليني → وسل,
// «ذي دايلي مايل» → دول مول, آبل → ءبل, إيفل → ءفل, غلوب → غلب, جاوة → جوو, غاما → غيم,
// ميجا → موج …). أفول «decline» is pinned to ءفل, whose corpus prior fell a step with إيفل
// rootless.
describe('root: QA round 57', () => {
  test.each([
    ['عمان', 'عمن'],
    ['وعمان', 'عمن'],
    ['بعمان', 'عمن'],
    ['عمّان', 'عمن'],
    ['العماني', 'عمن'],
    ['العمانية', 'عمن'],
    ['الموالين', 'ولي'],
    ['موالون', 'ولي'],
    ['الموالون', 'ولي'],
    ['مائل', 'ميل'],
    ['المائلة', 'ميل'],
    ['مابين', 'بين'],
    ['هذة', undefined],
    ['بهذة', undefined],
    ['ذالك', undefined],
    ['لذالك', undefined],
    ['بذالك', undefined],
    ['السادات', undefined],
    ['للسادات', undefined],
    ['نواز', undefined],
    ['ونواز', undefined],
    ['داروين', undefined],
    ['موسوليني', undefined],
    ['دايلي', undefined],
    ['مايل', undefined],
    ['آبل', undefined],
    ['بآبل', undefined],
    ['جوليان', undefined],
    ['موراتي', undefined],
    ['إيخمان', undefined],
    ['آيباك', undefined],
    ['شومر', undefined],
    ['غلوب', undefined],
    ['إيفل', undefined],
    ['مارتين', undefined],
    ['دوميني', undefined],
    ['دهوك', undefined],
    ['جاوة', undefined],
    ['جالوت', undefined],
    ['غاما', undefined],
    ['ميجا', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: Arabic words that share letters with the entries above keep their roots.
  test.each([
    ['عمها', 'عمم'],
    ['عمه', 'عمم'],
    ['العامة', 'عمم'],
    ['الموالية', 'ولي'],
    ['الأموال', 'مول'],
    ['تمويل', 'مول'],
    ['المال', 'مول'],
    ['الميل', 'ميل'],
    ['بين', 'بين'],
    ['الأفول', 'ءفل'],
    ['أفول', 'ءفل'],
    ['السادة', 'سود'],
    ['سيادة', 'سود'],
    ['غلب', 'غلب'],
    ['الغالب', 'غلب'],
    ['الجو', 'جوو'],
    ['الموج', 'موج'],
    ['يدري', 'دري'],
    ['هذي', undefined],
    ['بذل', 'بذل'],
    ['ذيل', 'ذيل'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
