// QA round 289 («دير» "monastery" cut from the name after it, over the 16 news files):
// joinMonasteryNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 289: «دير وستمنستر», «دير القمر» are one place', () => {
  it('joins «دير» to the name after it', () => {
    expect(places('وتوج الملك في دير وستمنستر في لندن.')).toContain('دير وستمنستر');
    expect(places('وولد الشاعر في بلدة دير القمر عام 1900.')).toContain('دير القمر');
  });

  it('guards: a describing word after «دير» stays out', () => {
    expect(places('وتوجه الوفد إلى دير التابعة للكنيسة في المنيا.').join(' ')).not.toContain('دير التابعة');
  });
});
