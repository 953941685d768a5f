// Span mechanics of entities(), from a QA round on real news text (news-005..009): where a
// name starts after proclitics, what its form is, and which characters it may not begin or end
// with. Sentences are invented; each case failed before its fix.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { createEntityRecognizer, entities, renderEntities, tokenize, toBio } from '../../src/index.js';

const require = createRequire(import.meta.url);
const { ArabicShaper } = require('arabic-persian-reshaper') as { ArabicShaper: { convertArabic(s: string): string } };

const NAMES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
// punctuation that never begins or ends a name
const EDGE = /^[\s"'«»“”„‹›()[\]{}،,؛;:!?؟….\-]|[\s"'«»“”„‹›()[\]{}،,؛;:!?؟….\-]$/;

describe('entities: punctuation around and inside names', () => {
  test.each([
    ['ذكرت وكالة ”نوفوستي“ الروسية', 'نوفوستي'],
    ['قالت له: يا أمي.. سامحيني', 'أمي'],
  ])('%s: the name is «%s», without the marks the model tagged with it', (sentence, name) => {
    const found = entities(sentence, { types: [...NAMES] });
    expect(found.map((e) => e.text)).toContain(name);
    for (const e of found) expect(e.text).not.toMatch(EDGE);
  });

  test('a bracket inside a tagged run splits it into one name per side', () => {
    const text = 'وقال الوزير سيرغي) لافروف إن';
    const found = entities(text, { types: ['PERS'] });
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.text).not.toMatch(/[()]/);
  });

  test('no name of a sentence full of quotes and pauses begins or ends with punctuation', () => {
    const text = 'وكتب على الجدار "شكرا... شكرا يا أبطال" ثم قال: "روسيا.. والصين"، وغادر (بكين).';
    for (const e of entities(text, { types: [...NAMES] })) {
      expect(e.text).not.toMatch(EDGE);
      expect(e.form).not.toMatch(EDGE);
    }
  });

  test('toBio leaves the quotation marks around a name O', () => {
    const text = 'ذكرت وكالة ”نوفوستي“ الروسية';
    const labels = toBio(tokenize(text), entities(text, { types: ['ORG'] }));
    expect(labels).toEqual(['O', 'O', 'O', 'B-ORG', 'O', 'O']);
  });

  test('renderEntities keeps the quotes outside the mark, escaped', () => {
    const text = 'ذكرت وكالة "نوفوستي" الروسية';
    const html = renderEntities(text, entities(text), { legend: false });
    expect(html).toContain('&quot;<mark');
    expect(html).not.toMatch(/<mark[^>]*>&quot;/);
  });

  test('a direction mark at the edge of a name stays out of the span and the form', () => {
    const text = 'قال الرئيس \u200fفلاديمير بوتين\u200f إن';
    const [e] = entities(text, { types: ['PERS'] });
    expect(e?.text).toBe('فلاديمير بوتين');
    expect(text.slice(e!.start, e!.end)).toBe(e!.text);
  });
});

describe('entities: a name after a preposition', () => {
  test.each([
    ['التقى الوفد بجنيفر لوبيز', 'جنيفر لوبيز'],
    ['وصل الرئيس بتشيكيا صباحا', 'تشيكيا'],
    ['وصل الوفد بالفيوم صباحا', 'الفيوم'],
  ])('%s: the span is «%s»', (sentence, name) => {
    expect(entities(sentence, { types: [...NAMES] }).map((e) => e.text)).toContain(name);
  });

  test.each([
    ['سافر الوفد إلى ساحل باتيا', 'باتيا'],
    ['وقال بوجبل إن الوحدة جاهزة', 'بوجبل'],
    ['قال فيصل إن الوضع صعب', 'فيصل'],
  ])('%s: «%s» keeps its first letter', (sentence, name) => {
    const at = sentence.indexOf(name);
    for (const e of entities(sentence, { types: [...NAMES] })) {
      if (e.end > at && e.start < at + name.length) expect(e.start).toBe(at);
    }
  });
});

