import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 106, one class, decided in src/stem/dhad.ts: the feminine elatives «فُعْلى» kept
// their letters («الأولى», «أخرى», «إحدى», «الكبرى» → «اولي», «اخري», «احدي», «كبري») while their
// masculines «الأول», «آخر», «أحد», «الأكبر» gave «اول», «اخر», «احد», «اكبر»: the feminine is
// another pattern, not an ending. A closed list (ELATIVE_FEMININES) now sends them to the
// masculine's stem, and so the plurals «أخريات», «كبريات» (12,317 tokens over news-005 and news-014:
// «الأولى» 3,269, «أخرى» 3,259, «الأخرى» 1,313, «إحدى» 986, «الكبرى» 644, «العليا» 464, «الوسطى»
// 392, «أولى» 338). Untouched: the same letters written with ي where they are as often a nisba or
// «my X» («الأولي», primary; «الوسطي», centrist; «السفلي», lower; «صغري»), «عليا» without the
// article (also the colloquial «عليّا», on me), a fatha on the first letter («أَولى», more
// deserving), a lone «ه» or «ك» after it («أولاه», the verb), «الأحدي» (a nisba), the plurals
// «الأوليات», «مثليات», and «الدنيا», «اليمنى», «حسنى». Invented sentences.
describe('stem QA round 106: a feminine elative goes with its masculine', () => {
  test('the elatives, with the article, a proclitic, a pronoun and marks', () => {
    expect(stem('الأولى')).toBe('اول');
    expect(stem('الأولى')).toBe(stem('الأول'));
    expect(stem('أولى')).toBe('اول');
    expect(stem('للأولى')).toBe('اول');
    expect(stem('الأُولى')).toBe('اول');
    expect(stem('أخرى')).toBe(stem('آخر'));
    expect(stem('الأخرى')).toBe('اخر');
    expect(stem('وأخرى')).toBe('اخر');
    expect(stem('اخري')).toBe('اخر');
    expect(stem('إحدى')).toBe(stem('أحد'));
    expect(stem('بإحدى')).toBe('احد');
    expect(stem('إحداهما')).toBe('احد');
    expect(stem('أولاها')).toBe('اول');
    expect(stem('إحدي')).toBe('احد');
    expect(stem('الكبرى')).toBe(stem('الأكبر'));
    expect(stem('كبرى')).toBe('اكبر');
    expect(stem('الصغرى')).toBe('اصغر');
    expect(stem('العظمى')).toBe('اعظم');
    expect(stem('الوسطى')).toBe(stem('الأوسط'));
    expect(stem('القصوى')).toBe(stem('الأقصى'));
    expect(stem('العليا')).toBe(stem('الأعلى'));
    expect(stem('والعليا')).toBe('اعلي');
    expect(stem('السفلى')).toBe('اسفل');
    expect(stem('المثلى')).toBe('امثل');
    expect(stem('أخريات')).toBe('اخر');
    expect(stem('الأخريات')).toBe(stem('الأخرى'));
    expect(stem('كبريات')).toBe('اكبر');
  });

  test('in invented sentences', () => {
    const words = tokenize('فاز الفريق في المباراة الأولى بعد خسارته في الدور الأول أمام إحدى الفرق الكبرى')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[4]).toBe(words[9]);
    expect(words[11]).toBe('احد');
    expect(words[13]).toBe('اكبر');
    const more = tokenize('قررت المحكمة العليا إحالة القضية مرة أخرى إلى المحكمة الأعلى درجة')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[2]).toBe(more[9]);
    expect(more[6]).toBe('اخر');
  });

  test('guards: the ي spellings, «عليا» alone, a fatha on the first letter, the nouns left out', () => {
    expect(stem('الأولي')).toBe('اولي');
    expect(stem('الأولية')).toBe('اولي');
    expect(stem('أولي')).toBe('اولي');
    expect(stem('الوسطي')).toBe('وسطي');
    expect(stem('السفلي')).toBe('سفلي');
    expect(stem('صغري')).toBe('صغري');
    expect(stem('مثلي')).toBe('مثلي');
    expect(stem('عليا')).toBe('عليا');
    expect(stem('عليّا')).toBe('عليا');
    expect(stem('أَولى')).toBe('اولي');
    expect(stem('أولاه')).toBe('اولي');
    expect(stem('وأولاه')).toBe('اولي');
    expect(stem('الأحدي')).toBe('احدي');
    expect(stem('الأخري')).toBe('اخري');
    expect(stem('الدنيا')).toBe('دنيا');
    expect(stem('اليمنى')).toBe('يمني');
    expect(stem('حسنى')).toBe('حسني');
    expect(stem('الأول')).toBe('اول');
    expect(stem('أكبر')).toBe('اكبر');
    expect(stem('الأوليات')).toBe('اولي');
    expect(stem('مثليات')).toBe('مثلي');
  });
});
