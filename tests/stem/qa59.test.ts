import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 59, two classes of «أب» and «أخ», whose long-vowel forms round 49 already sent
// to «اب», «اخ» before a pronoun of the third person («أبوه», «أخيه»). (1) Their dual keeps the
// و of those forms («أبوين», «الأخوين», «أبواه», «أخويه»): the dual's ending came off and left
// «ابو», «اخو». (2) Before the second person's ك («أبوك», «أخيك», «أخاكم») the long vowel stayed;
// «أبيك» is left as it was (APEC, the name İpek, more often than «your father» in news).
describe('stem QA round 59: the dual of «أب», «أخ» and their forms before ك', () => {
  test('the dual meets the singular', () => {
    expect(stem('أبوين')).toBe('اب');
    expect(stem('الأبوين')).toBe('اب');
    expect(stem('للأبوين')).toBe(stem('الأب'));
    expect(stem('أبواه')).toBe('اب');
    expect(stem('أبويها')).toBe('اب');
    expect(stem('الأخوين')).toBe('اخ');
    expect(stem('أخوين')).toBe('اخ');
    expect(stem('أخويه')).toBe(stem('أخيه'));
    expect(stem('أخواه')).toBe('اخ');
  });

  test('the second person', () => {
    expect(stem('أبوك')).toBe('اب');
    expect(stem('أبوكم')).toBe('اب');
    expect(stem('أخوك')).toBe('اخ');
    expect(stem('أخيك')).toBe('اخ');
    expect(stem('ولأخيك')).toBe('اخ');
    expect(stem('أخاكم')).toBe('اخ');
  });

  test('guards: names, the nisba, the verb and the plural stay as they were', () => {
    expect(stem('أبو')).toBe('ابو');
    expect(stem('أبي')).toBe('ابي');
    expect(stem('أخي')).toBe('اخي');
    expect(stem('أبيك')).toBe('ابي');
    expect(stem('الأبوي')).toBe('ابوي');
    expect(stem('أبوا')).toBe('ابوا');
    expect(stem('الإخوان')).toBe('اخوان');
    expect(stem('أخوات')).toBe('اخت');
    expect(stem('أبوه')).toBe('اب');
    expect(stem('أخيه')).toBe('اخ');
  });
});