describe('entities: the form', () => {
  test('reads Persian ی/ک as Arabic letters', () => {
    const found = entities('زار الوفد روسیا والتقى بوتین في الکرملين');
    expect(found.map((e) => e.form)).toEqual(['روسيا', 'بوتين', 'الكرملين']);
    expect(found.map((e) => e.text)).toEqual(['روسیا', 'بوتین', 'الکرملين']);
  });

  test('drops direction marks and joiners inside a name', () => {
    const [e] = entities('قال الرئيس فلاديمير\u200f بوتين إن', { types: ['PERS'] });
    expect(e?.form).toBe('فلاديمير بوتين');
  });

  test('presentation forms: the preposition of «ﻟﻸﻣﻢ» is outside the span, the article restored in the form', () => {
    const text = ArabicShaper.convertArabic('ذهب الوفد للأمم المتحدة');
    const [e] = entities(text, { types: ['ORG'] });
    expect(e?.form).toBe('الأمم المتحدة');
    expect(e!.text.startsWith('\ufedf')).toBe(false); // U+FEDF ARABIC LETTER LAM INITIAL FORM
  });

  test('presentation forms: a preposition inside a lam-alef ligature («ﻷﻣﺮﻳﻜﺎ») is left out of the form', () => {
    const text = ArabicShaper.convertArabic('زار الوفد لأمريكا');
    const [e] = entities(text, { types: ['LOC'] });
    expect(e?.form).toBe('أمريكا');
    expect(text.slice(e!.start, e!.end)).toBe(e!.text);
  });
});

describe('createEntityRecognizer: matching user names', () => {
  test('a name with punctuation inside matches as written, and with spaces around the mark', () => {
    const r = createEntityRecognizer({ gazetteer: { ORG: ['هيوليت-باكارد', 'سي.إن.إن'] } });
    expect(r.entities('أعلنت هيوليت-باكارد نتائجها', { types: ['ORG'] }).map((e) => e.text)).toEqual(['هيوليت-باكارد']);
    expect(r.entities('أعلنت هيوليت - باكارد نتائجها', { types: ['ORG'] }).map((e) => e.text)).toEqual(['هيوليت - باكارد']);
    expect(r.entities('قالت سي.إن.إن إن', { types: ['ORG'] }).map((e) => e.text)).toEqual(['سي.إن.إن']);
  });

  test('a name after proclitics in a word the corpus does not know', () => {
    const r = createEntityRecognizer({ gazetteer: { ORG: ['ضاد'], PERS: ['ليلى'] } });
    expect(r.entities('أعلن ولضاد', { types: ['ORG'] }).map((e) => [e.text, e.form])).toEqual([['ضاد', 'ضاد']]);
    expect(r.entities('قالت ولليلى', { types: ['PERS'] }).map((e) => [e.text, e.form])).toEqual([['ليلى', 'ليلى']]);
  });

  test('a common word is not cut into a proclitic and a user name («وسام» is no و + «سام»)', () => {
    const r = createEntityRecognizer({ gazetteer: { PERS: ['سام'] } });
    expect(r.entities('حصل على وسام الشرف').some((e) => e.text === 'سام')).toBe(false);
  });

  test('the form of a user name reads Persian letters as Arabic', () => {
    const r = createEntityRecognizer({ gazetteer: { LOC: ['روسیا'] } });
    expect(r.entities('زار روسيا وروسیا', { types: ['LOC'] }).map((e) => e.form)).toEqual(['روسيا', 'روسيا']);
  });
});

describe('entities: hashtags', () => {
  test('a name written as a hashtag starts after «#»; its form reads «_» as a space', () => {
    const text = 'وهي من محافظة #صفاقس جنوب تونس، ونعى الشاعر #عبدالله_صالح_معرجي أمس';
    const found = entities(text, { types: [...NAMES] });
    expect(found.map((e) => e.text)).toContain('صفاقس');
    for (const e of found) {
      expect(e.text.startsWith('#')).toBe(false);
      expect(e.form).not.toMatch(/[#_]/);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
