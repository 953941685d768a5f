import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 101, one class, decided in src/stem/dhad.ts (takesSplit): a lone conjunction
// «و», «ف» before a word of two letters stayed on it, so «وتم», «فتم», «وحث», «وضم», «وشن», «وحل»,
// «عز وجل» kept their و or ف («وتم» 1,117 tokens over news-001 and news-012), while «وتمت», «وضمها»,
// «وحثهم» already went to «تم», «ضم», «حث». `segment` splits the conjunction off two letters only
// where its corpus reads the word so (a doubled verb or a word far commoner alone), and keeps
// whole the words of their own («وعد», «وقت», «فوق», «وضع»); the stemmer now takes that split for
// a word of three letters that is «و» or «ف» + two letters, as it took it before a pronoun.
// Untouched: words of their own, «وله», «ولي» (a preposition or noun of their own), function words.
// Invented sentences.
describe('stem QA round 101: «و», «ف» come off a word of two letters where segment splits them', () => {
  test('«وتم», «فتم» go with «تم» and «وتمت»', () => {
    expect(stem('وتم')).toBe('تم');
    expect(stem('فتم')).toBe('تم');
    expect(stem('وتمّ')).toBe(stem('تم'));
    expect(stem('فتمَّ')).toBe('تم');
    expect(stem('وتم')).toBe(stem('وتمت'));
  });

  test('doubled verbs and words of two letters after «و», «ف»', () => {
    expect(stem('وحث')).toBe('حث');
    expect(stem('وضم')).toBe(stem('وضمها'));
    expect(stem('وشن')).toBe('شن');
    expect(stem('وحل')).toBe('حل');
    expect(stem('وجل')).toBe('جل');
    expect(stem('وبث')).toBe('بث');
    expect(stem('ونص')).toBe('نص');
    expect(stem('وحق')).toBe('حق');
    expect(stem('وسد')).toBe(stem('السد'));
  });

  test('in invented sentences', () => {
    const words = tokenize('واجتمع الوزير بأعضاء اللجنة وتم الاتفاق على خطة العمل وحث الجميع على الالتزام بها')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[4]).toBe('تم');
    expect(words[9]).toBe('حث');
    const more = tokenize('وقع الحادث فجر أمس فتم نقل المصابين إلى المستشفى وشن الطيران غارات على مواقع المسلحين')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[4]).toBe('تم');
    expect(more[9]).toBe('شن');
    const prayer = tokenize('سائلا المولى عز وجل أن يحفظ البلاد وحل الفريق ثانيا في الترتيب')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(prayer[3]).toBe('جل');
    expect(prayer[7]).toBe('حل');
  });

  test('guards: words of their own, a preposition with its pronoun, function words', () => {
    expect(stem('وعد')).toBe('وعد');
    expect(stem('وقت')).toBe('وقت');
    expect(stem('فوق')).toBe('فوق');
    expect(stem('وسط')).toBe('وسط');
    expect(stem('وضع')).toBe('وضع');
    expect(stem('فهد')).toBe('فهد');
    expect(stem('وصل')).toBe('وصل');
    expect(stem('وفد')).toBe('وفد');
    expect(stem('ولد')).toBe('ولد');
    expect(stem('وله')).toBe('وله');
    expect(stem('ولي')).toBe('ولي');
    expect(stem('فيو')).toBe('فيو');
    expect(stem('وفي')).toBe('في');
    expect(stem('فقد')).toBe('قد');
    expect(stem('وتمت')).toBe('تم');
    expect(stem('تمت')).toBe('تمت');
  });
});
