import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 52: the construct of the number two. Round 51 put «اثنان», «اثنين», «اثنتين»,
// «اثنتان» and «اثنا» on «اثن», but (1) the construct «اثني» of «اثني عشر» (twelve) stayed
// «اثني»: folded, it is the verb «أثنى» (he praised). Its spelling tells them apart: the number
// is written with a bare alef («اثني», «الاثنى») or with إ and ى («إثنى»), the verb with أ; so
// these now give «اثن», while «أثنى», «أثني» and the ethnic «إثني», «الإثنية» (إ with ي) stay
// «اثني». (2) The feminine construct «اثنتي», «اثنتا» of «اثنتا عشرة» kept its ending and its ت;
// no verb shares its letters, and it now gives «اثن» however its alef is written. (3) A final
// hamza after ي: the stem kept the seat it has before the accusative's alef or the feminine's ة
// («شيئا» → «شيئ», «مليئة» → «مليئ»), so «شيئا» did not meet «شيء», nor «سيئة» «سيء»; the stem
// now writes it on the line («شيء», «مليء», «سيء»), as the bare word is written.
describe('stem QA round 52: the construct of the number two', () => {
  test('the construct «اثني» written with a bare alef meets «اثنين»', () => {
    expect(stem('اثني')).toBe('اثن');
    expect(stem('اثني')).toBe(stem('اثنين'));
    expect(stem('الاثني')).toBe('اثن');
    expect(stem('باثني')).toBe('اثن');
    expect(stem('لاثني')).toBe('اثن');
    expect(stem('واثني')).toBe('اثن');
    expect(stem('والاثني')).toBe('اثن');
    expect(stem('الاثنى')).toBe('اثن');
    expect(stem('اثْنَيْ')).toBe('اثن');
  });

  test('the construct written with إ and ى meets it too', () => {
    expect(stem('إثنى')).toBe('اثن');
    expect(stem('الإثنى')).toBe('اثن');
    expect(stem('بإثنى')).toBe('اثن');
  });

  test('the feminine construct «اثنتي», «اثنتا» meets «اثنتين»', () => {
    expect(stem('اثنتي')).toBe('اثن');
    expect(stem('اثنتي')).toBe(stem('اثنتين'));
    expect(stem('الاثنتي')).toBe('اثن');
    expect(stem('لإثنتي')).toBe('اثن');
    expect(stem('اثنتا')).toBe('اثن');
    expect(stem('أثنتا')).toBe('اثن');
    expect(stem('اثنتا')).toBe(stem('اثنتان'));
  });

  test('guards: the verb «أثنى», the ethnic «إثني», Monday and the other forms of two are as before', () => {
    expect(stem('أثنى')).toBe('اثني');
    expect(stem('وأثنى')).toBe('اثني');
    expect(stem('أثني')).toBe('اثني');
    expect(stem('أثنت')).toBe('اثني');
    expect(stem('الإثني')).toBe('اثني');
    expect(stem('إثني')).toBe('اثني');
    expect(stem('الإثنية')).toBe('اثني');
    expect(stem('الاثنين')).toBe('اثنين');
    expect(stem('الإثنين')).toBe('اثنين');
    expect(stem('اثنين')).toBe('اثن');
    expect(stem('اثنان')).toBe('اثن');
    expect(stem('اثنا')).toBe('اثن');
    expect(stem('اثنتين')).toBe('اثن');
  });
});

describe('stem QA round 52: a final hamza after ي', () => {
  test('the accusative «شيئا» meets «شيء»', () => {
    expect(stem('شيئا')).toBe('شيء');
    expect(stem('شيئاً')).toBe(stem('شيء'));
    expect(stem('وشيئا')).toBe('شيء');
    expect(stem('بطيئا')).toBe(stem('بطيء'));
    expect(stem('بريئاً')).toBe(stem('بريء'));
    expect(stem('هنيئا')).toBe('هنيء');
  });

  test('the feminine and the plural meet the masculine written with ء', () => {
    expect(stem('مليئة')).toBe('مليء');
    expect(stem('المليئة')).toBe(stem('مليء'));
    expect(stem('سيئة')).toBe(stem('سيء'));
    expect(stem('السيئ')).toBe(stem('سيء'));
    expect(stem('جريئة')).toBe(stem('جريء'));
    expect(stem('المسيئين')).toBe(stem('مسيء'));
  });

  test('guards: a hamza after another letter, and a ة kept, are as before', () => {
    expect(stem('الشيء')).toBe('شيء');
    expect(stem('هادئة')).toBe('هادئ');
    expect(stem('الشاطئ')).toBe('شاطئ');
    expect(stem('اللاجئين')).toBe('لاجئ');
    expect(stem('جزءا')).toBe('جزء');
    expect(stem('هيئة')).toBe('هيئة');
    expect(stem('البيئة')).toBe('بيئة');
    expect(stem('خطيئة')).toBe('خطيئة');
  });
});
