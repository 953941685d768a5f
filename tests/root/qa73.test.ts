import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 73: فائض «surplus» (الفائض، فائضة، فوائض) is of فيض as فاض is, not فوض; the
// imperative أضف «add» (وأضف، اضف) of ضيف, not ضفف; كهذا، كهذه، كذاك «like this, that» are
// ك + a demonstrative (no root), not هذي or ذكي; the seed list gains طلي (طلاء «paint», بطلاء،
// مطلية «coated», تنطلي «is taken in», rootless or بطل، مطل، طلل before) and دلك (تدليك
// «massage», of دلك, not تدلي + ك of دلو); مستدل «inferring» is of دلل, مهيمنا «dominant» of
// هيمن; and حبش joins the seed list (الحبشة «Abyssinia», الحبشي، الأحباش, rootless before).
// The Italians الطليان، الطلياني stay rootless.
describe('root: QA round 73', () => {
  test.each([
    ['الفائض', 'فيض'],
    ['فائض', 'فيض'],
    ['فائضا', 'فيض'],
    ['بفائض', 'فيض'],
    ['الفائضة', 'فيض'],
    ['فوائض', 'فيض'],
    ['والفوائض', 'فيض'],
    ['أضف', 'ضيف'],
    ['وأضف', 'ضيف'],
    ['اضف', 'ضيف'],
    ['كهذا', undefined],
    ['كهذه', undefined],
    ['وكهذه', undefined],
    ['كذاك', undefined],
    ['الطلاء', 'طلي'],
    ['طلاء', 'طلي'],
    ['بطلاء', 'طلي'],
    ['للطلاء', 'طلي'],
    ['مطلية', 'طلي'],
    ['المطلي', 'طلي'],
    ['تنطلي', 'طلي'],
    ['انطلت', 'طلي'],
    ['تدليك', 'دلك'],
    ['وتدليك', 'دلك'],
    ['للتدليك', 'دلك'],
    ['مستدلا', 'دلل'],
    ['مستدلاً', 'دلل'],
    ['مهيمنا', 'هيمن'],
    ['الحبشة', 'حبش'],
    ['الحبشي', 'حبش'],
    ['الأحباش', 'حبش'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: فاض، فيضان keep فيض; الفوضى، تفويض، المفوض keep فوض; أضاف keeps ضيف and أضفى
  // «bestowed» ضفو; هذا، كذلك، كتلك stay rootless; أطل، إطلالة keep طلل, الطلاب، طليعة، انطلق and
  // بطل keep theirs; الدليل، الاستدلال keep دلل and يدلي دلو; الهيمنة keeps هيمن; الطليان،
  // الطلياني (the Italians) are rootless.
  test.each([
    ['فاض', 'فيض'],
    ['فيضان', 'فيض'],
    ['الفوضى', 'فوض'],
    ['تفويض', 'فوض'],
    ['المفوض', 'فوض'],
    ['أضاف', 'ضيف'],
    ['أضفى', 'ضفو'],
    ['هذا', undefined],
    ['كذلك', undefined],
    ['كتلك', undefined],
    ['أطل', 'طلل'],
    ['إطلالة', 'طلل'],
    ['الطلاب', 'طلب'],
    ['طليعة', 'طلع'],
    ['انطلق', 'طلق'],
    ['بطل', 'بطل'],
    ['الدليل', 'دلل'],
    ['الاستدلال', 'دلل'],
    ['يدلي', 'دلو'],
    ['الهيمنة', 'هيمن'],
    ['الطليان', undefined],
    ['الطلياني', undefined],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
