// QA round 286 («… الجديدة» "New …" places cut before «الجديدة», over the 16 news files):
// extendNewPlaces in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 286: «مصر الجديدة», «كاليدونيا الجديدة» are one place', () => {
  it('takes «الجديدة» into the place', () => {
    expect(places('وانتقلت الأسرة إلى شقة في مصر الجديدة.')).toEqual(['مصر الجديدة']);
    expect(places('وتقع كاليدونيا الجديدة في جنوب المحيط الهادئ.')).toContain('كاليدونيا الجديدة');
  });

  it('guards: a new government of a country, and a country called new in a speech, stay apart', () => {
    expect(places('وقالت إن حكومة مصر الجديدة تنال ثقة البرلمان.')).toEqual(['مصر']);
    expect(places('وتحدث الرئيس عن تونس الجديدة التي يريدها الشباب.')).toEqual(['تونس']);
  });
});
