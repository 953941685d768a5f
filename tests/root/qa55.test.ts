import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 55: the Golan (الجولان) took جول, استاد and ستاد «stadium» took سود and ءدي, the
// loanwords جينات، جيني، جينية «genes, genetic» took جني, and foreign names fit real roots (ستوك
// → ستت, نورث → ورث, غراد → غرد, الليغا → لغو, إيبار → وبر, سلتا → سلل, ليستر → ستر,
// فالكون → كون). أدوات «tools» and إرث
// «heritage» are pinned to ءدو and ورث, whose corpus priors fell a step with those words rootless.
describe('root: QA round 55', () => {
  test.each([
    ['الجولان', undefined],
    ['بالجولان', undefined],
    ['للجولان', undefined],
    ['الجولاني', undefined],
    ['استاد', undefined],
    ['الاستاد', undefined],
    ['باستاد', undefined],
    ['إستاد', undefined],
    ['ستاد', undefined],
    ['جينات', undefined],
    ['والجينات', undefined],
    ['الجينية', undefined],
    ['الجيني', undefined],
    ['جينيا', undefined],
    ['ستوك', undefined],
    ['وستوك', undefined],
    ['نورث', undefined],
    ['غراد', undefined],
    ['الليغا', undefined],
    ['بالليغا', undefined],
    ['إيبار', undefined],
    ['سلتا', undefined],
    ['وسلتا', undefined],
    ['ليستر', undefined],
    ['وليستر', undefined],
    ['فالكون', undefined],
    ['إرثا', 'ورث'],
    ['ترث', 'ورث'],
    ['وترث', 'ورث'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: Arabic words that share letters with the entries above keep their roots.
  test.each([
    ['الجولة', 'جول'],
    ['المجال', 'جول'],
    ['يسود', 'سود'],
    ['الأسود', 'سود'],
    ['الأستاذ', 'ءستذ'],
    ['الجني', 'جني'],
    ['لجين', 'لجن'],
    ['ستة', 'ستت'],
    ['يرث', 'ورث'],
    ['الإرث', 'ورث'],
    ['إرثنا', 'ورث'],
    ['كارثة', 'كرث'],
    ['الكارثية', 'كرث'],
    ['أدوات', 'ءدو'],
    ['أدواتها', 'ءدو'],
    ['بأدواته', 'ءدو'],
    ['تغريدة', 'غرد'],
    ['اللغة', 'لغو'],
    ['السلة', 'سلل'],
    ['يستر', 'ستر'],
    ['الستر', 'ستر'],
    ['يكون', 'كون'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
