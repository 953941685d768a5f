// QA round 44 of names (news-005 and news-014, seed 90): «بطولة» "starring" in film credits read as
// a championship (MISC), and credit words («ألحان», «كلمات») taken into the person after them.
// Invented sentences; the rules run on hand-set tags, so that a test holds whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const M = 'B-MISC';
const IM = 'I-MISC';

describe('«بطولة» + a noun of a work or a performer is the credit "starring"', () => {
  test('the noun and «بطولة» leave the MISC', () => {
    expect(rules('شارك المغني في بطولة الفيلم الجديد', [O, O, O, M, IM, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('قامت ببطولة فيلم قصير', [O, M, IM, O]).tags).toEqual([O, O, O, O]);
    expect(rules('المسرحية من بطولة الفنانة القديرة', [O, O, M, IM, IM]).tags).toEqual([O, O, O, O, O]);
  });
  test('a given name after the performer noun is the person', () => {
    expect(rules('عرض العمل من بطولة النجم سامي فهد', [O, O, O, M, IM, IM, IM]).tags).toEqual([O, O, O, O, O, P, IP]);
  });
});

describe('«من بطولة» + a person after a film, series or play is the credit', () => {
  test('the name after «بطولة» becomes a person', () => {
    expect(rules('والفيلم الجديد من بطولة سامي فهد', [O, O, O, M, IM, IM]).tags).toEqual([O, O, O, O, P, IP]);
    expect(rules('يعرض المسلسل القصير قريبا وهو من بطولة جون كارتر', [O, O, O, O, O, O, M, IM, IM]).tags).toEqual([O, O, O, O, O, O, O, P, IP]);
  });
});

describe('«ألحان», «كلمات» … before a person are no part of the name', () => {
  test('the name starts after the credit word', () => {
    expect(rules('الأغنية من كلمات سامي فهد وألحان جمال سليم', [O, O, P, IP, IP, P, IP, IP]).tags).toEqual([O, O, O, P, IP, O, P, IP]);
    expect(rules('إخراج منير حداد', [P, IP, IP]).tags).toEqual([O, P, IP]);
  });
});

describe('guards: championships and other names stay', () => {
  test('«بطولة» + a competition, a place, or a name with no work before', () => {
    expect(rules('خرج الفريق من بطولة كأس العالم', [O, O, O, M, IM, IM]).tags).toEqual([O, O, O, M, IM, IM]);
    expect(rules('انسحب اللاعب من بطولة جون كارتر المفتوحة', [O, O, O, M, IM, IM, IM]).tags).toEqual([O, O, O, M, IM, IM, IM]);
    expect(rules('فاز بالفيلم الوثائقي عن بطولة روما', [O, O, O, O, M, IM]).tags).toEqual([O, O, O, O, M, IM]);
  });
  test('a person not opened by a credit word', () => {
    expect(rules('غنى سامي فهد أمس', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
  });
});
