// API pass 15: a user who combines functions and expects them to agree — analyze against
// tokenize, sentences, segmentText, stem, root and entities called one by one; the CLI against
// the library. Defect fixed: analyze and `dhad segment` segmented each word alone, so the rules
// of running text that segmentText applies («فان» the «van» of a name, «فقد» the verb before a
// definite noun) were missing from their segmentations.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { analyze, analyzeStream, createEntityRecognizer, entities, normalize, root, segmentText, sentences, stem, tokenize } from '../src/index.js';
import { arabicText, arabicWord } from '../src/testing/index.js';

async function cli(args: string[], input: string): Promise<string> {
  let stdout = '';
  await main(args, {
    stdin: Readable.from([Buffer.from(input, 'utf8')]),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: () => true, isTTY: false },
    env: {},
  });
  return stdout;
}

const words = (text: string) => analyze(text, { steps: ['segment', 'stem'] }).tokens.filter((t) => t.type === 'word');
const bases = (text: string) => words(text).map((t) => t.segmentation?.base.text);

describe('analyze segments as segmentText does, rules of running text included', () => {
  test('«فان» of a name and after «سيارة» is kept whole, as in segmentText', () => {
    for (const text of ['سجل روبن فان بيرسي هدفا', 'اشترى سيارة فان جديدة']) {
      expect(bases(text)).toEqual(segmentText(text).map((t) => t.segmentation.base.text));
      expect(bases(text)).toContain('فان');
    }
  });

  test('«فقد» before a definite noun is the verb, kept whole, as in segmentText', () => {
    const text = 'فقد الجيش مواقعه في الشمال';
    expect(words(text)[0]?.segmentation).toEqual(segmentText(text)[0]?.segmentation);
    expect(words(text)[0]?.segmentation?.prefixes).toEqual([]);
  });

  test('the whole segmentation, offsets included, equals segmentText on text with «فان» and «فقد»', () => {
    const glue = fc.constantFrom('فان', 'فقد', 'سيارة', 'لذلك', 'دير', 'الجيش');
    const piece = fc.oneof(glue, arabicWord({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '، ', '\n'), (parts, gap) => {
        const text = parts.join(gap);
        expect(words(text).map((t) => t.segmentation)).toEqual(segmentText(text).map((t) => t.segmentation));
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  test('guard: the stems stay those of stem() on the word alone, with or without the article split', () => {
    const text = 'فقد الجيش مواقعه وقال روبن فان بيرسي';
    for (const splitArticle of [true, false]) {
      const doc = analyze(text, { steps: ['segment', 'stem'], splitArticle });
      for (const t of doc.tokens) if (t.type === 'word') expect(t.stem).toBe(stem(t.text));
    }
  });

  test("with splitArticle false the same rules apply («فان» whole), the article stays in the base", () => {
    const doc = analyze('سجل روبن فان بيرسي في المباراة', { steps: ['segment'], splitArticle: false });
    expect(doc.tokens.map((t) => t.segmentation?.base.text)).toEqual(segmentText('سجل روبن فان بيرسي في المباراة', { splitArticle: false }).map((t) => t.segmentation.base.text));
  });

  test("analyzeStream gives the segmentation of segmentText, offsets from the stream start", async () => {
    const text = 'مقدمة قصيرة.\n\nفقد الفريق نقطتين أمام روبن فان بيرسي';
    const got = [];
    for await (const doc of analyzeStream([text], { steps: ['segment'] })) got.push(...doc.tokens.filter((t) => t.type === 'word').map((t) => t.segmentation));
    expect(got).toEqual(segmentText(text).map((t) => t.segmentation));
  });
});

describe('dhad segment agrees with segmentText', () => {
  test('«فان» of a name and «فقد» before a definite noun are whole in the CLI too, on any line', async () => {
    const text = 'سطر أول\nسجل روبن فان بيرسي\nفقد الجيش مواقعه';
    const out = await cli(['segment'], text);
    expect(out.split('\n')[1]).toBe('سجل روبن فان بيرسي');
    expect(out.split('\n')[2]).toBe('فقد ال+جيش مواقع+ه');
    const json = (await cli(['segment', '-f', 'jsonl'], text)).trim().split('\n').flatMap((l) => JSON.parse(l) as { type: string; segmentation?: unknown }[]);
    expect(json.filter((t) => t.type === 'word').map((t) => t.segmentation)).toEqual(segmentText(text).map((t) => t.segmentation));
  });

  test('guard: «فإن» written «فان» before a common word stays ف + «ان» in both', async () => {
    const text = 'وبالتالي فان الأمر انتهى';
    expect((await cli(['segment'], text)).trim().split(' ')[1]).toBe('ف+ان');
    expect(bases(text)[1]).toBe('ان');
    expect(segmentText(text)[1]?.segmentation.base.text).toBe('ان');
  });

  test('guard: tokenize and stem in the CLI give the library tokens and stems, offsets into the whole input', async () => {
    const texts = fc.sample(arabicText({ maxLength: 10, digits: true, latin: true, whitespace: true }), { numRuns: 40, seed: 15 });
    for (const text of texts) {
      const toks = (await cli(['tokenize', '-f', 'jsonl'], text)).trim().split('\n').filter(Boolean).flatMap((l) => JSON.parse(l) as unknown[]);
      expect(toks).toEqual(tokenize(text));
      const stems = (await cli(['stem', '-f', 'jsonl'], text)).trim().split('\n').filter(Boolean).flatMap((l) => JSON.parse(l) as unknown[]);
      expect(stems).toEqual(tokenize(text).map((t) => ({ text: t.text, start: t.start, end: t.end, stem: t.type === 'word' ? stem(t.text) : t.text })));
    }
  });
});

describe('guards: analyze equals its stages called one by one', () => {
  test('tokens, normal forms, sentences, stems, roots and entities', () => {
    const texts = [
      'وقال الرئيس فلاديمير بوتين في أستانة يوم 4 يوليو 2024 إن المنظمة ستنمو بنسبة 5%.',
      'الْقِمَّةُ في أستانةَ، ودعا محمد بن سلمان إلى السلام.\n\nوهنأ توكاييف الحضور.',
      ...fc.sample(arabicText({ maxLength: 12, digits: true, latin: true, whitespace: true, persian: true, invisibles: true }), { numRuns: 60, seed: 15 }),
    ];
    for (const text of texts) {
      const doc = analyze(text, { steps: ['language', 'sentences', 'tokens', 'normal', 'segment', 'stem', 'root', 'entities'], normalize: 'search' });
      expect(doc.tokens.map(({ segmentation, stem: s, root: r, ...t }) => t)).toEqual(tokenize(text, { normalize: 'search' }));
      for (const t of doc.tokens) expect(t.normal).toBe(normalize(t.text, 'search'));
      expect(doc.sentences).toEqual(sentences(text));
      expect(doc.entities).toEqual(entities(text));
      for (const t of doc.tokens) {
        if (t.type !== 'word') continue;
        expect(t.stem).toBe(stem(t.text));
        expect(t.root).toBe(root(t.text));
      }
    }
  });

  test('entities with types is entities filtered; a recognizer with an empty gazetteer is entities', () => {
    const text = 'وقال الرئيس فلاديمير بوتين في أستانة يوم 4 يوليو 2024 إن المنظمة ستنمو بنسبة 5% وتكلف 3 ملايين دولار.';
    const all = entities(text);
    const empty = createEntityRecognizer({ gazetteer: {} });
    expect(empty.entities(text)).toEqual(all);
    for (const types of [['PERS'], ['LOC', 'DATE'], ['NUM', 'PERCENT', 'MONEY']] as const) {
      expect(entities(text, { types })).toEqual(all.filter((e) => (types as readonly string[]).includes(e.type)));
    }
  });
});
