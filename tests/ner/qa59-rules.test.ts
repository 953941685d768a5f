import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 59: an acronym spelled in letter names joined by dots is one name', () => {
  it('joins «بي.بي.سي» in brackets', () => {
    expect(names('ونقلت هيئة الإذاعة البريطانية (بي.بي.سي) عن مصادر قولها')).toContain('ORG:بي.بي.سي');
  });
  it('joins «آي.بي.إم» after «مثل»', () => {
    expect(names('عمل مستشارا لشركات مثل آي.بي.إم وميشلان')).toContain('ORG:آي.بي.إم');
  });
  it('joins dots followed by spaces («إف. بي. أو»)', () => {
    expect(names('ورئيس حزب "إف. بي. أو" النمساوي هاينز')).toContain('ORG:إف. بي. أو');
  });
  it('joins «بي.دبليو.سي» whose letters the model tagged apart', () => {
    const got = names('وتتوقع بي.دبليو.سي أن تنمو الأسواق');
    expect(got).toContain('ORG:بي.دبليو.سي');
    expect(got).not.toContain('ORG:بي');
  });
  it('guard: a letter name that is no dotted acronym is left alone', () => {
    expect(names('خفضت الوكالة التصنيف من "بي" إلى "بي+" أمس')).not.toContain('ORG:بي.بي');
  });
  it('guard: spelled acronyms with spaces stay as they were', () => {
    expect(names('وقالت شبكة بي بي سي البريطانية إن الاجتماع انتهى')).toContain('ORG:بي بي سي');
  });
});
