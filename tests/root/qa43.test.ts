import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 43: موسيقى «music» and its adjective read as وسق; loanwords and names that fit a
// real root: سناب، شات (Snapchat) → ءبو، شتو, نيس (Nice) → نوس, هارون → هور, ساندرز → درز,
// طومسون → طمس; سلوك after و (وسلوك) as وسل; الالاف «the thousands» without its madda,
// ديمومة «permanence» and تشنج «spasm» with no root; المتلقين «the recipients» as ءلق.
describe('root: QA round 43', () => {
  test.each([
    ['الموسيقى', undefined],
    ['موسيقى', undefined],
    ['والموسيقية', undefined],
    ['للموسيقيين', undefined],
    ['موسيقي', undefined],
    ['سناب', undefined],
    ['شات', undefined],
    ['نيس', undefined],
    ['بنيس', undefined],
    ['هارون', undefined],
    ['ساندرز', undefined],
    ['طومسون', undefined],
    ['وسلوك', 'سلك'],
    ['الالاف', 'ءلف'],
    ['بالالاف', 'ءلف'],
    ['ديمومة', 'دوم'],
    ['لديمومة', 'دوم'],
    ['التشنج', 'شنج'],
    ['متشنجة', 'شنج'],
    ['المتلقين', 'لقي'],
    ['متلق', 'لقي'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: words that must keep their root.
  test.each([
    ['كنيس', 'كنس'],
    ['الكنيس', 'كنس'],
    ['السلوك', 'سلك'],
    ['وسلوكه', 'سلك'],
    ['الاف', 'ءلف'],
    ['المتلقي', 'لقي'],
    ['الاتساق', 'وسق'],
    ['متسقة', 'وسق'],
    ['دائم', 'دوم'],
    ['جاءت', 'جيء'],
    ['شنجن', undefined],
    ['تشانج', undefined],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
