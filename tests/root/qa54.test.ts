import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 54: الجالية «the expatriate community» took جول, تأرجح «swung» (يتأرجح، التأرجح) found
// no root, أنا and هي as news print writes them (انا، وانا، هى، وهى، فهى) took ءني، وني، هوي، وهي,
// and foreign names and abbreviations fit real roots (تشاد → شيد, هايدن → هود, كجم → جمم …).
describe('root: QA round 54', () => {
  test.each([
    ['الجالية', 'جلو'],
    ['جالية', 'جلو'],
    ['الجاليات', 'جلو'],
    ['للجالية', 'جلو'],
    ['تأرجح', 'رجح'],
    ['يتأرجح', 'رجح'],
    ['تتأرجح', 'رجح'],
    ['التأرجح', 'رجح'],
    ['انا', undefined],
    ['وانا', undefined],
    ['هى', undefined],
    ['وهى', undefined],
    ['فهى', undefined],
    ['تشاد', undefined],
    ['وتشاد', undefined],
    ['التشادية', undefined],
    ['هايدن', undefined],
    ['برامز', undefined],
    ['كونان', undefined],
    ['كريس', undefined],
    ['باول', undefined],
    ['دوجان', undefined],
    ['كولن', undefined],
    ['ميهاي', undefined],
    ['كجم', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: Arabic words that share letters with the entries above keep their roots.
  test.each([
    ['جلا', 'جلو'],
    ['تجلى', 'جلي'],
    ['المجال', 'جول'],
    ['جولة', 'جول'],
    ['يرجح', 'رجح'],
    ['الراجح', 'رجح'],
    ['هي', undefined],
    ['وهي', undefined],
    ['هوى', 'هوي'],
    ['أنا', undefined],
    ['شيد', 'شيد'],
    ['يشيد', 'شيد'],
    ['رمز', 'رمز'],
    ['الرموز', 'رمز'],
    ['يكون', 'كون'],
    ['كرس', 'كرس'],
    ['البول', 'بول'], // bare بول is the name Paul since QA round 110
    ['يجمع', 'جمع'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
