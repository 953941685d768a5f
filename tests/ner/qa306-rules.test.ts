// QA round 306 (a feminine adjective of a place tagged as a place of its own, over the 16 news
// files): dropPlaceAdjectives in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 306: the adjective of a place is no place', () => {
  it('drops it after a definite noun and after a place', () => {
    expect(places('وصل الرئيس إلى العاصمة الكينية نيروبي أمس في زيارة رسمية.')).toEqual(['نيروبي']);
    expect(places('وقع الانفجار في مدينة حلب السورية صباح اليوم.')).toEqual(['حلب']);
    expect(places('ضرب زلزال جزيرة لومبوك الإندونيسية يوم الأحد.')).toEqual(['لومبوك']);
    expect(places('وعقد الاجتماع في مدينة لاهاي الهولندية.')).toEqual(['لاهاي']);
  });

  it('guards: a place with its own «و», a place named in «…ية», a colony', () => {
    expect(places('زار الوفد مصر والسعودية والكويت.')).toEqual(['مصر', 'السعودية', 'الكويت']);
    expect(places('وصلت الطائرة إلى الإسكندرية مساء أمس.')).toEqual(['الإسكندرية']);
    expect(places('وتقع غيانا الفرنسية في أمريكا الجنوبية.')).toEqual(['غيانا الفرنسية', 'أمريكا الجنوبية']);
  });
});
