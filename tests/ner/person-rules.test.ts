// The rules on the edges of person names (src/ner/rules.ts: the preposition «على», coordinated
// persons, name parts and rulers' ordinals), on invented sentences with hand-set tags, so that each rule is
// tested whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';

describe('the preposition «على» is not the name «علي»', () => {
  test('starts a PERS after «على» written with alef maksura, and drops it alone', () => {
    expect(rules('شن حملة على ابن نضال أمس', [O, O, B, I, I, O]).tags).toEqual([O, O, O, B, I, O]);
    expect(rules('اعتمد الفريق على سامر', [O, O, B, I]).tags).toEqual([O, O, O, B]);
    expect(rules('سلم لعلى أمس', [O, B, O]).tags).toEqual([O, O, O]);
  });
  test('keeps the name written «علي»', () => {
    const tags = [O, B, I, O];
    expect(rules('وصل علي نضال أمس', tags).tags).toEqual(tags);
  });
});

describe('a PERS run over «و» + a given name is two people', () => {
  test('splits before «و» + a listed given name or a name part', () => {
    const r = rules('حضر سامر خليل وعادل نصار الحفل', [O, B, I, I, I, O]);
    expect(r.tags).toEqual([O, B, I, B, I, O]);
    expect(r.clitics[3]).toBe('و');
    expect(rules('حضر سامر خليل وأبو نضال الحفل', [O, B, I, I, I, O]).tags).toEqual([O, B, I, B, I, O]);
  });
  test('keeps a name whose word after «و» is no given name', () => {
    const tags = [O, B, I, O];
    expect(rules('حضر جون وينكلر الحفل', tags).tags).toEqual(tags);
  });
});

describe('name parts and rulers\' ordinals the model left outside join the name', () => {
  test('takes «ابن/أبو» before a PERS, but not with a conjunction', () => {
    expect(rules('كتب ابن بطوطة عن الرحلة', [O, O, B, O, O]).tags).toEqual([O, B, I, O, O]);
    expect(rules('سافر سامر وابن نضال أمس', [O, B, O, B, O]).tags).toEqual([O, B, O, B, O]);
  });
  test('joins «بن» between two tagged parts into one name', () => {
    expect(rules('التقى سامر بن نضال أمس', [O, B, O, B, O]).tags).toEqual([O, B, I, I, O]);
  });
  test('takes the word after a final «عبد» or «ابن», but not a kinship noun', () => {
    expect(rules('حكم مروان بن عبد الملك', [O, B, I, I, O]).tags).toEqual([O, B, I, I, I]);
    const nephew = [O, B, I, O];
    expect(rules('زار سامر ابن أخيه', nephew).tags).toEqual(nephew);
  });
  test('takes a ruler\'s ordinal after a title or a one-word name, and «عشر» after it', () => {
    expect(rules('توج الملك هنري الثامن', [O, O, B, O]).tags).toEqual([O, O, B, I]);
    expect(rules('حكم لويس التاسع فرنسا', [O, B, O, B.replace('PERS', 'LOC')]).tags).toEqual([O, B, I, 'B-LOC']);
    expect(rules('انتخب غريغوري الثالث عشر', [O, B, I, O]).tags).toEqual([O, B, I, I]);
    expect(rules('توجت الملكة إليزابيث الثانية', [O, O, B, O]).tags).toEqual([O, O, B, I]);
  });
  test('leaves a ranking after a full name and a century alone', () => {
    const rank = [O, B, I, O];
    expect(rules('جاء فرناندو غونزاليز الثالث', rank).tags).toEqual(rank);
    expect(rules('جاءت سامية الثانية', [O, B, O]).tags).toEqual([O, B, O]);
    // a century's ordinal is not extended; since round 20 an ordinal alone after a definite word
    // is no name at all (tests/ner/qa20-rules.test.ts)
    expect(rules('في القرن الخامس عشر', [O, O, B, O]).tags).toEqual([O, O, O, O]);
  });
});
