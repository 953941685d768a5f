// QA round 169 (the lines of the 16 news files that hold «الأزهر»): al-Azhar as the institution is
// an ORG — with its epithet «الشريف» or after its sheikh, sheikhdom or scholars — though the model
// reads it as a place; labelAzhar in src/ner/rules.ts. The mosque and the district stay places.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 169: al-Azhar the institution', () => {
  it('is an organisation', () => {
    expect(named('وأكد الأزهر الشريف رفضه للعنف.')).toContain('ORG:الأزهر الشريف');
    expect(named('أصدرت مشيخة الأزهر بيانا.')).toContain('ORG:الأزهر');
  });

  it('guards: the mosque, the district and the university stay as they were', () => {
    expect(named('صلى في الجامع الأزهر الشريف.')).not.toContain('ORG:الأزهر الشريف');
    expect(named('يقع المقهى في حي الأزهر بالقاهرة.')).toContain('LOC:الأزهر');
    expect(named('درس في جامعة الأزهر.')).toContain('ORG:جامعة الأزهر');
  });
});
