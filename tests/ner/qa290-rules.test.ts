// QA round 290 (given names that are common words, after a title, over the 16 news files):
// labelTitledWordNames and titlesHolder in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 290: «رئيس الحكومة تمام سلام», «الفريق أول خليفة حفتر»', () => {
  it('takes a given name that is a common word after a title', () => {
    expect(persons('ودعا رئيس الحكومة تمام سلام إلى جلسة لمجلس الوزراء.')).toEqual(['تمام سلام']);
    expect(persons('والتقى الوفد قائد الجيش الفريق أول خليفة حفتر في بنغازي.')).toContain('خليفة حفتر');
  });

  it('reads a title with its nationality before a Maghreb name', () => {
    expect(persons('وأجرى رئيس الحكومة التونسية الحبيب الصيد مباحثات في الجزائر.')).toEqual(['الحبيب الصيد']);
  });

  it('guards: the caliph of the Muslims, and a speech verb before a preposition', () => {
    expect(persons('وحارب السلطان العثماني خليفة المسلمين جيوش الحلفاء.')).toEqual([]);
    expect(persons('وأضاف خليفة خلال مداخلته أن المؤتمر قريب.')).not.toContain('خليفة خلال');
  });
});
