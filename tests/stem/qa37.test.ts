import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 37: oblique duals whose nominative news hardly writes («الموسمين», «شوطين»),
// licensed by their singular's accusative tanween (a common noun's, no name's), and the oblique
// plurals of the form I participle «فاعل» («الوافدين», «الفاعلين»), written far more often than
// their singular.
describe('stem QA round 37: oblique duals and form I participle plurals kept whole', () => {
  test('an oblique dual is cut where its singular takes the tanween, though «Xان» is unseen', () => {
    // «موسم» is written «موسماً», «شوط» «شوطاً»: common nouns, whose dual news writes in ين.
    expect(stem('الموسمين')).toBe('موسم');
    expect(stem('موسمين')).toBe(stem('الموسم'));
    expect(stem('الشوطين')).toBe('شوط');
    expect(stem('بشوطين')).toBe('شوط');
    expect(stem('مسدسين')).toBe('مسدس');
    expect(stem('انتصارين')).toBe('انتصار');
    expect(stem('الحفلين')).toBe('حفل');
    expect(stem('المجالين')).toBe('مجال');
  });

  test('the construct of such a plural or dual drops its ي or و too', () => {
    expect(stem('حاملي')).toBe('حامل');
    expect(stem('لحاملي')).toBe('حامل');
    expect(stem('حاملو')).toBe('حامل');
  });

  test('the oblique plural of a form I participle «فاعل» goes with its singular', () => {
    expect(stem('الوافدين')).toBe('وافد');
    expect(stem('للوافدين')).toBe(stem('الوافد'));
    expect(stem('الفاعلين')).toBe('فاعل');
    expect(stem('الناشئين')).toBe('ناشئ');
    expect(stem('الهابطين')).toBe('هابط');
  });

  test('guards: places, names and singulars in ين keep their letters; known duals are unchanged', () => {
    expect(stem('البحرين')).toBe('بحرين');
    expect(stem('القصرين')).toBe('قصرين');
    expect(stem('مدنين')).toBe('مدنين');
    expect(stem('التأمين')).toBe('تامين');
    expect(stem('بلايين')).toBe('بلايين');
    expect(stem('ياسمين')).toBe('ياسمين');
    expect(stem('مارتين')).toBe('مارتين');
    expect(stem('ماردين')).toBe('ماردين');
    expect(stem('يومين')).toBe('يوم');
    expect(stem('الموسم')).toBe('موسم');
    expect(stem('الوافد')).toBe('وافد');
  });
});
