import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 56: the National Guard is no place', () => {
  it('drops a LOC «الحرس» before «الوطني»', () => {
    const got = names('وأفاد مصدر من إقليم الحرس الوطني بنابل أن الوحدات أوقفت شخصين');
    expect(got).not.toContain('LOC:الحرس');
  });
  it('guard: a town after the corps stays a place', () => {
    expect(names('وأفاد مصدر من إقليم الحرس الوطني بنابل أن الوحدات أوقفت شخصين').some((n) => n.endsWith('نابل'))).toBe(true);
  });
});

describe('QA round 56: towns named «حمام …»', () => {
  it('joins «حمام» and the listed second word of the town', () => {
    expect(names('نظمت بلدية حمام سوسة معرضا للكتاب يوم السبت')).toContain('LOC:حمام سوسة');
  });
  it('joins the club «نادي حمام الأنف»', () => {
    expect(names('فاز نادي حمام الأنف على ضيفه بهدفين').some((n) => n.startsWith('ORG:') && n.endsWith('حمام الأنف'))).toBe(true);
  });
  it('drops «حمام» of a bloodbath', () => {
    expect(names('قال الكاتب إن الحزب قاد البلاد إلى "حمام دم" لا نهاية له')).toEqual([]);
  });
  it('guard: the family name «حمام» stays a person', () => {
    expect(names('وقال الوزير عبد اللطيف حمام إن الصادرات ارتفعت')).toContain('PERS:عبد اللطيف حمام');
  });
});

describe('QA round 56: towns named «سيدي …»', () => {
  it('takes in the saint\'s name and its nasab', () => {
    expect(names('وقعت مواجهة مسلحة أمس في سيدي علي بن عون قرب الجبل')).toContain('LOC:سيدي علي بن عون');
  });
  it('takes in «عبد» + a word', () => {
    expect(names('وتم إيقاف شابين بمنطقة سيدي عبد الحميد بعد ظهر اليوم')).toContain('LOC:سيدي عبد الحميد');
  });
  it('drops «سيدي» "my lord" before a title', () => {
    expect(names('ونرفع التهنئة إلى مقام سيدي صاحب السمو بهذه المناسبة السعيدة')).not.toContain('LOC:سيدي');
  });
  it('leaves the adjective of the head before the town out', () => {
    expect(names('وتم نقل المصابين إلى مستشفى سيدي بوزيد الجهوي مساء أمس')).toEqual(['LOC:سيدي بوزيد']);
  });
  it('guard: a listed town stays as it was', () => {
    expect(names('وصل الوفد إلى سيدي بوزيد صباح اليوم')).toContain('LOC:سيدي بوزيد');
  });
});
