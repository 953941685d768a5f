// QA round 301 (a foreign paper whose name opens with its own article — «ذي», «ذا», «لا», «لو» —
// after «صحيفة/جريدة/مجلة», over the 16 news files): labelForeignPapers in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] => entities(text).filter((e) => e.type === 'ORG').map((e) => e.text);

describe('QA round 301: a foreign paper keeps its article', () => {
  it('joins the article to the name the model found', () => {
    expect(orgs('وعنونت صحيفة ذي ستاندارد «كينيا أنا هنا» مع صورة.')).toEqual(['ذي ستاندارد']);
  });

  it('labels a name the model left O', () => {
    expect(orgs('وأظهرت البيانات التي نشرتها مجلة ذا بانكر العالمية تقدم المصارف.')).toEqual(['ذا بانكر']);
    expect(orgs('وقال لصحيفة لا ناسيون إن الزيارة ناجحة.')).toEqual(['لا ناسيون']);
  });

  it('guards: «لا» before a common word is the negation', () => {
    expect(orgs('وقالت صحيفة لا تزال تصدر إن الأمر انتهى.')).toEqual([]);
  });
});
