// QA round 53 of names (news-008 and news-014, seed 128): monasteries, villages named «دير …»
// and mountains read as persons («[دير مار يوحنا]PERS», «[جبل حسان]PERS»), and MTV cut before its
// last letter («[إم تي]ORG في»). Invented sentences, run on hand-set tags so that the tests hold
// whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const IL = 'I-LOC';
const G = 'B-ORG';
const IG = 'I-ORG';

describe('«دير …» is a monastery or a village', () => {
  test('a PERS that starts with «دير» is a LOC over the same words', () => {
    expect(rules('زار الوفد دير مار يعقوب صباح الأحد', [O, O, P, IP, IP, O, O]).tags).toEqual([O, O, L, IL, IL, O, O]);
    expect(rules('نشأ الشاعر في قرية صغيرة تدعى دير سلمان قرب النهر', [O, O, O, O, O, O, P, IP, O, O]).tags).toEqual([O, O, O, O, O, O, L, IL, O, O]);
    expect(rules('عاش الراهب سنوات بدير القديس أنطون', [O, O, O, P, IP, IP]).tags).toEqual([O, O, O, L, IL, IL]);
  });
  test('guards: «فان دير …» is a Dutch name, and one word alone stays', () => {
    expect(rules('تصدى الحارس فان دير بيرغ للكرة', [O, O, O, P, IP, O]).tags).toEqual([O, O, O, P, IP, O]);
    expect(rules('تصدى الحارس وفان دير بيرغ للكرة', [O, O, O, P, IP, O]).tags).toEqual([O, O, O, P, IP, O]);
  });
});

describe('«جبل/وادي/جزيرة …» is a natural feature', () => {
  test('the head leaves the name, the rest is a LOC', () => {
    expect(rules('صعد المتسلقون جبل عمران قبل الفجر', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, L, O, O]);
    expect(rules('تقيم القبائل بوادي سليم منذ قرون', [O, O, P, IP, O, O]).tags).toEqual([O, O, O, L, O, O]);
  });
  test('guards: a person named after the head stays', () => {
    expect(rules('قال سمير جبل إن الاتفاق قريب', [O, P, IP, O, O, O]).tags).toEqual([O, P, IP, O, O, O]);
  });
});

describe('MTV spelled «إم تي في»', () => {
  test('the name goes on over «في» "V"', () => {
    expect(rules('فازت المغنية بجائزة إم تي في للموسيقى', [O, O, O, G, IG, O, O]).tags).toEqual([O, O, O, G, IG, IG, O]);
    expect(rules('عرضت قناة إم تي في الحلقة الأولى', [O, O, G, IG, O, O, O]).tags).toEqual([O, O, G, IG, IG, O, O]);
  });
  test('guards: after a number «في» is the preposition, and other letters stay', () => {
    expect(rules('اشترت القوات طائرات 29 إم تي في العام الماضي', [O, O, O, O, G, IG, O, O, O]).tags).toEqual([O, O, O, O, G, IG, O, O, O]);
    expect(rules('نقلت شبكة سي إن إن في تقريرها', [O, O, G, IG, IG, O, O]).tags).toEqual([O, O, G, IG, IG, O, O]);
  });
});
