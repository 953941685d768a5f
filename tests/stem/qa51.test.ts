import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 51: the number two. Its masculine loses its ending in both cases («اثنان»,
// «اثنين» → «اثن»), but (1) its feminine kept the ت of «اثنتان», «اثنتين» and gave «اثنت», so
// «two» did not meet «two» across the genders as an adjective's feminine meets its masculine
// («جديدة» → «جديد»): the feminine's ين / ان now takes its ت along (code e, as the dual of a
// noun of two letters: «يدين» → «يد»), and «اثنتين», «اثنتان» give «اثن». (2) The construct
// «اثنا» of «اثنا عشر» (twelve) kept its alef; it now drops it as a tanween's (code t). The
// construct «اثني» stays: it folds with the verb «أثنى» (he praised), «اثنت» with «أثنت», and
// with the article «الاثنين» is still Monday.
describe('stem QA round 51: the feminine and the construct of the number two', () => {
  test('the feminine «اثنتين», «اثنتان» meets the masculine', () => {
    expect(stem('اثنتين')).toBe('اثن');
    expect(stem('اثنتين')).toBe(stem('اثنين'));
    expect(stem('اثنتان')).toBe('اثن');
    expect(stem('اثنتان')).toBe(stem('اثنان'));
    expect(stem('واثنتان')).toBe('اثن');
    expect(stem('باثنتين')).toBe('اثن');
    expect(stem('لاثنتين')).toBe('اثن');
    expect(stem('الاثنتان')).toBe('اثن');
    expect(stem('إثنتين')).toBe('اثن');
  });

  test('the construct «اثنا» of twelve loses its alef', () => {
    expect(stem('اثنا')).toBe('اثن');
    expect(stem('إثنا')).toBe('اثن');
    expect(stem('واثنا')).toBe('اثن');
    expect(stem('الاثنا')).toBe('اثن');
  });

  test('guards: Monday, the verb «أثنى», the ethnic «إثنية» and the masculine are as before', () => {
    expect(stem('الاثنين')).toBe('اثنين');
    expect(stem('الإثنين')).toBe('اثنين');
    expect(stem('اثنين')).toBe('اثن');
    expect(stem('اثنان')).toBe('اثن');
    expect(stem('أثنى')).toBe('اثني');
    expect(stem('وأثنى')).toBe('اثني');
    expect(stem('أثنت')).toBe('اثني');
    expect(stem('الإثنية')).toBe('اثني');
    expect(stem('يدين')).toBe('يد');
    expect(stem('بيديه')).toBe('يد');
    expect(stem('ساعتين')).toBe('ساعة');
  });
});
