// QA round 43 of names (news-007 and news-015, seed 86): the NGOs named «X بلا حدود» "X without
// borders" cut before «بلا». Invented sentences; the rules run on hand-set tags, so that a test
// holds whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';
import { names } from '../helpers/entities.js';

const O = 'O';
const G = 'B-ORG';
const IG = 'I-ORG';
const L = 'B-LOC';

describe('«بلا حدود» after an ORG is part of its name', () => {
  test('after an indefinite plural, with or without «منظمة» and quotation marks', () => {
    expect(rules('انتقدت مراسلون بلا حدود القرار', [O, G, O, O, O]).tags).toEqual([O, G, IG, IG, O]);
    expect(rules('قالت منظمة مهندسون بلا حدود إن المشروع جاهز', [O, G, IG, O, O, O, O, O]).tags).toEqual([O, G, IG, IG, IG, O, O, O]);
    expect(rules('بحسب "صيادلة بلا حدود" فإن الدواء نفد', [O, O, G, O, O, O, O, O, O]).tags.slice(2, 5)).toEqual([G, IG, IG]);
  });
  test('end to end the listed names are whole', () => {
    expect(names('أصدرت منظمة مراسلون بلا حدود تقريرها السنوي أمس')).toContain('منظمة مراسلون بلا حدود/ORG');
    expect(names('أرسلت أطباء بلا حدود فريقا إلى المخيم')).toContain('أطباء بلا حدود/ORG');
  });
});

describe('guards: other «بلا حدود» stay outside', () => {
  test('after a definite word, a place or no name', () => {
    expect(rules('يريد الاتحاد الأوروبي بلا حدود داخلية', [O, G, IG, O, O, O]).tags).toEqual([O, G, IG, O, O, O]);
    expect(rules('سافر إلى فرنسا بلا حدود', [O, O, L, O, O]).tags).toEqual([O, O, L, O, O]);
    expect(rules('كان الكرم بلا حدود', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    expect(rules('تعمل شركة نور بلا توقف', [O, G, IG, O, O]).tags).toEqual([O, G, IG, O, O]);
  });
});
