// Internal: the folded spelling of a word that every NER feature, gazetteer and cluster key
// uses, so that tatweel, diacritics, presentation forms and Persian/Urdu letters do not change
// what the model sees. Not public API.

/** Folds one word: NFKC for presentation forms, then drops marks and unifies letter variants. */
export function foldWord(word: string): string {
  let s = word;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // U+FB50..U+FEFF ARABIC PRESENTATION FORMS-A/B: decompose to base letters (lam-alef → لا)
    if (c >= 0xfb50 && c <= 0xfeff) {
      s = s.normalize('NFKC');
      break;
    }
  }
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = FOLD[c];
    if (m === undefined) {
      if (changed) out += s[i];
      continue;
    }
    if (!changed) {
      out = s.slice(0, i);
      changed = true;
    }
    out += m;
  }
  return changed ? out : s;
}

/** Code unit → replacement ('' drops it); built once from small literal tables. */
const FOLD: (string | undefined)[] = (() => {
  const t: (string | undefined)[] = [];
  // U+064B..U+065F harakat, tanwin, shadda, sukun and extended marks; U+0670 SUPERSCRIPT ALEF
  for (let c = 0x064b; c <= 0x065f; c++) t[c] = '';
  t[0x0670] = '';
  // U+06D6..U+06ED Quranic annotation marks
  for (let c = 0x06d6; c <= 0x06ed; c++) t[c] = '';
  t[0x0640] = ''; // U+0640 TATWEEL is presentational only
  // Invisible format characters, transparent as in segment, stem, root and isStopword
  // (`isFormatMark`): ZWNJ, ZWJ, LRM, RLM and until API pass 13 nothing else, so a name with a
  // soft hyphen, ZWSP, bidi isolate, BOM or word joiner in or after it was not recognized.
  t[0x00ad] = ''; // SOFT HYPHEN
  t[0x061c] = ''; // ARABIC LETTER MARK
  t[0x180e] = ''; // MONGOLIAN VOWEL SEPARATOR
  for (let c = 0x200b; c <= 0x200f; c++) t[c] = ''; // ZWSP, ZWNJ, ZWJ, LRM, RLM
  for (let c = 0x202a; c <= 0x202e; c++) t[c] = ''; // bidi embeddings and overrides
  for (let c = 0x2060; c <= 0x2064; c++) t[c] = ''; // WORD JOINER, invisible operators
  for (let c = 0x2066; c <= 0x2069; c++) t[c] = ''; // bidi isolates
  t[0xfeff] = ''; // BYTE ORDER MARK (zero-width no-break space)
  t[0x0622] = '\u0627'; // ALEF WITH MADDA ABOVE → ALEF
  t[0x0623] = '\u0627'; // ALEF WITH HAMZA ABOVE → ALEF
  t[0x0625] = '\u0627'; // ALEF WITH HAMZA BELOW → ALEF
  t[0x0671] = '\u0627'; // ALEF WASLA → ALEF
  t[0x0649] = '\u064a'; // ALEF MAKSURA → YEH
  t[0x06cc] = '\u064a'; // FARSI YEH → YEH
  t[0x06d2] = '\u064a'; // YEH BARREE → YEH
  t[0x06a9] = '\u0643'; // KEHEH → KAF
  t[0x06af] = '\u0643'; // GAF → KAF
  t[0x0629] = '\u0647'; // TEH MARBUTA → HEH (news text writes both)
  t[0x06c1] = '\u0647'; // HEH GOAL → HEH
  t[0x06d5] = '\u0647'; // AE → HEH
  // U+0660..U+0669 ARABIC-INDIC and U+06F0..U+06F9 EXTENDED ARABIC-INDIC digits → ASCII
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = String(d);
    t[0x06f0 + d] = String(d);
  }
  return t;
})();

/** True for a letter that belongs to a word (Arabic letters and marks, Latin letters, digits). */
export function isWordChar(c: number): boolean {
  if (c >= 0x0621 && c <= 0x064a) return true; // Arabic letters
  if (c >= 0x064b && c <= 0x0669) return true; // marks and Arabic-Indic digits
  if (c >= 0x0670 && c <= 0x06d3) return true; // extended letters
  if (c >= 0x06d5 && c <= 0x06ed) return true;
  if (c >= 0x06f0 && c <= 0x06ff) return true;
  if (c === 0x0640 || c === 0x200c || c === 0x200d) return true; // tatweel, joiners
  if (c >= 0xfb50 && c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) return true; // presentation forms-A
  if (c >= 0xfe70 && c <= 0xfefc) return true; // presentation forms-B
  if (c >= 0x30 && c <= 0x39) return true;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
  return false;
}
