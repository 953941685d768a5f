// QA round 311 (the servant of God «العبد» and «الغلو» of sermons read as a person, over the 16
// news files): dropSermonPersons in src/ner/rules.ts. Invented sentences; the guards run the rules
// on hand-set tags, so that they hold whatever the model says.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);
const O = 'O';
const P = 'B-PERS';

describe('QA round 311: «العبد» of a sermon is no person', () => {
  it('drops the lone PERS', () => {
    expect(persons('وأكد الخطيب أنه لا وسيلة بين العبد وربه إلا العمل الصالح')).not.toContain('العبد');
    expect(persons('وشدد على أنه يجب على العبد المسلم أن يتصف بالعزيمة')).toEqual([]);
    expect(rules('بعيدا عن الغلو والتطرف', [O, O, P, O]).tags).toEqual([O, O, O, O]);
  });

  it('guards: after a name, a title or a speech verb, and before «الله», it is a family name', () => {
    expect(rules('وقال العبد إن الفريق جاهز', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
    expect(rules('وأكد الدكتور العبد أن الدواء آمن', [O, O, P, O, O, O]).tags).toEqual([O, O, P, O, O, O]);
    expect(rules('وسجل العبد الله هدفين', [O, P, O, O]).tags).toEqual([O, P, O, O]);
    expect(persons('وقال محمد العبد إن الفريق جاهز')).toEqual(['محمد العبد']);
  });
});
