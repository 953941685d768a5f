import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 69: التمر «the dates» (بالتمر، والتمر، وللتمر) is of تمر like التمور, not ت + مرر;
// the names and loanwords القوط، القوطية (the Goths, Gothic; not لقط), كتبغا (Kitbuqa; not بغي),
// القوتلي (al-Quwatli; not قتل) and ترام «tram» (الترام، والترام; not روم) are rootless.
describe('root: QA round 69', () => {
  test.each([
    ['التمر', 'تمر'],
    ['بالتمر', 'تمر'],
    ['والتمر', 'تمر'],
    ['وللتمر', 'تمر'],
    ['القوط', undefined],
    ['القوطية', undefined],
    ['كتبغا', undefined],
    ['القوتلي', undefined],
    ['ترام', undefined],
    ['الترام', undefined],
    ['والترام', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: تمر «passes» alone and after و keeps مرر, and so do يمر، تمرير; التمور «dates» keeps
  // تمر; سقوط «fall» keeps سقط and المنقوطة نقط; الالتقاط «picking up» keeps لقط; قتل «killing»
  // keeps قتل; التبغ keeps تبغ; الروم «the Byzantines» keeps روم.
  test.each([
    ['تمر', 'مرر'],
    ['وتمر', 'مرر'],
    ['يمر', 'مرر'],
    ['تمرير', 'مرر'],
    ['التمور', 'تمر'],
    ['سقوط', 'سقط'],
    ['المنقوطة', 'نقط'],
    ['الالتقاط', 'لقط'],
    ['قتل', 'قتل'],
    ['التبغ', 'تبغ'],
    ['الروم', 'روم'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
