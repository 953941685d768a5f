// QA round 304 (places joined by «و» after a dual or plural noun for places, over the 16 news
// files): splitNamedPlaces in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 304: a dual or plural noun for places names two places or more', () => {
  it('splits the LOC the model ran over «و»', () => {
    expect(places('ويتجه الإعصار ليضرب بقوة إقليمي تشجيانغ وجيانغشي.')).toEqual(['تشجيانغ', 'جيانغشي']);
    expect(places('درس في جامعتي أكسفورد وكمبردج.')).toEqual(['أكسفورد', 'كمبردج']);
    expect(places('وتقع الهجمات في ولايتي خوست وبكتيكا.')).toEqual(['خوست', 'بكتيكا']);
  });

  it('guards: a place written with its own «و», adjectives under one name', () => {
    expect(places('واستهدفت القوات قرى تل واسط والزيارة.')).toEqual(['تل واسط']);
    expect(places('وتشمل دول أمريكا الجنوبية والوسطى الإكوادور.')).toEqual(['أمريكا الجنوبية', 'الإكوادور']);
  });
});
