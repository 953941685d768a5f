import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_COLORS, escapeHtml, renderEntities } from '../../src/ner/render.js';
import type { Entity } from '../../src/ner/types.js';
import { ROOT } from '../helpers/shared.js';

const entity = (type: Entity['type'], text: string, start: number): Entity => ({ type, text, start, end: start + text.length, form: text, score: 1 });

/** The text content of the fragment: tags and labels removed, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<span class="dhad-label"[^>]*>[A-Z]+<\/span>/g, '')
    .replace(/<div class="dhad-legend".*?<\/div>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderEntities', () => {
  test('wraps the text in a right-to-left div and marks each entity with its type', () => {
    const html = renderEntities('زار بوتين أستانة', [entity('PERS', 'بوتين', 4), entity('LOC', 'أستانة', 10)]);
    expect(html.startsWith('<div class="dhad-entities" dir="rtl" lang="ar"')).toBe(true);
    expect(html).toContain('<mark class="dhad-entity dhad-entity-PERS" data-type="PERS"');
    expect(html).toContain(`background: ${ENTITY_COLORS.LOC}`);
    expect(html).toMatch(/بوتين<span class="dhad-label" dir="ltr"[^>]*>PERS<\/span><\/mark>/);
    expect(textOf(html)).toBe('زار بوتين أستانة');
  });

  test('adds a legend of the types present, in a fixed order, unless told not to', () => {
    const html = renderEntities('زار بوتين أستانة', [entity('LOC', 'أستانة', 10), entity('PERS', 'بوتين', 4)]);
    const legend = /<div class="dhad-legend".*?<\/div>/.exec(html)![0];
    expect([...legend.matchAll(/>([A-Z]+)<\/span>/g)].map((m) => m[1])).toEqual(['PERS', 'LOC']);
    expect(renderEntities('زار بوتين', [entity('PERS', 'بوتين', 4)], { legend: false })).not.toContain('dhad-legend');
    expect(renderEntities('لا شيء', [])).not.toContain('dhad-legend');
  });

  test('escapes <, >, &, and quotes in the text and in entities', () => {
    const text = `<script>alert("x")</script> & 'AT&T'`;
    const html = renderEntities(text, [entity('ORG', 'AT&T', 31)]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;');
    expect(html).toContain('AT&amp;T<span');
    expect(textOf(html)).toBe(text);
  });

  test('takes custom colours and rejects unsafe ones and unknown keys', () => {
    expect(renderEntities('بوتين', [entity('PERS', 'بوتين', 0)], { colors: { PERS: '#ffd700' } })).toContain('background: #ffd700');
    expect(() => renderEntities('x', [], { colors: { PERS: 'red;" onclick="x' } })).toThrow(/dhad\.renderEntities: options\.colors\.PERS must be a CSS colour/);
    // a CSS custom property, for themed pages (refused before session 19), with a fallback that must be a colour
    expect(renderEntities('بوتين', [entity('PERS', 'بوتين', 0)], { colors: { PERS: 'var(--pers-bg)' } })).toContain('background: var(--pers-bg);');
    expect(renderEntities('بوتين', [entity('PERS', 'بوتين', 0)], { colors: { PERS: 'var(--pers_bg, rgb(255, 255, 0))' } })).toContain('background: var(--pers_bg, rgb(255, 255, 0));');
    for (const bad of ['var(--x, gren)', 'var(x)', 'var(--x);color:red', 'var(--x) red']) {
      expect(() => renderEntities('x', [], { colors: { PERS: bad } })).toThrow(/options\.colors\.PERS must be a CSS colour/);
    }
    expect(() => renderEntities('x', [], { colors: { PERSON: 'red' } as never })).toThrow(/dhad\.renderEntities: unknown entity type 'PERSON' in colors/);
    expect(() => renderEntities('x', [], { colors: 'red' as never })).toThrow(/dhad\.renderEntities: options\.colors must be an object, got string/);
    expect(() => renderEntities('x', [], { colour: 'red' } as never)).toThrow(/dhad\.renderEntities: unknown option 'colour'/);
    expect(() => renderEntities('x', [], { legend: 'yes' } as never)).toThrow(/legend must be a boolean/);
  });

  test('rejects spans outside the text, overlapping spans and mismatched text', () => {
    expect(() => renderEntities('abc', [entity('NUM', 'abcd', 0)])).toThrow(/dhad\.renderEntities: entity span \[0, 4\) is outside the text/);
    expect(() => renderEntities('abc', [{ ...entity('NUM', 'a', 0), end: 0 }])).toThrow(TypeError);
    expect(() => renderEntities('abc', [entity('NUM', 'ab', 0), entity('NUM', 'bc', 1)])).toThrow(/dhad\.renderEntities: entities overlap/);
    expect(() => renderEntities('abc', [entity('NUM', 'xy', 0)])).toThrow(/does not match the text/);
    expect(() => renderEntities('abc', [{ ...entity('NUM', 'a', 0), type: 'PERSON' as never }])).toThrow(/unknown entity type/);
  });

  test('names itself for a non-string text', () => {
    expect(() => renderEntities(5 as unknown as string, [])).toThrow(new TypeError('dhad.renderEntities: expected a string, got number'));
    expect(() => renderEntities('x', 'y' as unknown as [])).toThrow(/dhad\.renderEntities: expected an array of entities, got string/);
  });

  test('renders the corpus gold with every entity marked and the text intact', () => {
    const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.entities.json'), 'utf8')) as Entity[];
    const html = renderEntities(text, gold);
    expect(html.match(/<mark /g)).toHaveLength(gold.length);
    expect(textOf(html)).toBe(text);
  });
});

describe('escapeHtml', () => {
  test('leaves text without special characters as it is', () => {
    expect(escapeHtml('نص عادي')).toBe('نص عادي');
    expect(escapeHtml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });
});
