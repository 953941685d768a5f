import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 115: the relative adjective (nisba) of a doubled noun took the ي of the nisba for
// the third radical of a defective root: فنّي «technical, artistic» (الفني، الفنية، فنيا) read as
// فني «perished», سرّي «secret» (السرية، سري، سريا) as سري «travelled by night», ذرّي «atomic» and
// ذرية «offspring» as ذري, برّي «land, wild» (القوات البرية) as بري, فضّي «silver» (الميدالية
// الفضية) as فضي. They now get the root of فن، سر، ذرة، بر، فضة (patterns.ts, LEXICAL_STEMS with
// their endings in SUFFIXED_STEMS), alone and before ة، ي، و (and ا for فني، ذري, ت for ذري).
// Invented sentences.
describe('root: QA round 115', () => {
  // «أقال النادي مديره الفني بعد الخسارة», «افتتح المعرض أعمالا فنية لرسامين شبان», «عاد اللاعب
  // جاهزا بدنيا وفنيا», «يعمل فني صيانة في المصنع», «استقبلت اللجنة الفنيين والمهندسين», «كشف
  // التقرير عن وثائق سرية», «جرت المفاوضات في سرية تامة», «رفعت الحكومة السرية عن الملفات»,
  // «عقد الوزيران اجتماعا سريا», «أُدين الضابط بتسريب تقرير سري», «زار رئيس الوكالة الدولية
  // للطاقة الذرية طهران», «أورث الأرض ذريته من بعده», «نشرت الدولة قوات برية على الحدود»,
  // «أعيد فتح المنافذ البرية», «أحرزت العداءة الميدالية الفضية»
  test.each([
    ['الفني', 'فنن'],
    ['فنية', 'فنن'],
    ['وفنيا', 'فنن'],
    ['فني', 'فنن'],
    ['الفنيين', 'فنن'],
    ['الفنّية', 'فنن'],
    ['سرية', 'سرر'],
    ['السرية', 'سرر'],
    ['سريا', 'سرر'],
    ['سرياً', 'سرر'],
    ['سري', 'سرر'],
    ['سرّي', 'سرر'],
    ['الذرية', 'ذرر'],
    ['ذريته', 'ذرر'],
    ['برية', 'برر'],
    ['البرية', 'برر'],
    ['البري', 'برر'],
    ['الفضية', 'فضض'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the defective verbs and nouns of the same letters keep their roots: فنيت «perished»,
  // فناء «courtyard», يفني; سريان «coming into force» (بدء سريان الهدنة), سارية «valid», يسري,
  // سرايا «companies»; يفضي «leads»; كسري is no ك + سري; the plural أسرار and سر were سرر already.
  test.each([
    ['فنيت', 'فني'],
    ['فناء', 'فني'],
    ['يفني', 'فني'],
    ['سريان', 'سري'],
    ['سارية', 'سري'],
    ['يسري', 'سري'],
    ['سرايا', 'سري'],
    ['يفضي', 'فضي'],
    ['كسري', 'كسر'],
    ['أسرار', 'سرر'],
    ['سر', 'سرر'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
