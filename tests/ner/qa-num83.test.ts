// Regression tests for numeric QA round 83: digits typed against a word of killing, wounding or
// voting («وأصيب119 في اعتداء», «مصرع15 من مسلحي», «صوت153 ضد», «وامتناع11 عن التصويت») or before
// «منهم», «آخرون» («كان71 منهم», «وأصيب54 آخرون») were left untagged: round 82's `gluedQuantity`
// wanted the counted noun right after them. `COUNTS_PERSONS_AFTER` (the words before) and
// `GLUED_OF_PERSONS` (the words after) now make them a count of persons; codes and channels
// («فرانس24», «إس400») before the same words keep no entity. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('digits glued to a word of killing, wounding or voting', () => {
  test('count persons whatever follows', () => {
    expect(pickNumeric('وأصيب86 في انفجار سيارة مفخخة وسط المدينة')).toEqual([['NUM', '86', 86]]);
    expect(pickNumeric('وأسفرت الاشتباكات عن مصرع23 من عناصر الشرطة')).toEqual([['NUM', '23', 23]]);
    expect(pickNumeric('وصوت214 ضد مشروع القانون في البرلمان')).toEqual([['NUM', '214', 214]]);
    expect(pickNumeric('وأقر المجلس القرار مع امتناع9 عن التصويت')).toEqual([['NUM', '9', 9]]);
  });

  test('before «منهم» or «آخرون» count persons', () => {
    expect(pickNumeric('وقالت الوزارة إن بين المعتقلين140 منهم نساء')).toEqual([['NUM', '140', 140]]);
    expect(pickNumeric('وقتل شرطي وأصيب37 آخرون في الهجوم')).toEqual([['NUM', '37', 37]]);
  });

  test('guards: codes and channels before the same words stay untagged', () => {
    expect(pickNumeric('وقال مراسل فرانس24 في بغداد إن الوضع متوتر')).toEqual([]);
    expect(pickNumeric('واشترت أنقرة منظومات إس400 منها بطاريتان')).toEqual([]);
    expect(pickNumeric('وحلت البلاد في المرتبة14 من بين الدول العربية')).toEqual([]);
    expect(pickNumeric('وتبلغ مساحة المحمية 40 كم2 منها نصف للزراعة')).toEqual([['NUM', '40', 40]]);
  });
});
