// QA round 34 of names (news-009 and news-011, read by eye): a federation's sport is part of its
// name («[الاتحاد الدولي لكرة السلة]»), and the given name «الهادي» alone is a person, not the
// adjective of the Pacific. Invented sentences; the rules run on hand-set tags where they can, so
// that a test holds whatever the model says, and through `entities()` for the span trimming.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';
import { names } from '../helpers/entities.js';

const O = 'O';
const G = 'B-ORG';
const IG = 'I-ORG';
const L = 'B-LOC';
const IL = 'I-LOC';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('a federation takes in its sport', () => {
  test('«الاتحاد/اتحاد» + «لكرة/لألعاب» + the sport', () => {
    expect(rules('أعلن الاتحاد الدولي لكرة السلة موعدا', [O, G, IG, O, O, O]).tags).toEqual([O, G, IG, IG, IG, O]);
    expect(rules('قرر الإتحاد العربي لكرة اليد ذلك', [O, G, IG, O, O, O]).tags).toEqual([O, G, IG, IG, IG, O]);
    expect(rules('رسالة للاتحاد الدولي لألعاب القوى أمس', [O, G, IG, O, O, O]).tags).toEqual([O, G, IG, IG, IG, O]);
  });
  test('guards: another head, the Soviet team, a sport word with a proclitic', () => {
    // a club or a team named after a place: ANERcorp ends the name before the sport
    expect(rules('لعب مع موناكو لكرة القدم', [O, O, G, O, O]).tags).toEqual([O, O, G, O, O]);
    expect(rules('لعب في فريق الاتحاد السوفياتي لكرة القدم', [O, O, O, G, IG, O, O]).tags).toEqual([O, O, O, G, IG, O, O]);
    expect(rules('أعلن الاتحاد الدولي لكرة وللسلة', [O, G, IG, O, O]).tags).toEqual([O, G, IG, O, O]);
  });
  test('end to end', () => {
    expect(names('أعلن الاتحاد الدولي لكرة السلة عن موعد البطولة.')).toContain('الاتحاد الدولي لكرة السلة/ORG');
  });
});

describe('«الهادي» alone is a given name, not a place', () => {
  test('a one-word place «الهادي» becomes a person, with a rare or person-like next word', () => {
    expect(rules('وأكد الهادي مجدوب أن الوضع مستقر', [O, L, O, O, O, O]).tags).toEqual([O, P, IP, O, O, O]);
    expect(rules('وقد حكم الهادي البلاد عشرين سنة', [O, O, L, O, O, O]).tags).toEqual([O, O, P, O, O, O]);
    // the family name the model found joins it (and after «مستشفى» the joined name is the
    // hospital's, an ORG since names QA round 81)
    expect(rules('نقل إلى مستشفى الهادي شاكر أمس', [O, O, O, L, P, O]).tags).toEqual([O, O, O, G, IG, O]);
  });
  test('guards: the Pacific, a longer place', () => {
    expect(rules('عبرت السفينة المحيط الهادي أمس', [O, O, L, IL, O]).tags).toEqual([O, O, L, IL, O]);
    expect(rules('عبرت السفينة المحيط الهادي أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('زار الهادي الكبير أمس', [O, L, IL, O]).tags).toEqual([O, L, IL, O]);
  });
  test('a person the model found keeps «الهادي» at its start (it is no nationality adjective)', () => {
    expect(names('قال المدير الجهوي للصحة الهادي سليمان إن الوضع مستقر.')).toContain('الهادي سليمان/PERS');
    expect(names('وصرح رئيس الجمعية الهادي الزرمديني أمس.')).toContain('الهادي الزرمديني/PERS');
    expect(names('وأكد الهادي مجدوب أن الوضع مستقر.')).toContain('الهادي مجدوب/PERS');
  });
  test('guard: a nationality adjective still leaves the person', () => {
    expect(names('التقى الرئيس الكازاخي قاسم جومارت توكاييف الوفد.').join()).not.toContain('الكازاخي');
  });
});
