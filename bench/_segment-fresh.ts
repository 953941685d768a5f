// Child process of bench/segment.ts: segmentText alone in a fresh process, nothing else run
// before it, on the article repeated to 5 MB or on the news text. Prints one JSON line.
// (Run in the bench's process after `segment()` on each word, segmentText is 5–15 % slower,
// and `segment()` after segmentText likewise: the JIT's code for their shared analysis
// depends on which caller made it hot first.)
import { segmentText } from '../src/segment/index.js';
import { corpusOfSize, measureInterleaved, newsText } from './_util.js';

const which = process.argv[2] === 'news' ? 'news' : 'article';
const text = which === 'news' ? newsText() : corpusOfSize(5 * 1024 * 1024);
if (text === undefined) {
  console.log('{}');
} else {
  const words = segmentText(text).length;
  const [t] = measureInterleaved([() => segmentText(text)]);
  console.log(JSON.stringify({ words, wall: t!.wall, cpu: t!.cpu }));
}
