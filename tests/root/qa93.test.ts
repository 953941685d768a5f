import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 93: the loanword دكتوراه «doctorate» had no root after the article or a proclitic
// (الدكتوراه، للدكتوراه، والدكتوراه) while the bare word read دكتر: as a 7-letter stem it was
// longer than any irregular stem the analyzer looked up, and the template reading دكتور + اه
// takes no article. It is a lexical stem of دكتر now (as PADT files الدكتور), in every form.
describe('root: QA round 93', () => {
  test.each([
    ['الدكتوراه', 'دكتر'],
    ['والدكتوراه', 'دكتر'],
    ['للدكتوراه', 'دكتر'],
    ['بالدكتوراه', 'دكتر'],
    ['فالدكتوراه', 'دكتر'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the bare دكتوراه and ودكتوراه kept دكتر; الدكتور، الدكتورة «the doctor» keep دكتر;
  // the loanword دكتاتور «dictator» stays rootless.
  test.each([
    ['دكتوراه', 'دكتر'],
    ['ودكتوراه', 'دكتر'],
    ['الدكتور', 'دكتر'],
    ['الدكتورة', 'دكتر'],
    ['دكتور', 'دكتر'],
    ['للدكتور', 'دكتر'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['دكتاتور', 'الدكتاتورية'])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
