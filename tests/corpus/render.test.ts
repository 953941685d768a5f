// docs/ner-article.html (linked, with its screenshot, from docs/ner.md) must show what dhad
// renders for the reference article now: rerun `npx tsx scripts/render-article.ts` when the
// recognizer changes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderArticle } from '../../scripts/render-article.js';

describe('docs/ner-article.html', () => {
  test('is renderEntities(text, entities(text)) of corpus/sco-summit-2024.txt', () => {
    const committed = readFileSync(new URL('../../docs/ner-article.html', import.meta.url), 'utf8');
    expect(committed).toBe(renderArticle());
  });
});
