// Frequent news words that the corpus-frequency comparison got wrong: a clitic compound seen
// more often than its stem («وأضاف», «نظيره», «لمكافحة»), a noun read as clitics («ولي»).
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: و ف before a stem written with hamza', () => {
  test.each([
    ['وأضاف', 'و+[أضاف]'],
    ['وأوضحت', 'و+[أوضحت]'],
    ['وأردف', 'و+[أردف]'],
    ['فإذا', 'ف+[إذا]'],
    ['فأنا', 'ف+[أنا]'],
  ])('splits the conjunction off «%s» though the compound outnumbers the stem', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('reads «وأدى» as و + «أدى», not as the folded «وادي» (valley)', () => {
    expect(split('وأدى')).toBe('و+[أدى]');
    expect(split('وادي')).toBe('[وادي]');
  });
  test('keeps the few words that begin with فأ or وأ whole', () => {
    expect(split('فأر')).toBe('[فأر]');
    expect(split('وأد')).toBe('[وأد]');
  });
  test('still splits a pronoun behind: وأنه → و + أن + ه', () => {
    expect(split('وأنه')).toBe('و+[أن]+ه');
  });
});

describe('segment: و before a derived verb with a bare alef (hamzat wasl)', () => {
  test.each([
    ['واتهم', 'و+[اتهم]'],
    ['وانضم', 'و+[انضم]'],
    ['واحتل', 'و+[احتل]'],
  ])('splits «%s»', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('keeps names with a bare alef after و whole', () => {
    expect(split('واشنطن')).toBe('[واشنطن]');
    expect(split('واتساب')).toBe('[واتساب]');
  });
});

describe('segment: a possessive pronoun after a noun seen with the article', () => {
  test('splits «نظيره» (more frequent than «نظير», never seen as «النظيره»)', () => {
    expect(split('نظيره')).toBe('[نظير]+ه');
    expect(split('ونظيره')).toBe('و+[نظير]+ه');
    expect(split('زميله')).toBe('[زميل]+ه');
  });
  test('restores ة in the base: وزوجته → و + زوجة + ه', () => {
    const s = segment('وزوجته');
    expect(forms(s)).toBe('و+[زوجة]+ه');
    expect(s.base).toEqual({ text: 'زوجت', form: 'زوجة', start: 1, end: 5, tag: 'STEM' });
  });
  test('not on an imperfect verb ending in هم or هن, nor on a name ending in ي or ك', () => {
    expect(split('يساهم')).toBe('[يساهم]');
    expect(split('تبرهن')).toBe('[تبرهن]');
    expect(split('روحاني')).toBe('[روحاني]');
    expect(split('ماسك')).toBe('[ماسك]');
  });
});

describe('segment: clitic-rate test against ب ل before frequent stems', () => {
  test.each([
    ['لمكافحة', 'ل+[مكافحة]'],
    ['ليصبح', 'ل+[يصبح]'],
    ['بسوسة', 'ب+[سوسة]'],
    ['كالعادة', 'ك+ال+[عادة]'],
  ])('splits «%s»', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('the names the test was made for stay whole', () => {
    expect(split('لياو')).toBe('[لياو]');
    expect(split('فورد')).toBe('[فورد]');
    expect(split('برايس')).toBe('[برايس]');
  });
  test('a conjunction and the future particle both come off when the base alone would split: وسنواصل', () => {
    expect(split('وسنواصل')).toBe('و+س+[نواصل]');
    expect(segment('وسنواصل').prefixes.map((m) => m.tag)).toEqual(['CONJ', 'FUT']);
  });
  test('a proclitic and a pronoun both come off when the stem alone would split: بارتكابه', () => {
    const s = segment('بارتكابه');
    expect(forms(s)).toBe('ب+[ارتكاب]+ه');
    expect(s.base).toEqual({ text: 'ارتكاب', form: 'ارتكاب', start: 1, end: 7, tag: 'STEM' });
  });
});

describe('segment: the future س before a form V or VI verb', () => {
  test.each([
    ['ستواصل', 'س+[تواصل]'],
    ['ستقدم', 'س+[تقدم]'],
    ['وستدخل', 'و+س+[تدخل]'],
  ])('splits «%s» though «%s» is also a verbal noun seen with the article', (word, expected) => {
    expect(split(word)).toBe(expected);
    expect(segment(word).prefixes.at(-1)!.tag).toBe('FUT');
  });
  test('names that begin with ست stay whole', () => {
    expect(split('ستيفاني')).toBe('[ستيفاني]');
    expect(split('ستالين')).toBe('[ستالين]');
  });
});

describe('segment: «ولي» is a noun', () => {
  test('keeps «ولي» (ولي العهد) whole, but not «لي» or «وله»', () => {
    expect(split('ولي')).toBe('[ولي]');
    expect(split('وولي')).toBe('و+[ولي]');
    expect(split('لي')).toBe('[ل]+ي');
    expect(split('وله')).toBe('و+[ل]+ه');
  });
});
