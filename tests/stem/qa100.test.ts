import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 100, one class, decided in scripts/build-stem-lexicon.ts: round 99 gave the bare
// indefinite of a defective participle «فاعٍ» its ي back («باقٍ», «داعٍ» → «باقي», «داعي», as
// «الباقي», «داعي»), but its sound plurals were still cut to the bare letters («الباقين»,
// «الباقون», «داعين», «الناجين», «راضون», «الساعين» → «باق», «داع», «ناج», «راض», «ساع»), and so
// did not meet their singular. `defectiveActivePlural` gives «Xين», «Xون» code i (its ين, ون
// stand for the singular's ي, as round 96 has it for participles in مـ: «المحامين» → «محامي»)
// where the plural takes the article or shows its nominative, «Xي» is a participle with its
// feminine «Xية», and X is no word of its own (its accusative, perfect, pronouns and article
// are rare). Untouched: duals of nouns («عامين», «بابين», «الجارين»), names («تالين», Tallinn;
// «نادين»), the nerve gas «السارين», «مادون», «غالون», and ordinary words in ين, ون.
// Invented sentences.
describe('stem QA round 100: the sound plurals of a defective participle «فاعٍ» go with «Xي»', () => {
  test('«الباقين», «الباقون», «داعين», «الناجين», «راضون», «الساعين» → the singular\'s stem', () => {
    expect(stem('الباقين')).toBe('باقي');
    expect(stem('الباقون')).toBe(stem('الباقي'));
    expect(stem('باقون')).toBe('باقي');
    expect(stem('داعين')).toBe('داعي');
    expect(stem('الداعون')).toBe(stem('الداعي'));
    expect(stem('الناجين')).toBe('ناجي');
    expect(stem('والناجون')).toBe(stem('الناجي'));
    expect(stem('راضون')).toBe('راضي');
    expect(stem('راضين')).toBe(stem('راض'));
    expect(stem('الساعين')).toBe('ساعي');
    expect(stem('الماضين')).toBe(stem('الماضي'));
  });

  test('in invented sentences', () => {
    const words = tokenize('وانتشلت فرق الإنقاذ ناجين من تحت الركام ونقل الناجون إلى المستشفى')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[3]).toBe('ناجي');
    expect(words[8]).toBe('ناجي');
    const more = tokenize('وخرج المحتجون داعين إلى الإصلاح فيما بقي الباقون في منازلهم غير راضين عن القرار')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[2]).toBe('داعي');
    expect(more[7]).toBe('باقي');
    expect(more[7]).toBe(stem('باق'));
    expect(more[11]).toBe('راضي');
  });

  test('guards: duals of nouns, names, other words in ين, ون', () => {
    expect(stem('عامين')).toBe('عام');
    expect(stem('بابين')).toBe('باب');
    expect(stem('ساقين')).toBe('ساق');
    expect(stem('الجارين')).toBe('جار');
    expect(stem('الساعتين')).toBe('ساعة');
    expect(stem('تالين')).toBe('تال');
    expect(stem('نادين')).toBe('نادين');
    expect(stem('السارين')).toBe('سار');
    expect(stem('مادون')).toBe('مادون');
    expect(stem('الدين')).toBe('دين');
    expect(stem('تسعين')).toBe('تسعين');
    expect(stem('قانون')).toBe('قانون');
    expect(stem('سنين')).toBe('سنة');
    expect(stem('عيون')).toBe('عيون');
    expect(stem('المحامين')).toBe('محامي');
    expect(stem('باقٍ')).toBe('باقي');
  });
});
