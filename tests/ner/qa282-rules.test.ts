// QA round 282 («الريف» "the countryside" read as the Rif of Morocco, over the 16 news files):
// dropCountryside in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 282: «الريف» with an adjective or beside the towns is the countryside', () => {
  it('drops the countryside of a town, of a country, and set against the towns', () => {
    expect(places('ويعيش سكان الريف الغربي لمدينة حلب أوضاعا صعبة.')).toEqual(['حلب']);
    expect(places('وانتقل الكاتب للعيش في الريف الفرنسي بعد تقاعده.')).toEqual([]);
    expect(places('وتتسع الفجوة بين المدينة والريف في الخدمات.')).toEqual([]);
  });

  it('guards: the Rif of Morocco stays a place', () => {
    expect(places('وتقع جبال الريف في شمال المغرب.')).toEqual(['الريف', 'المغرب']);
    expect(places('واندلعت احتجاجات حراك الريف في الحسيمة شمال المغرب.')).toContain('الريف');
  });
});
