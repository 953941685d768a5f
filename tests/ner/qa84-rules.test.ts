// QA round 84 (news-006, news-015, seed 302): a language's own name right after «لغة/اللغة/لغات»,
// which the model reads as a body, a person, a place or a MISC («لغة [الماوري]ORG», «لغة
// [السوتو]PERS», «بلغة [الجافا]PERS»): no entity, as ANERcorp writes «اللغة/O الفارسية/O», through
// dropLanguageNames in src/ner/rules.ts (LANGUAGE_HEADS, LANGUAGE_NAMES, with or without the
// article; one word or two joined by «و»). Whose language it is stays a name: «لغة [شكسبير]»,
// «لغة [القرآن]», «لغة [مصر]», and «بلغته [روما]».
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 84: a language’s own name after «لغة» is no entity', () => {
  it('drops an ORG, PERS, LOC or MISC that names the language', () => {
    expect(rules('يتحدث السكان لغة الماوري في الجزيرة', ['O', 'O', 'O', 'B-ORG', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(rules('تدرس المدرسة لغة السوتو للأطفال', ['O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(rules('كانت لغة الباسك ممنوعة في المدارس', ['O', 'O', 'B-LOC', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(rules('نشر الوزير رسالة باللغة الأوردية أمس', ['O', 'O', 'O', 'O', 'B-MISC', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
  });
  it('drops a language after a proclitic head, without the article, and two joined by «و»', () => {
    expect(rules('كتب البرنامج بلغة الجافا', ['O', 'O', 'O', 'B-PERS']).tags).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('تأثرت الكتابة بلغة براكريت القديمة', ['O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(rules('يتحدث أهل الإقليم لغات البشتو والداري', ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
  });
  it('guard: whose language it is, a possessive head, and a longer name stay', () => {
    expect(rules('أتقن الشاعر لغة شكسبير', ['O', 'O', 'O', 'B-PERS']).tags).toEqual(['O', 'O', 'O', 'B-PERS']);
    expect(rules('تعلم الطلاب لغة القرآن', ['O', 'O', 'O', 'B-MISC']).tags).toEqual(['O', 'O', 'O', 'B-MISC']);
    expect(rules('درس لغة مصر القديمة', ['O', 'O', 'B-LOC', 'O']).tags).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(rules('نشرت الصحيفة مقالا بلغة جون سميث', ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS']);
    expect(rules('تحدث الرجل بلغته الماوري', ['O', 'O', 'O', 'B-ORG']).tags).toEqual(['O', 'O', 'O', 'B-ORG']);
  });
});
