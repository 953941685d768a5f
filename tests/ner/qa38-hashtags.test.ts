// QA round 38 of names (news-005 and news-009, read by eye, patterns counted over both files):
// news sites tag the names of a story as hashtags in its running text. As one token with «#»
// and «_» the model knew none of them; their words are now read as words. Tunisian clubs under
// their full names with «الرياضي/الرياضية» are listed (lists.ts). Invented sentences.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { names } from '../helpers/entities.js';

describe('a name written as a hashtag is read as the words it spells', () => {
  test('one-word places and persons', () => {
    expect(names('وصل الوفد إلى #موسكو صباح اليوم')).toEqual(['موسكو/LOC']);
    expect(names('وقررت #روسيا طرد عشرة دبلوماسيين')).toEqual(['روسيا/LOC']);
    expect(names('وقالت السفارة إن #بوتين سيزور العاصمة')).toContain('بوتين/PERS');
  });
  test('words joined by «_» make one name; the span starts after «#», the form has spaces', () => {
    const es = entities('فرضت #الولايات_المتحدة عقوبات جديدة', { types: ['LOC'] });
    expect(es.map((e) => [e.text, e.form])).toEqual([['الولايات_المتحدة', 'الولايات المتحدة']]);
    expect(names('وأعلن #الاتحاد_الأوروبي خطة جديدة')).toEqual(['الاتحاد_الأوروبي/ORG']);
  });
  test('after «و» standing alone, and offsets into the caller\'s text', () => {
    const text = 'زار الوزير #القاهرة و#الرياض';
    const es = entities(text, { types: ['LOC'] });
    expect(es.map((e) => e.text)).toEqual(['القاهرة', 'الرياض']);
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
  test('guards: a hashtag of common words stays no name; a lone «#» is nothing', () => {
    expect(names('#عاجل ارتفاع #أسعار_النفط اليوم')).toEqual([]);
    expect(names('# وصل الوفد')).toEqual([]);
  });
});

describe('Tunisian clubs under their full names', () => {
  test('a club named with «الرياضي» and its region or town is one ORG', () => {
    expect(names('تعادل النجم الرياضي الساحلي مع منافسه')).toEqual(['النجم الرياضي الساحلي/ORG']);
    expect(names('انتقل اللاعب إلى القوافل الرياضية بقفصة')).toEqual(['القوافل الرياضية بقفصة/ORG']);
    expect(names('وفاز المستقبل الرياضي بقابس بهدف')).toEqual(['المستقبل الرياضي بقابس/ORG']);
  });
  test('guard: «النجم الرياضي» alone, a sports star, stays no name', () => {
    expect(names('أصبح النجم الرياضي رمزا للشباب')).toEqual([]);
  });
});
