import { describe, expect, it } from 'vitest';
import { root, roots } from '../../src/root/index.js';

// QA round 23 (news-011, news-005). Invented words only.
describe('root, QA round 23', () => {
  it('reads فإن، فأن written without their hamza as the particle', () => {
    expect(root('فان')).toBeUndefined();
    expect(root('فانه')).toBeUndefined();
    expect(root('فانها')).toBeUndefined();
    expect(root('فانهم')).toBeUndefined();
    expect(root('فاننا')).toBeUndefined();
    expect(root('فانني')).toBeUndefined();
    expect(roots('فانك')).toEqual([]);
  });
  it('reads جنيه «pound» (from guinea) as a loanword with no root', () => {
    expect(root('جنيه')).toBeUndefined();
    expect(root('الجنيه')).toBeUndefined();
    expect(root('بالجنيه')).toBeUndefined();
    expect(root('جنيها')).toBeUndefined();
    expect(root('جنيهين')).toBeUndefined();
    expect(root('جنيهان')).toBeUndefined();
  });
  it('reads أي written with a final ى (أى) as the particle, alone and after a proclitic', () => {
    expect(root('أى')).toBeUndefined();
    expect(root('لأى')).toBeUndefined();
    expect(root('بأى')).toBeUndefined();
    expect(root('وبأى')).toBeUndefined();
    expect(roots('أى')).toEqual([]);
  });
  it('guards: neighbours stay as they were', () => {
    expect(root('فاني')).toBe('فني'); // فانٍ «mortal»
    expect(root('فانٍ')).toBeDefined(); // vowelled, the adjective
    expect(root('فانِ')).toBeDefined();
    expect(root('الفاني')).toBe('فني');
    expect(root('فنان')).toBe('فنن');
    expect(root('فلان')).not.toBeUndefined();
    expect(root('فانتاج')).toBe('نتج'); // ف + انتاج
    expect(root('جنيهات')).toBeUndefined();
    expect(root('جنية')).toBe('جني');
    expect(root('جنى')).toBe('جني');
    expect(root('لانه')).toBeUndefined();
    expect(root('بانك')).not.toBeUndefined();
    expect(root('رأى')).toBe('رءي');
    expect(root('ورأى')).toBe('رءي');
    expect(root('الرأى')).toBe('رءي');
    expect(root('أيام')).toBe('يوم');
  });
});
