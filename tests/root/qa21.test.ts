import { describe, expect, it } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 21 (news-008, news-012). Invented words only.
describe('root, QA round 21', () => {
  it('reads و + أدّى، ودّ، أيّد as the conjunction, not وأد «bury alive»', () => {
    expect(root('وأدى')).toBe('ءدي');
    expect(root('وأدت')).toBe('ءدي');
    expect(root('وأداؤها')).toBe('ءدي');
    expect(root('وأيدت')).toBe('ءيد');
    expect(root('وأودية')).toBe('ودي');
  });
  it('keeps وءد for the passive participle الموءودة', () => {
    expect(root('الموءودة')).toBe('وءد');
  });
  it('guards: words of the roots that took over stay as they were', () => {
    expect(root('أدى')).toBe('ءدي');
    expect(root('يؤدي')).toBe('ءدي');
    expect(root('الأدوات')).toBe('ءدو');
    expect(root('أيد')).toBe('ءيد');
  });
});
