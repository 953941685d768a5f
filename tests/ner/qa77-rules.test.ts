// QA round 77 (news-005, news-011, seed 266): a verb or a noun with a proclitic or an imperfect
// prefix and the pronoun «ه» run into the end of a PERS or LOC («[خالد بجيشه]», «[مالك ورفاقه]»,
// «[عبد الملك بن مروان لانصرافه]», «[هيفاء تقصده]»): endNamesBeforeSuffixedWords in
// src/ner/rules.ts ends the name before it when the word, the «ه» taken off, is a common word
// (prefixedHehWord), so that family and foreign names in «ه» stay («فلاته», «بيكيه», «بروينه»);
// and the conjunction «أو», the particle «أن/إن» or the verb «رأى» run into the end of a PERS or
// ORG («[عبد المالك أو] "زيزو"», «[ترمب رأى] أن», «نادي [الاتحاد أن] يلعب»):
// endNamesBeforeFunctionWords, not inside an acronym («سي إن إن»), which also leaves the title
// «أسقف» out of a bishop's name («الأنبا [يوأنس أسقف] أسيوط»).
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 77: a word with a prefix and the pronoun «ه» run into a name', () => {
  it('ends a PERS before a noun or verb with a proclitic and «ه»', () => {
    expect(rules('زحف خالد بجيشه نحو الشمال', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'O', 'O', 'O']);
    expect(rules('خرج مالك ورفاقه من المدينة', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'O', 'O', 'O']);
    expect(rules('وصلت هيفاء تقصده في بيته', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'O', 'O', 'O']);
  });
  it('reads «ته» as «ة» + «ه»', () => {
    expect(rules('سافر فاروق وحاشيته إلى إيطاليا', ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']).tags).toEqual(['O', 'B-PERS', 'O', 'O', 'B-LOC']);
  });
  it('guard: family and foreign names ending in «ه» stay', () => {
    expect(rules('سجل جيرارد بيكيه هدفا', ['O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    expect(rules('صرح عدنان فلاته للصحفيين', ['O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    expect(rules('مرر كيفن دي بروينه الكرة', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('حكم المستنصر بالله مصر', ['O', 'B-PERS', 'I-PERS', 'B-LOC']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'B-LOC']);
  });
});

describe('QA round 77: «أو», «أن/إن» or «رأى» run into a name', () => {
  it('ends a PERS or ORG before the word', () => {
    expect(rules('فإن الرئيس ترمب رأى أن الاتفاق سيئ', ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'O', 'O', 'O', 'O']);
    expect(rules('اشتهر عبد المالك أو زيزو', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'B-PERS']);
    expect(rules('أعلن نادي الاتحاد أن المدرب رحل', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']).tags).toEqual(['O', 'O', 'B-ORG', 'O', 'O', 'O']);
  });
  it('leaves the title «أسقف» out of a bishop\'s name', () => {
    expect(rules('رسم الأنبا يوأنس أسقف أسيوط', ['O', 'O', 'B-PERS', 'I-PERS', 'B-LOC']).tags).toEqual(['O', 'O', 'B-PERS', 'O', 'B-LOC']);
  });
  it('guard: «إن» inside an acronym stays', () => {
    expect(rules('ذكرت سي إن إن الخبر', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']).tags).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});
