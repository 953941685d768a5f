// QA round 305 (two places run into one LOC over «و» at the end of a list or after «بين», over
// the 16 news files): splitListedPlaces in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 305: places in a list or after «بين» are apart', () => {
  it('splits the LOC the model ran over «و»', () => {
    expect(places('وتركزت الغارات على تجمعات المتمردين في محافظات الحديدة وصعدة والجوف وحجة وعمران.')).toEqual([
      'الحديدة',
      'صعدة',
      'الجوف',
      'حجة',
      'عمران',
    ]);
    expect(places('يسجل التبادل التجاري بين السعودية والهند نموا.')).toEqual(['السعودية', 'الهند']);
  });

  it('guards: another spelling of a gazetteer name stays whole', () => {
    expect(places('وتشمل الجولة تونس وأنتيغوا وباربودا.')).toEqual(['تونس', 'أنتيغوا وباربودا']);
  });
});
