// Child process of bench/tokenize.ts: one tokenizer alone in a fresh process, with only its own
// library loaded, on the article repeated to 5 MB or on the news text. Prints one JSON line.
// (In the bench's shared process natural's import leaves some 100 MB of modules on the heap,
// and V8's concurrent marking of that heap adds CPU time to every tokenizer that allocates
// one object per token: dhad's tokenize took 147–189 ms per 5 MB alone and 222–235 ms with
// natural loaded, the same with `--single-threaded-gc`: 192 against 198.)
import { createRequire } from 'node:module';
import { tokenize, tokenSpans } from '../src/tokenize/index.js';
import { corpusOfSize, measureInterleaved, newsText } from './_util.js';

const require = createRequire(import.meta.url);
const [tool = '', which = 'article'] = process.argv.slice(2);
const text = which === 'news' ? newsText() : corpusOfSize(5 * 1024 * 1024);

async function tokenizer(): Promise<((s: string) => { length: number }) | undefined> {
  switch (tool) {
    case 'dhad':
      return (s) => tokenize(s);
    case 'dhad-spans':
      return (s) => tokenSpans(s);
    case 'nlpjs': {
      const { TokenizerAr } = require('@nlpjs/lang-ar') as { TokenizerAr: new () => { tokenize(text: string, normalize?: boolean): string[] } };
      // TokenizerAr caches whole inputs per instance: a fresh instance per run measures the work.
      return (s) => new TokenizerAr().tokenize(s, false);
    }
    case 'natural': {
      type Fa = new () => { tokenize(text: string): string[] };
      const natural = (await import('natural')) as unknown as { default?: { AggressiveTokenizerFa: Fa }; AggressiveTokenizerFa?: Fa };
      const Fa = natural.AggressiveTokenizerFa ?? natural.default!.AggressiveTokenizerFa;
      return (s) => new Fa().tokenize(s);
    }
    default:
      return undefined;
  }
}

const fn = await tokenizer();
if (text === undefined || fn === undefined) {
  console.log('{}');
} else {
  const count = fn(text).length;
  const [t] = measureInterleaved([() => fn(text)]);
  console.log(JSON.stringify({ count, wall: t!.wall, cpu: t!.cpu }));
}
