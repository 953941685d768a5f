import { describe, expect, it } from 'vitest';
import { root, roots } from '../../src/root/index.js';

// QA round 22 (news-008, news-012). Invented words only.
describe('root, QA round 22', () => {
  it('reads لأن «because» written without its hamza as the particle', () => {
    expect(root('لان')).toBeUndefined();
    expect(root('لانه')).toBeUndefined();
    expect(root('لانهم')).toBeUndefined();
    expect(root('لاننا')).toBeUndefined();
    expect(root('ولانها')).toBeUndefined();
    expect(roots('لانهما')).toEqual([]);
  });
  it('reads ميزان، ميزانية as مفعال of وزن', () => {
    expect(root('ميزانية')).toBe('وزن');
    expect(root('وبالميزانيات')).toBe('وزن');
    expect(root('ميزانيتنا')).toBe('وزن');
    expect(root('الميزان')).toBe('وزن');
  });
  it('reads the imperfect of أدّى before وا as ءدي', () => {
    expect(root('يؤدوا')).toBe('ءدي');
    expect(root('لتؤدوا')).toBe('ءدي');
    expect(root('يؤد')).toBe('ءدي'); // لم يؤدِّ
  });
  it('guards: neighbours stay as they were', () => {
    expect(root('فلان')).not.toBeUndefined(); // «so-and-so», a noun
    expect(root('بانك')).not.toBeUndefined(); // a bank, not ب + أنك
    expect(root('لانتاج')).toBe('نتج');
    expect(root('لانهاء')).toBe('نهي');
    expect(root('بأنه')).toBeUndefined();
    expect(root('انهم')).toBeUndefined();
    expect(root('مميزات')).toBe('ميز');
    expect(root('الميزة')).toBe('ميز');
    expect(root('الأدوات')).toBe('ءدو');
    expect(root('يؤدي')).toBe('ءدي');
  });
});
