// QA round 35 of names (news-003 and news-006, read by eye, patterns counted over both files): a
// canal is a waterway, not a television channel («قناة [السويس]» is a place), and «العقاب»
// "punishment" is a common noun. Invented sentences; the rules run on hand-set tags where they
// can, so that a test holds whatever the model says, and through `entities()` end to end.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';
import { names } from '../helpers/entities.js';

const O = 'O';
const G = 'B-ORG';
const IG = 'I-ORG';
const L = 'B-LOC';
const M = 'B-MISC';

describe('«قناة» before a canal\'s name is the canal, a place', () => {
  test('the name after «قناة/لقناة/بقناة» becomes a LOC over the canal\'s word alone', () => {
    expect(rules('عبرت السفينة قناة السويس أمس', [O, O, O, G, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('رسوم العبور بقناة بنما ارتفعت', [O, O, O, G, O]).tags).toEqual([O, O, O, L, O]);
    // «الجديدة» agrees with «قناة», not with the city: it stays outside the place
    expect(rules('افتتاح قناة السويس الجديدة غدا', [O, O, G, IG, O]).tags).toEqual([O, O, L, O, O]);
    expect(rules('افتتاح قناة السويس الجديدة غدا', [O, O, O, O, O]).tags).toEqual([O, O, L, O, O]);
  });
  test('after the head of a body, the body is one ORG', () => {
    expect(rules('قال رئيس هيئة قناة السويس إن', [O, O, O, O, G, O]).tags).toEqual([O, O, G, IG, IG, O]);
    expect(rules('تخرج في جامعة قناة السويس', [O, O, O, O, L]).tags).toEqual([O, O, G, IG, IG]);
  });
  test('guards: a television channel, the city alone, a channel named after a city', () => {
    expect(rules('قالت قناة الجزيرة إن', [O, O, G, O]).tags).toEqual([O, O, G, O]);
    expect(rules('وصل الوفد إلى السويس أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    // a channel named after a city stays the channel
    expect(rules('تبث قناة دبي البرنامج', [O, O, G, O]).tags).toEqual([O, O, G, O]);
  });
  test('end to end', () => {
    const out = names('عبرت ناقلة نفط عملاقة قناة السويس صباح اليوم.');
    expect(out).toContain('السويس/LOC');
    expect(out).not.toContain('السويس/ORG');
  });
});

describe('«العقاب» "punishment" is a common noun', () => {
  test('a one-word name «العقاب» is dropped', () => {
    expect(rules('لن يفلت أحد من العقاب بعد اليوم', [O, O, O, O, M, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('ينتظرهم العقاب الشديد', [O, M, O]).tags).toEqual([O, O, O]);
  });
  test('guard: inside a longer name it stays', () => {
    expect(rules('زار جبل العقاب أمس', [O, L, 'I-LOC', O]).tags).toEqual([O, L, 'I-LOC', O]);
  });
});

describe('a name opened on «الله»', () => {
  const M2 = 'I-MISC';
  const P = 'B-PERS';
  const IP = 'I-PERS';
  test('after the first part of a theophoric name, the person takes it in', () => {
    expect(rules('اتهمت أنقرة فتح الله كولن بذلك', [O, O, O, M, M2, O]).tags).toEqual([O, L, P, IP, IP, O]);
    expect(rules('استقبل ضيف الله بن ناصر ضيوفه', [O, O, P, IP, IP, O]).tags).toEqual([O, P, IP, IP, IP, O]);
    expect(rules('قال المتحدث ذبيح الله كريمي إن', [O, O, O, P, IP, O]).tags).toEqual([O, O, P, IP, IP, O]);
  });
  test('otherwise a person opened on «الله» is God, a MISC of one word', () => {
    expect(rules('والله الهادي إلى الخير', [P, IP, O, O]).tags).toEqual([M, O, O, O]);
    expect(rules('نسأل الله العلي القدير', [O, P, IP, IP]).tags).toEqual([O, M, O, O]);
  });
  test('guards: a MISC after another word, «الله» alone, a person ending in «الله»', () => {
    // since names QA round 230 a MISC opened on «الله» is «الله» alone, as ANERcorp writes it
    expect(rules('حجاج بيت الله الحرام', [O, O, M, M2]).tags).toEqual([O, O, M, O]);
    expect(rules('قال فتح الله لنا', [O, O, M, O]).tags).toEqual([O, O, M, O]);
    expect(rules('قال عبد الله أمس', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
    // after «آية» the title's own pass decides
    expect(rules('خطب آية الله فلاني', [O, O, P, IP]).tags).toEqual([O, O, P, IP]);
  });
});
