// QA round 86 (news-001, news-013, seed 311): «الولاية» "the state, the term of office" and
// «البحر» "the sea" read as places — «معدل البطالة في [الولاية]LOC», «انتهاء [الولاية
// الرئاسية]LOC», «ساحل [البحر]LOC»: a LOC or ORG starting with «الولاية» is dropped unless an
// adjective makes it a name («[الولاية الشمالية]LOC» in Sudan); a PERS, or a LOC going on to a word
// the lexicon never saw, keeps the name after it; a lone «البحر» is dropped unless a street's head
// stands before it («شارع البحر»), through dropCommonStateSea in src/ner/rules.ts.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 86: «الولاية» and «البحر» are common nouns', () => {
  it('drops a LOC or ORG that starts with «الولاية»', () => {
    expect(rules('أقر البرلمان قوانين الولاية الجديدة أمس', ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(rules('قبل انتهاء الولاية الرئاسية للرئيس', ['O', 'O', 'B-LOC', 'I-LOC', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(rules('تعمل المصانع في الولاية بلا توقف', ['O', 'O', 'O', 'B-LOC', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(rules('انتقلت الشركة إلى الولاية الأمريكية', ['O', 'O', 'O', 'B-ORG', 'I-ORG']).tags).toEqual(['O', 'O', 'O', 'O', 'O']);
  });
  it('keeps the name after «الولاية» in a PERS or before an unknown word', () => {
    expect(rules('صرح حاكم الولاية عبد الكريم أمس', ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
    expect(rules('سافر الوفد إلى عاصمة الولاية كوتشيبورام', ['O', 'O', 'O', 'O', 'B-LOC', 'I-LOC']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'B-LOC']);
  });
  it('drops a lone «البحر»', () => {
    expect(rules('جلس الصيادون على ساحل البحر طويلا', ['O', 'O', 'O', 'O', 'B-LOC', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(rules('حفروا قناة تصل المدينة بالبحر', ['O', 'O', 'O', 'O', 'B-LOC']).tags).toEqual(['O', 'O', 'O', 'O', 'O']);
  });
  it('guard: a state named by its adjective, a sea with its name, a street and «ولاية» + a name stay', () => {
    expect(rules('تقع دنقلا في الولاية الشمالية', ['O', 'B-LOC', 'O', 'B-LOC', 'I-LOC']).tags).toEqual(['O', 'B-LOC', 'O', 'B-LOC', 'I-LOC']);
    expect(rules('أبحرت السفينة في البحر الأحمر', ['O', 'O', 'O', 'B-LOC', 'I-LOC']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC']);
    expect(rules('وقع الانفجار في شارع البحر مساء', ['O', 'O', 'O', 'O', 'B-LOC', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'O']);
    expect(rules('وصل الحجاج إلى ولاية تكساس', ['O', 'O', 'O', 'O', 'B-LOC']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC']);
  });
});
