/// <reference lib="dom" />
// `npm run test:browser`: serves the repository on 127.0.0.1, opens docs/demo/ in headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core), pastes the corpus article,
// checks that the expected entities are highlighted, and saves a screenshot under test-results/.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize as normalizePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

if (!existsSync(join(ROOT, 'dist', 'browser.js'))) {
  console.error('test:browser: dist/browser.js is missing — run `npm run build` first');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`test:browser: ${CHROMIUM} is missing — install Debian's chromium package (apt-get install chromium)`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = normalizePath(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
  let file = join(ROOT, path);
  if (!file.startsWith(ROOT) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// The demo's job is to show what the library finds; NER accuracy itself is measured by
// `npm run eval:ner` and tests/corpus/entities.test.ts. These are entities of every kind.
const expected: [string, string][] = [
  ['بيلاروسيا', 'LOC'],
  ['بوتين', 'PERS'],
  ['كازاخستان', 'LOC'],
  ['15 يونيو/حزيران عام 2001', 'DATE'],
  ['منظمة شنغهاي للتعاون', 'ORG'],
  ['60%', 'PERCENT'],
];
let failures = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/docs/demo/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  const article = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
  await page.fill('#input', article);
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#entities mark').length > 10, undefined, { timeout: 30_000 });
  const marks = await page.$$eval('#entities mark', (els) => els.map((e) => ({ text: e.textContent ?? '', html: e.outerHTML })));
  for (const [text, type] of expected) {
    const ok = marks.some((m) => m.text.includes(text) && m.html.includes(type));
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${type} ${text}`);
    if (!ok) failures++;
  }
  if (errors.length) {
    console.log(`FAIL page errors: ${errors.join('; ')}`);
    failures++;
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'test-results', 'demo.png'), fullPage: false });
  console.log(`screenshot: test-results/demo.png (${marks.length} entities highlighted)`);
} finally {
  await browser.close();
  server.close();
}
console.log(`browser checks: ${expected.length + 1 - failures} of ${expected.length + 1} passed`);
process.exit(failures ? 1 : 0);
