import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 78: no preposition goes before لدى or عن, so ب + لدى and ل + عن are no particles:
// «بلدي» «my country, municipal» (وبلدي، بلدينا، بلديهما «their two countries») is of بلد, and
// «لعنه» «cursed him» (ولعنه، «لعن الله») of لعن; and the foreign words ساموا (Samoa), دلتا
// «delta», سيام (Siam), كالاهاري (the Kalahari), أيون «ion» (أيونات، الأيونية) and أسبرين
// «aspirin» are listed loanwords with no root (not سمو, دول, سوم, هور, ءين, سبر).
describe('root: QA round 78', () => {
  test.each([
    ['بلدي', 'بلد'],
    ['وبلدي', 'بلد'],
    ['بلدى', 'بلد'],
    ['بلدينا', 'بلد'],
    ['بلديهما', 'بلد'],
    ['بلديهم', 'بلد'],
    ['لعنه', 'لعن'],
    ['ولعنه', 'لعن'],
    ['ولعن', 'لعن'],
    ['لعن', 'لعن'],
    ['ساموا', undefined],
    ['وساموا', undefined],
    ['دلتا', undefined],
    ['ودلتا', undefined],
    ['سيام', undefined],
    ['كالاهاري', undefined],
    ['أيون', undefined],
    ['أيونات', undefined],
    ['الأيونية', undefined],
    ['الأيوني', undefined],
    ['أسبرين', undefined],
    ['الأسبرين', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: لدى and its pronouns stay particles (لدي، لديه، ولديه، لدينا، فلدى), and so do عن،
  // عنه، لعل، لعله; the nouns بلد، البلدي، بلدية، بلده، بلدها keep بلد; سمو، سموه، دولة، الدول،
  // عين، سبر and صيام keep their roots.
  test.each([
    ['لدي', undefined],
    ['لديه', undefined],
    ['ولديه', undefined],
    ['لدينا', undefined],
    ['فلدى', undefined],
    ['عن', undefined],
    ['عنه', undefined],
    ['لعل', undefined],
    ['لعله', undefined],
    ['بلد', 'بلد'],
    ['البلدي', 'بلد'],
    ['بلدية', 'بلد'],
    ['بلده', 'بلد'],
    ['بلدها', 'بلد'],
    ['سمو', 'سمو'],
    ['سموه', 'سمو'],
    ['دولة', 'دول'],
    ['الدول', 'دول'],
    ['عين', 'عين'],
    ['سبر', 'سبر'],
    ['صيام', 'صوم'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
