// QA round 67 (news-004, news-007, seed 209): the town «دوما» (the Syrian city in the Eastern
// Ghouta, the West Bank village near Nablus) was dropped where the model had found it, for the
// same letters spell the adverb «دوماً» "always": «غارات على دوما», «قرية دوما», «هجوم دوما». The
// words after which «دوما» is the town (DOUMA_CUES in src/ner/rules.ts) gained «على», «قرية»,
// «محيط», «هجوم», «جريمة», and are matched after proclitics («بقرية دوما»); «دوما» joined
// CUED_PLACES in src/ner/places.ts, so that it is a place after a cue where the model left it O.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 67: «دوما» the town, not the adverb', () => {
  it('reads «دوما» after «على» as the town', () => {
    expect(names('شنت الطائرات غارات عنيفة على دوما صباح أمس.')).toEqual(['LOC:دوما']);
  });
  it('reads «دوما» after «قرية» and «بقرية» as the village', () => {
    expect(names('أحرق مجهولون منزلا في قرية دوما جنوب نابلس.')).toContain('LOC:دوما');
    expect(names('شيع الأهالي الشاب بقرية دوما مساء الجمعة.')).toContain('LOC:دوما');
  });
  it('reads «دوما» after «هجوم» as the town attacked', () => {
    expect(names('طالبت المنظمة بتحقيق دولي في هجوم دوما الكيميائي.')).toContain('LOC:دوما');
  });
  it('guard: the adverb «دوماً» stays O', () => {
    expect(names('تقف الحكومة دوماً مع مطالب المواطنين.')).toEqual([]);
    expect(names('سنبقى دوما أوفياء لهذا الوطن.')).toEqual([]);
  });
  it('guard: «ودوما» and «دوما» after a verb stay O', () => {
    expect(names('كان الفريق ودوما سيبقى قويا.')).toEqual([]);
    expect(names('يحارب هذا الفكر دوماً كل رأي آخر.')).toEqual([]);
  });
});
