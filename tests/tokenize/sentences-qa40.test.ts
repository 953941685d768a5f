// Sentence-boundary cases from QA round 40: after a mid-line ellipsis in running text, و + a noun
// with the article right before «أن» or one of its forms («.. والسبب أن …», «.. والحقيقة أنه …»)
// is the subject of a new nominal sentence whose predicate is the clause of «أن». The same noun
// before anything else (a list, «.. والسبب واضح»), a headline with no terminator, and a short
// lead-in keep it in the sentence.
// Invented sentences, in the shape of those met in the corpus; none is copied from it.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

const split = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences: و + a noun with the article before «أن» after a mid-line ellipsis', () => {
  it('opens a sentence before «والسبب أن» «والحقيقة أنه» «والغريب أنها»', () => {
    expect(split('لم يحضر الوزير الاجتماع أمس.. والسبب أنه كان مسافرا.')).toStrictEqual([
      'لم يحضر الوزير الاجتماع أمس..',
      'والسبب أنه كان مسافرا.',
    ]);
    expect(split('يتحدث الجميع عن الأزمة الاقتصادية.. والحقيقة أن الأمر أعقد من ذلك.')).toHaveLength(2);
    expect(split('عادت الفرقة إلى المسرح بعد غياب طويل.. والغريب أنها لم تغير شيئا.')).toHaveLength(2);
  });

  it('keeps the noun when «أن» does not follow it', () => {
    expect(split('لم يحضر الوزير الاجتماع أمس.. والسبب واضح.')).toHaveLength(1);
    expect(split('يطلب الناس أشياء كثيرة في حياتهم.. والمال.. والجاه والسلطة.')).toHaveLength(1);
  });

  it('keeps a headline without a terminator and a short lead-in', () => {
    expect(split('لم يحضر الوزير الاجتماع أمس.. والسبب أنه كان مسافرا')).toHaveLength(1);
    expect(split('الوزير غائب.. والسبب أنه مسافر.')).toHaveLength(1);
  });

  it('keeps every span in the input', () => {
    const text = 'لم يحضر الوزير الاجتماع أمس.. والسبب أنه كان مسافرا.';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
