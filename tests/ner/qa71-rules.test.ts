// QA round 71 (news-005, news-014, seed 229): one person's name cut into two PERS names side by
// side with no cue before them — «[فارس] [ابراهيم الجنيد]», «[محمد] [عادل إمام]», «[عبد الرحيم]
// [حسين الدغار]», «[عزيز السيد] [جاسم]», «[محمد] [علي باشا]». joinAdjacentPersons in
// src/ner/rules.ts joined two names in a row only after a title, a verb of saying or a
// nationality; now (namedFirst) it also joins them when the first opens with a listed given name
// and one of the two is a single word (or «عبد» + one word). Two full names in a row (a verb's
// subject and object), a lone second word that is as often a verb («أشرف») and a second name
// with «و» inside (a list run together) stay apart.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 71: a name cut in two after a given name', () => {
  it('joins a lone given name to the name after it', () => {
    expect(rules('قتل فارس إبراهيم الجنيد في صعدة', ['O', 'B-PERS', 'B-PERS', 'I-PERS', 'O', 'B-LOC']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC']);
  });
  it('joins a compound given name with «عبد» to the name after it', () => {
    expect(rules('حضر عبد الرحيم حسين الدغار الاجتماع', ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  });
  it('joins a lone family name to a full name before it', () => {
    expect(rules('كتب عزيز السيد جاسم مقالا طويلا', ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
  });
  it('gives one name end to end', () => {
    expect(names('واستعان محمد عادل إمام في الفيلم بمصمم معارك.')).toEqual(['PERS:محمد عادل إمام']);
    expect(names('توفي محمد رضا الشيرازي في الساعات الأولى من الصباح.')).toEqual(['PERS:محمد رضا الشيرازي']);
  });
  it('guard: two full names in a row stay two persons', () => {
    expect(rules('اختار عادل إمام محمد رمضان لبطولة الفيلم', ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O', 'O']);
  });
  it('guard: a lone word that is as often a verb stays apart', () => {
    // and «أشرف» before «على» is the verb "supervised", dropped (names QA round 97)
    expect(rules('وكان مصطفى أوزيل أشرف على مسيرة نجله', ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'O', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']);
  });
  it('guard: a second name with «و» inside stays apart', () => {
    expect(rules('ضمت القائمة عبد الوهاب جعفر وهتان باهبري', ['O', 'O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'I-PERS']);
  });
  it('guard: a name that opens with no given name stays as it was', () => {
    expect(rules('قال الكاتب إن جنبلاط مروان حماده وصل', ['O', 'O', 'O', 'B-PERS', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-PERS', 'B-PERS', 'I-PERS', 'O']);
  });
});
