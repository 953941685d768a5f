// QA round 27: a final ا before a pronoun. Look-ups fold ى into ي, so the ى form of a stem in ا
// was scored with the counts of «عيني», «والدي» (my eye, my father): a noun's dual construct
// («عيناه», his two eyes) gave the form «عينى», and a name in «ني» («كافاني») was read as the
// noun «كافي» + «ني», which no noun takes. A form IV perfect whose ا spelling is an accusative
// («أبدا», never) kept its ا («أبداه» → «أبدا»), and «أنهاه» stayed whole. The cases below
// failed before the fix; the guards pass before and after. Words invented or common, not corpus
// sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a dual construct keeps its ا before a pronoun', () => {
  test.each([
    ['عيناه', '[عينا]+ه'],
    ['عيناها', '[عينا]+ها'],
    ['والداها', '[والدا]+ها'],
    ['شقيقاه', '[شقيقا]+ه'],
    ['جناحاه', '[جناحا]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('the base keeps its surface text and offsets', () => {
    expect(segment('والداه').base).toEqual({ text: 'والدا', form: 'والدا', start: 0, end: 5, tag: 'STEM' });
  });
});

describe('segment: no noun in ى before «ني»', () => {
  test('a name in «اني» whose stem in ي is a noun stays whole', () => {
    expect(split('كافاني')).toBe('[كافاني]');
    expect(split('لكافاني')).toBe('ل+[كافاني]');
  });
});

describe('segment: a form IV perfect in ى before its object', () => {
  test.each([
    ['أغراه', '[أغرى]+ه'],
    ['أبداه', '[أبدى]+ه'],
    ['أبداها', '[أبدى]+ها'],
    ['أجلاهم', '[أجلى]+هم'],
    ['أنهاه', '[أنهى]+ه'],
    ['وأنهاها', 'و+[أنهى]+ها'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: guards (unchanged)', () => {
  test.each([
    ['أعطاني', '[أعطى]+ني'],
    ['يراني', '[يرى]+ني'],
    ['مستواه', '[مستوى]+ه'],
    ['أجراه', '[أجرى]+ه'],
    ['أعلاه', '[أعلى]+ه'],
    ['أقصاه', '[أقصى]+ه'],
    ['عدواه', '[عدوى]+ه'],
    ['أولاهما', '[أولى]+هما'],
    ['إحداها', '[إحدى]+ها'],
    ['كلتاهما', '[كلتا]+هما'],
    ['طرفاه', '[طرفا]+ه'],
    ['قدماه', '[قدما]+ه'],
    ['مرضاهم', '[مرضى]+هم'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
