// Lucene's Arabic analysis chain as Elasticsearch, Solr and OpenSearch index it:
// ArabicNormalizer then ArabicStemmer (Larkey, Ballesteros and Connell's "light10").
// Written from the published description and Lucene's documented behaviour; Java strings are
// UTF-16 like JavaScript's, so lengths are counted in code units as Lucene counts them.
import { Scratch, stringOf } from './buffer.js';

const scratch = new Scratch();

// Prefixes in the order Lucene tries them; the first that fits is removed (at most one).
// ال وال بال كال فال لل و
const PREFIXES: readonly (readonly number[])[] = [
  [0x0627, 0x0644],
  [0x0648, 0x0627, 0x0644],
  [0x0628, 0x0627, 0x0644],
  [0x0643, 0x0627, 0x0644],
  [0x0641, 0x0627, 0x0644],
  [0x0644, 0x0644],
  [0x0648],
];

// Suffixes in Lucene's order; each one that fits is removed in turn, so several can go.
// ها ان ات ون ين يه ية ه ة ي (ية and ة never match after normalization turns ة into ه)
const SUFFIXES: readonly (readonly number[])[] = [
  [0x0647, 0x0627],
  [0x0627, 0x0646],
  [0x0627, 0x062a],
  [0x0648, 0x0646],
  [0x064a, 0x0646],
  [0x064a, 0x0647],
  [0x064a, 0x0629],
  [0x0647],
  [0x0629],
  [0x064a],
];

/**
 * Lucene 8.7 `ArabicNormalizer` + `ArabicStemmer` (light10): folds أ إ آ to ا, ى to ي,
 * ة to ه, deletes tatweel and the harakat, removes one prefix and the listed suffixes.
 */
export function stemLight10(word: string): string {
  const length = word.length;
  const units = scratch.reserve(length);
  let n = 0;
  let changed = false;
  for (let i = 0; i < length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 0x0622 && c <= 0x0652) {
      if (c === 0x0622 || c === 0x0623 || c === 0x0625) {
        c = 0x0627; // alef with madda / hamza above / hamza below → ALEF
        changed = true;
      } else if (c === 0x0649) {
        c = 0x064a; // ALEF MAKSURA (dotless yeh) → YEH
        changed = true;
      } else if (c === 0x0629) {
        c = 0x0647; // TEH MARBUTA → HEH
        changed = true;
      } else if (c === 0x0640 || c >= 0x064b) {
        changed = true; // TATWEEL and the harakat U+064B–0652 are deleted
        continue;
      }
    }
    units[n++] = c;
  }

  let start = 0;
  let end = n;
  for (const prefix of PREFIXES) {
    const size = prefix.length;
    // و needs three letters left after it, the other prefixes two.
    if (size === 1 ? n < 4 : n < size + 2) continue;
    let match = true;
    for (let k = 0; k < size; k++) {
      if (units[k] !== prefix[k]) {
        match = false;
        break;
      }
    }
    if (match) {
      start = size;
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    const size = suffix.length;
    if (end - start < size + 2) continue;
    let match = true;
    for (let k = 0; k < size; k++) {
      if (units[end - size + k] !== suffix[k]) {
        match = false;
        break;
      }
    }
    if (match) end -= size;
  }
  if (!changed && start === 0 && end === length) return word;
  if (!changed) return word.slice(start, end);
  return stringOf(units, start, end);
}
