// QA round 308 (a foreign place of two words cut into two places, over the 16 news files):
// joinPlaceHalves in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 308: two halves of one foreign place make one place', () => {
  it('joins the halves', () => {
    expect(places('وقع انفجار في شانلي أورفة عند الساعة الثانية عشرة')).toEqual(['شانلي أورفة']);
    expect(places('يعمل علماء الفيزياء في مدينة نيجني نوفغورود على اختراع طرق جديدة')).toEqual(['نيجني نوفغورود']);
    expect(places('وعاشت طالبات كثيرات في أحضان جبال بلو ريدج.')).toEqual(['بلو ريدج']);
    // a two-word place of the gazetteers, whose second word opens with «و»
    expect(places('عمليات حفظ السلام في كوسوفو والبوسنة والهرسك وقبرص.')).toEqual(['كوسوفو', 'البوسنة والهرسك', 'قبرص']);
  });

  it('guards: a list of places, a city before its state, an adjective of relation, a plural in construct', () => {
    expect(places('وزار الرئيس مزرعته في كروفورد تكساس الشهر الماضي')).not.toContain('كروفورد تكساس');
    expect(places('واتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار')).toEqual(['باكستان', 'الهند']);
    expect(places('وصل الوفد إلى العاصمة الكورية سيول أمس')).toContain('سيول');
    expect(places('وصل الوفد إلى العاصمة الكورية سيول أمس')).not.toContain('الكورية سيول');
    expect(places('وقال إن ناخبي كاتالونيا سيقولون كلمتهم')).not.toContain('ناخبي كاتالونيا');
  });

  it('a second half in «و» that the corpus reads as the conjunction stays apart (before-stop review)', () => {
    const L = 'B-LOC';
    expect(rules('تمر تعزيزاتها من صنعاء وتعز وريمة والمحويت', ['O', 'O', 'O', L, L, L, L]).tags).toEqual(['O', 'O', 'O', L, L, L, L]);
  });
});
