// QA round 112 (news-011 and news-014, Wikipedia): a title of rank, religion or learning that the
// trigger list lacks stayed at the head of a PERS («[القديس بطرس]», «[الفقيه أبو بكر الطرطوشي]»,
// «[اللورد بايرون]», «[الكونت تولستوي]», «[البارون هوسمان]», «[المهاتما غاندي]», «[الحاج فهمي]»,
// «[النبي موسى]»), where ANERcorp train leaves titles out («الإمام/O», «الشيخ/O», «اللورد/O»,
// «النبي/O»). dropLeadingTitles
// now also cuts off a title of HEAD_TITLES at the head of a PERS of two words or more, except
// right after a place's or body's head word («ساحة القديس بطرس», «أكاديمية القديس لوقا»), where
// the titled name belongs to the place. Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 112: titles of rank, religion and learning at the head of a PERS', () => {
  it('leaves a saint\'s, a scholar\'s or a nobleman\'s title out of the name', () => {
    expect(rules('وتحدث الكتاب عن رسائل القديس بطرس إلى الكنائس', [O, O, O, O, BP, IP, O, O]).tags).toEqual([O, O, O, O, O, BP, O, O]);
    expect(rules('وألف الفقيه أبو بكر الطرطوشي كتابا في السياسة', [O, BP, IP, IP, IP, O, O, O]).tags).toEqual([O, O, BP, IP, IP, O, O, O]);
    expect(rules('وكتب اللورد بايرون قصائده في إيطاليا', [O, BP, IP, O, O, O]).tags).toEqual([O, O, BP, O, O, O]);
    expect(rules('وزار البارون هوسمان المدينة القديمة', [O, BP, IP, O, O]).tags).toEqual([O, O, BP, O, O]);
    expect(rules('واستلهم الزعيم أفكار المهاتما غاندي في المقاومة', [O, O, O, BP, IP, O, O]).tags).toEqual([O, O, O, O, BP, O, O]);
    expect(rules('وروى الحافظ ابن حجر هذا الخبر', [O, BP, IP, IP, O, O]).tags).toEqual([O, O, BP, IP, O, O]);
    expect(rules('وتحدث الخطيب عن قصة النبي موسى مع فرعون', [O, O, O, O, BP, IP, O, O]).tags).toEqual([O, O, O, O, O, BP, O, O]);
  });
  it('guard: after a place\'s or body\'s head word, and a title the lists already know, as before', () => {
    expect(rules('واحتشد المؤمنون أمس في ساحة القديس بطرس', [O, O, O, O, O, BP, IP]).tags).toEqual([O, O, O, O, O, 'B-LOC', 'I-LOC']);
    expect(rules('وقدم المعماري مشروعه إلى أكاديمية القديس لوقا في روما', [O, O, O, O, O, BP, IP, O, O]).tags).toEqual([O, O, O, O, 'B-ORG', 'I-ORG', 'I-ORG', O, 'B-LOC']);
    expect(rules('وقال الكاردينال بيترو بارولين إن الزيارة مهمة', [O, BP, IP, IP, O, O, O]).tags).toEqual([O, O, BP, IP, O, O, O]);
    expect(rules('وقال حسن الحاج إن الاجتماع انتهى', [O, BP, IP, O, O, O]).tags).toEqual([O, BP, IP, O, O, O]);
  });
});
