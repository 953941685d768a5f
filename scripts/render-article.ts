// `npx tsx scripts/render-article.ts`: renders the reference article's entities with
// `renderEntities` into docs/ner-article.html (a standalone page) and, when Chromium is
// installed, a screenshot of it, docs/ner-article.png, shown in docs/ner.md.
// tests/corpus/render.test.ts checks that the page is what dhad renders now.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entities, renderEntities } from '../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');

/** The page around the fragment (kept in one function so that the test can rebuild it). */
export function articlePage(fragment: string): string {
  return [
    '<!doctype html>',
    '<html lang="ar" dir="rtl">',
    '<head><meta charset="utf-8"><title>dhad — entities of corpus/sco-summit-2024.txt</title>',
    '<style>body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; font-size: 18px; max-width: 52em; margin: 1.5em auto; padding: 0 1em; }</style></head>',
    '<body>',
    fragment,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The page for the reference article as dhad renders it now. */
export function renderArticle(): string {
  return articlePage(renderEntities(text, entities(text)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const page = renderArticle();
  const htmlPath = join(ROOT, 'docs', 'ner-article.html');
  writeFileSync(htmlPath, page);
  console.log(`wrote ${htmlPath}`);
  const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(CHROMIUM)) {
    console.log(`no screenshot: ${CHROMIUM} is missing`);
  } else {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const page2 = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
    await page2.setContent(page);
    const pngPath = join(ROOT, 'docs', 'ner-article.png');
    await page2.screenshot({ path: pngPath, fullPage: true });
    await browser.close();
    console.log(`wrote ${pngPath}`);
  }
}
