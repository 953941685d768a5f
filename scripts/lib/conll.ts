// Reading CoNLL files (`token<TAB>tag`, blank line between sentences) for training and evaluation.
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  words: string[];
  /** The tag column as written (`O` when missing). */
  tags: string[];
}

export function readConll(path: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { words: [], tags: [] };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const [word, tag] = line.split('\t');
    cur.words.push(word!);
    cur.tags.push((tag ?? 'O').trim());
  }
  if (cur.words.length) out.push(cur);
  return out;
}
