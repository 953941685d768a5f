import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 26: particles written with ما as one word, and لا or ما glued onto the verb after it.
describe('root: QA round 26', () => {
  // كلما «whenever», قلما «seldom» are كل، قل + ما, not كلم «speak», قلم «pen».
  test.each([
    ['كلما', 'كلل'],
    ['وكلما', 'كلل'],
    ['فكلّما', 'كلل'],
    ['قلما', 'قلل'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // أينما، أيما are the particles أين، أي + ما, which have no root.
  test.each(['أينما', 'وأينما', 'أيما'])('gives the particle %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // News text glues لا and ما onto an imperfect verb.
  test.each([
    ['لايكتب', 'كتب'],
    ['ولايشرب', 'شرب'],
    ['لايرسم', 'رسم'],
    ['مايشترط', 'شرط'],
    ['ماتنتظره', 'نظر'],
    ['فلايدرسون', 'درس'],
  ])('reads the glued %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the words themselves, ل + a stem in ا, and names that start so.
  test.each([
    ['كلمات', 'كلم'],
    ['قلمه', 'قلم'],
    ['لاتفاق', 'وفق'],
    ['لايجاد', 'وجد'],
    ['لانتخاب', 'نخب'],
    ['ماتت', 'موت'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
  test.each(['مايكل', 'ماتياس', 'مانويل', 'مايوركا'])('gives the name %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
