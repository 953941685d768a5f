// QA round 293 («عبد» + a divine name left O, over the 16 news files): labelAbdNames in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 293: «عبد الملك الحوثي» is a person', () => {
  it('labels «عبد» + a divine name with the family name after it', () => {
    expect(persons('وقال زعيم الحوثيين عبد الملك الحوثي في خطابه إن الحرب مستمرة.')).toContain('عبد الملك الحوثي');
    expect(persons('كنا على اقتناع بأن عبد الحق تلقى أفضل عناية في الملعب.')).toContain('عبد الحق');
  });

  it('joins the PERS the model found after it', () => {
    expect(persons('وقد حضر حفل أداء القسم، على الخصوص، رئيس الحكومة عبد الإله ابن كيران، ورئيسا غرفتي البرلمان.')).toContain('عبد الإله ابن كيران');
    expect(persons('وأضاف عبد الملك سلال أن الجزائر لن تتزعزع.')).toContain('عبد الملك سلال');
  });

  it('guards: a preposition or a title after it stays out, the paved road stays O', () => {
    const caliph = persons('وكان الخليفة أبو أحمد عبد الله أمير المؤمنين في بغداد.');
    expect(caliph.some((p) => p.includes('أمير'))).toBe(false);
    expect(persons('وخرج عبد الملك على رأس جيش كبير إلى العراق.')).toContain('عبد الملك');
    expect(persons('وقد عُبِّد الطريق الجديد في القرية.')).toEqual([]);
  });
});
