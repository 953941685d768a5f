// QA round 42 of names (news-004 and news-008, every «رضا» the model reads as a person): the
// noun «رضا» "satisfaction" read as the given name Reza. Invented sentences; the rules run on
// hand-set tags, so that a test holds whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';
import { names } from '../helpers/entities.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('«رضا» "satisfaction" is no name', () => {
  test('after a word that governs the noun, however long the span', () => {
    expect(rules('سألنا عن مدى رضا السكان عن الحديقة', [O, O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('أعلن عدم رضا السكان عن الاتفاق', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('يسعى المطعم إلى كسب رضا زبائنه', [O, O, O, O, P, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('كان الطلاب الأكثر رضا عن المعلم', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('alone before a definite noun in construct', () => {
    expect(rules('تعمل الشركة لضمان رضا العملاء دائما', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('نال الفيلم ورضا الجمهور', [O, O, P, O]).tags).toEqual([O, O, O, O]);
  });
  test('with «ب» or «ف» on it, and the definite noun after a preposition', () => {
    expect(rules('وقع العقد برضا الطرفين', [O, O, P, O]).tags).toEqual([O, O, O, O]);
    expect(rules('صار الأمر فرضا على الجميع', [O, O, P, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('عبر الناس عن الرضا بالنتيجة', [O, O, O, P, O]).tags).toEqual([O, O, O, O, O]);
  });
});

describe('guards: the name Reza stays', () => {
  test('after a given name or a person, or with its family name', () => {
    expect(rules('زار محمد رضا بهلوي المدينة', [O, P, IP, IP, O]).tags).toEqual([O, P, IP, IP, O]);
    expect(rules('قال التاجر سامي حسن علي رضا إن السوق هادئ', [O, O, O, O, O, P, O, O, O]).tags.slice(4, 6)).toEqual([P, IP]);
    expect(rules('وصل رضا الفردان إلى الميناء', [O, P, IP, O, O]).tags).toEqual([O, P, IP, O, O]);
    expect(rules('وقال رضا إن الفريق جاهز', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
    expect(rules('التقى الوزير رضا الذي وصل أمس', [O, O, P, O, O, O]).tags).toEqual([O, O, P, O, O, O]);
  });
  test('end to end the person keeps its name', () => {
    expect(names('أطاحت الثورة بالشاه محمد رضا بهلوي')).toContain('محمد رضا بهلوي/PERS');
  });
});
