// QA round 271 (NBC and MSNBC, whose first letter «إن» the model leaves out, over the 16 news
// files): ORGANISATIONS in src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 271: NBC keeps its first letter', () => {
  it('finds «إن بي سي» and «إن بي سي نيوز» whole', () => {
    const text = 'وقال الوزير في مقابلة مع شبكة إن بي سي إن الاتفاق قريب.';
    const nbc = entities(text).find((e) => e.type === 'ORG');
    expect(nbc).toMatchObject({ text: 'إن بي سي' });
    expect(text.slice(nbc!.start, nbc!.end)).toBe('إن بي سي');
    expect(typed('وذكرت شبكة إن بي سي نيوز أن الوفد غادر.')).toContain('ORG إن بي سي نيوز');
  });

  it('guard: «إن» before the BBC is the particle', () => {
    expect(typed('وقال المتحدث إن بي بي سي عربي ستغلق مكتبها.')).toContain('ORG بي بي سي');
  });
});
