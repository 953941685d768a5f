import { describe, expect, it } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 24 (news-000, news-012): the corpus name list (scripts/build-foreign-names.ts) now
// also takes given names (words that precede a rootless family name), rarer words that follow
// rootless ones in most of their occurrences, and names whose best analysis reads a pronoun
// suffix or verb ending. Single words only.
describe('root, QA round 24', () => {
  it('gives foreign given names no root', () => {
    expect(root('يوهان')).toBeUndefined(); // was وهي
    expect(root('وليام')).toBeUndefined(); // was يوم
    expect(root('ميغيل')).toBeUndefined(); // was وغل
    expect(root('لميغيل')).toBeUndefined();
    expect(root('فيكتور')).toBeUndefined(); // was كور
    expect(root('أنغيلا')).toBeUndefined(); // was غول
    expect(root('مايك')).toBeUndefined(); // was مءي: no ماي + ك «your»
  });
  it('gives rarer family names that follow foreign given names no root', () => {
    expect(root('ميتران')).toBeUndefined(); // was وتر
    expect(root('فاغن')).toBeUndefined(); // was غني
  });
  it('gives names read with a pronoun suffix or verb ending no root', () => {
    expect(root('نيكيتا')).toBeUndefined(); // was وكء
    expect(root('بروناي')).toBeUndefined(); // was بري
    expect(root('جيبوتي')).toBeUndefined(); // was جبي
    expect(root('هافانا')).toBeUndefined(); // was هيف
  });
  it('guards: Arabic words before names keep their roots', () => {
    expect(root('زميله')).toBe('زمل');
    expect(root('نظيره')).toBe('نظر');
    expect(root('آوت')).toBe('ءوي'); // آوى «sheltered»
    expect(root('جامعتي')).toBe('جمع');
    expect(root('شركتا')).toBe('شرك');
    expect(root('ولايتي')).toBe('ولي');
    expect(root('نواف')).toBeDefined(); // an Arabic given name
    expect(root('تنازلت')).toBe('نزل');
    expect(root('يدخنون')).toBe('دخن');
  });
});
