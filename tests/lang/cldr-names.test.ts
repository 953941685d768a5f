// Language detection on text that native speakers wrote for CLDR: the names of territories
// and languages in each locale (cldr-localenames-full, a dev dependency), taken 8 at a time
// as sentence-length text, and one by one as single words. Name lists are harder than prose
// (few function words for franc), so these floors are a lower bound on real text.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../src/lang/index.js';

const require = createRequire(import.meta.url);

function names(locale: string): string[] {
  const out = new Set<string>();
  for (const file of ['territories', 'languages'] as const) {
    const json = require(`cldr-localenames-full/main/${locale}/${file}.json`) as {
      main: Record<string, { localeDisplayNames: Record<string, Record<string, string>> }>;
    };
    for (const name of Object.values(json.main[locale]!.localeDisplayNames[file]!)) {
      if (/[\u0600-\u06FF]/.test(name)) out.add(name);
    }
  }
  return [...out];
}

function share(texts: string[], expected: string): number {
  return texts.filter((t) => detectLanguage(t) === expected).length / texts.length;
}

// [CLDR locale, expected answer, floor for groups of 8 names]; measured at writing:
// ar 110/110, fa 111/111, fa-AF 111/111, ur 93/97, ps 88/93, ckb 83/84, ug 100/100, sd 90/94.
const LOCALES: [string, string, number][] = [
  ['ar', 'arb', 0.98],
  ['fa', 'pes', 0.98],
  ['fa-AF', 'pes', 0.98], // Dari is answered pes
  ['ur', 'urd', 0.9],
  ['ps', 'pbu', 0.9],
  ['ckb', 'ckb', 0.95],
  ['ug', 'uig', 0.97],
  ['sd', 'snd', 0.9],
];

describe('detectLanguage on CLDR names', () => {
  test.each(LOCALES)('names in %s, 8 at a time, are %s', (locale, expected, floor) => {
    const all = names(locale);
    const groups: string[] = [];
    for (let i = 0; i + 8 <= all.length; i += 8) groups.push(all.slice(i, i + 8).join('، '));
    expect(groups.length).toBeGreaterThan(50);
    expect(share(groups, expected)).toBeGreaterThanOrEqual(floor);
  });

  test('every single Arabic name is arb', () => {
    const all = names('ar');
    expect(all.length).toBeGreaterThan(500);
    expect(share(all, 'arb')).toBe(1);
  });

  test('single Persian names are mostly pes (the rest have no Persian-only letter and are arb)', () => {
    // measured: 811 of 891
    expect(share(names('fa'), 'pes')).toBeGreaterThanOrEqual(0.85);
  });
});
