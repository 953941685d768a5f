// QA round 278 (a sports confederation or federation read as a place and ended before its sport,
// over the 16 news files): retypeNationalFederations in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 278: a confederation is an organisation, with its sport', () => {
  it('reads the AFC and the Arab federation as ORG', () => {
    const text = 'ورفع النادي خطابا إلى الاتحاد الآسيوي لكرة القدم لطلب الموافقة.';
    const afc = entities(text).find((e) => e.type === 'ORG');
    expect(afc).toMatchObject({ text: 'الاتحاد الآسيوي لكرة القدم' });
    expect(text.slice(afc!.start, afc!.end)).toBe('الاتحاد الآسيوي لكرة القدم');
    expect(typed('وانتقلت أستراليا إلى الاتحاد الآسيوي في 2006.')).toContain('ORG الاتحاد الآسيوي');
  });

  it('guards: the Soviet Union and Etihad Stadium stay places', () => {
    expect(typed('انهار الاتحاد السوفيتي عام 1991.')).toContain('LOC الاتحاد السوفيتي');
    expect(typed('وفاز الفريق على ملعب الاتحاد أمس.')).toContain('LOC الاتحاد');
  });
});
