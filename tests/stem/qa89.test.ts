import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 89, one class, decided in src/stem/dhad.ts (hamzaOnWawPlural; the lexicon is
// unchanged): the plural of a verb in ء whose hamza is written on و before وا or ون («بدؤوا»,
// «جاؤوا», «لجؤوا», «يلجؤون», «يقرؤون», «رؤوا») was kept whole, while the same plural written with أ
// («بدأوا», «يلجأون», «رأوا») already met the verb's other forms. Now an unlisted word in «ؤوا»,
// «ؤون» goes as its spelling with أ (or with ء: «جاءوا») where the lexicon cuts that spelling's
// ending or reads it as a defective verb's; a noun such as «شؤون» is left. Invented sentences.
describe('stem QA round 89: verbs in ء whose plural writes the hamza on و', () => {
  test('the perfect plural «Xؤوا» goes with «Xأوا»', () => {
    expect(stem('بدؤوا')).toBe('بدا');
    expect(stem('بدؤوا')).toBe(stem('بدأوا'));
    expect(stem('بدؤوا')).toBe(stem('بدأت'));
    expect(stem('وبدؤوا')).toBe('بدا');
    expect(stem('لجؤوا')).toBe(stem('لجأوا'));
    expect(stem('فلجؤوا')).toBe('لجا');
    expect(stem('أنشؤوا')).toBe('انشا');
    expect(stem('قرؤوا')).toBe('قرا');
    expect(stem('ملؤوا')).toBe('ملا');
    expect(stem('أخطؤوا')).toBe('اخطا');
  });

  test('a hamza on the line after alef and a defective verb: «جاؤوا», «أساؤوا», «رؤوا»', () => {
    expect(stem('جاؤوا')).toBe('جاء');
    expect(stem('جاؤوا')).toBe(stem('جاءوا'));
    expect(stem('أساؤوا')).toBe('اساء');
    expect(stem('شاؤوا')).toBe('شاء');
    expect(stem('رؤوا')).toBe(stem('رأوا'));
  });

  test('the imperfect plural «يXؤون», «يXؤوا» goes with «يXأون»', () => {
    expect(stem('يلجؤون')).toBe('يلجا');
    expect(stem('يلجؤون')).toBe(stem('يلجأون'));
    expect(stem('سيلجؤون')).toBe('يلجا');
    expect(stem('يقرؤون')).toBe('يقرا');
    expect(stem('يقرؤونها')).toBe('يقرا');
    expect(stem('يبدؤون')).toBe(stem('يبدأ'));
    expect(stem('ليبدؤوا')).toBe('يبدا');
    expect(stem('يشاؤون')).toBe('يشاء');
    expect(stem('يملؤون')).toBe('يملا');
  });

  test('in an invented sentence', () => {
    const words = tokenize('وقال المسؤولون إن السكان لجؤوا إلى المدارس بعدما بدؤوا يقرؤون التحذيرات')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words).toEqual(['قال', 'مسؤول', 'ان', 'سكان', 'لجا', 'الي', 'مدارس', 'بعدما', 'بدا', 'يقرا', 'تحذير']);
  });

  test('guards: the noun «شؤون», spellings with أ, and hamzas the lexicon already reads', () => {
    expect(stem('شؤون')).toBe('شؤون');
    expect(stem('الشؤون')).toBe('شؤون');
    expect(stem('وللشؤون')).toBe('شؤون');
    expect(stem('بدأوا')).toBe('بدا');
    expect(stem('جاءوا')).toBe('جاء');
    expect(stem('يجرؤون')).toBe('يجرؤ');
    expect(stem('الناشئين')).toBe('ناشئ');
    expect(stem('رؤوس')).toBe('رؤوس');
  });
});
