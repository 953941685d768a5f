// The ISRI Arabic stemmer (Taghva, Elkhoury and Coombs 2005) as NLTK 3.8 implements it in
// `ISRIStemmer().stem`: strip diacritics, leave its stop words alone, remove the longest
// listed prefix and suffix, then reduce four- to seven-letter words by their patterns to a
// three- or four-letter root. Written from the paper and NLTK's documented steps; the word
// is edited in place in a buffer (`s`…`e`), since every pattern keeps letters in order.
import { hasSurrogate, Scratch, stringOf, withCodePoints } from './buffer.js';

const scratch = new Scratch();

const HAMZA_YEH = 0x0626; // ئ
const ALEF = 0x0627;
const TEH_MARBUTA = 0x0629;
const TEH = 0x062a;
const SEEN = 0x0633;
const MEEM = 0x0645;
const NOON = 0x0646;
const WAW = 0x0648;
const YEH = 0x064a;

const codes = (words: string): number[][] => words.split(' ').map((w) => [...w].map((ch) => ch.charCodeAt(0)));

// Length-three and length-two prefixes, length-one prefixes.
const P3 = codes('كال بال ولل وال');
const P2 = codes('ال لل');
const P1 = new Set(codes('ل ب ف س و ي ت ن ا').map((c) => c[0]!));
// Length-three, two and one suffixes.
const S3 = codes('تمل همل تان تين كمل');
const S2 = codes('ون ات ان ين تن كم هن نا يا ها تم كن ني وا ما هم');
const S1 = new Set(codes('ة ه ي ك ت ا ن').map((c) => c[0]!));

// The stemmer's own stop words (returned unchanged once their diacritics are gone).
const STOP_WORDS = new Set(
  (
    'يكون وليس وكان كذلك التي وبين عليها مساء الذي وكانت ولكن والتي تكون اليوم اللذين ' +
    'عليه كانت لذلك أمام هناك منها مازال لازال لايزال مايزال اصبح أصبح أمسى امسى أضحى ' +
    'اضحى مابرح مافتئ ماانفك لاسيما ولايزال الحالي اليها الذين فانه والذي وهذا لهذا فكان ' +
    'ستكون اليه يمكن بهذا الذى'
  ).split(' '),
);

let u: Uint16Array = scratch.units;
let s = 0;
let e = 0;
/** While true, `u[s, e)` equals `word.slice(s, e)`: the result needs no new string. */
let pure = true;

const at = (i: number): number => u[s + i]!;
const len = (): number => e - s;

function startsWith(letters: readonly number[]): boolean {
  for (let k = 0; k < letters.length; k++) if (u[s + k] !== letters[k]) return false;
  return true;
}

function endsWith(letters: readonly number[]): boolean {
  const from = e - letters.length;
  for (let k = 0; k < letters.length; k++) if (u[from + k] !== letters[k]) return false;
  return true;
}

/** Keeps the letters at the given positions of the current word, in order. */
function keep(a: number, b: number, c: number, d = -1): void {
  pure = false;
  const x = at(a);
  const y = at(b);
  const z = at(c);
  const w = d === -1 ? 0 : at(d);
  u[s] = x;
  u[s + 1] = y;
  u[s + 2] = z;
  if (d === -1) e = s + 3;
  else {
    u[s + 3] = w;
    e = s + 4;
  }
}

function pre32(): void {
  if (len() >= 6) {
    for (const p of P3) {
      if (startsWith(p)) {
        s += 3;
        return;
      }
    }
  }
  if (len() >= 5) {
    for (const p of P2) {
      if (startsWith(p)) {
        s += 2;
        return;
      }
    }
  }
}

function suf32(): void {
  if (len() >= 6) {
    for (const x of S3) {
      if (endsWith(x)) {
        e -= 3;
        return;
      }
    }
  }
  if (len() >= 5) {
    for (const x of S2) {
      if (endsWith(x)) {
        e -= 2;
        return;
      }
    }
  }
}

function suf1(): void {
  if (len() > 0 && S1.has(u[e - 1]!)) e--;
}

function pre1(): void {
  if (len() > 0 && P1.has(u[s]!)) s++;
}

// Four-letter patterns: مفعل فاعل فعال/فعول/فعيل فعلة.
function proW4(): void {
  if (at(0) === MEEM) s++;
  else if (at(1) === ALEF) keep(0, 2, 3);
  else if (at(2) === ALEF || at(2) === WAW || at(2) === YEH) keep(0, 1, 3);
  else if (at(3) === TEH_MARBUTA) e--;
  else {
    suf1();
    if (len() === 4) pre1();
  }
}

// Five-letter patterns with a three-letter root.
function proW53(): void {
  const w0 = at(0);
  const w1 = at(1);
  const w2 = at(2);
  const w3 = at(3);
  const w4 = at(4);
  if ((w2 === ALEF || w2 === TEH) && w0 === ALEF) keep(1, 3, 4); // افتعل افاعل
  else if ((w3 === ALEF || w3 === YEH || w3 === WAW) && w0 === MEEM) keep(1, 2, 4); // مفعول مفعال مفعيل
  else if ((w0 === ALEF || w0 === TEH || w0 === MEEM) && w4 === TEH_MARBUTA) keep(1, 2, 3); // مفعلة تفعلة افعلة
  else if ((w0 === MEEM || w0 === YEH || w0 === TEH) && w2 === TEH) keep(1, 3, 4); // مفتعل يفتعل تفتعل
  else if ((w0 === MEEM || w0 === TEH) && w2 === ALEF) keep(1, 3, 4); // مفاعل تفاعل
  else if ((w2 === ALEF || w2 === WAW) && w4 === TEH_MARBUTA) keep(0, 1, 3); // فعولة فعالة
  else if ((w0 === ALEF || w0 === MEEM) && w1 === NOON) keep(2, 3, 4); // انفعل منفعل
  else if (w3 === ALEF && w0 === ALEF) keep(1, 2, 4); // افعال
  else if (w4 === NOON && w3 === ALEF) keep(0, 1, 2); // فعلان
  else if (w3 === YEH && w0 === TEH) keep(1, 2, 4); // تفعيل
  else if (w3 === WAW && w1 === ALEF) keep(0, 2, 4); // فاعول
  else if (w2 === ALEF && w1 === WAW) keep(0, 3, 4); // فواعل
  else if (w3 === HAMZA_YEH && w2 === ALEF) keep(0, 1, 4); // فعائل
  else if (w4 === TEH_MARBUTA && w1 === ALEF) keep(0, 2, 3); // فاعلة
  else if (w4 === YEH && w2 === ALEF) keep(0, 1, 3); // فعالي
  else {
    suf1();
    if (len() === 5) pre1();
  }
}

// Five-letter patterns with a four-letter root: تفعلل افعلل مفعلل, فعللة, فعالل.
function proW54(): void {
  const w0 = at(0);
  if (w0 === ALEF || w0 === TEH || w0 === MEEM) s++;
  else if (at(4) === TEH_MARBUTA) e--;
  else if (at(2) === ALEF) keep(0, 1, 3, 4);
}

function endW5(): void {
  if (len() === 4) proW4();
  else if (len() === 5) proW54();
}

// Six-letter patterns with a three-letter root.
function proW6(): void {
  const w0 = at(0);
  if ((w0 === ALEF || w0 === MEEM) && at(1) === SEEN && at(2) === TEH) s += 3; // استفعل مستفعل
  else if (w0 === MEEM && at(3) === ALEF && at(5) === TEH_MARBUTA) keep(1, 2, 4); // مفعالة
  else if (w0 === ALEF && at(2) === TEH && at(4) === ALEF) keep(1, 3, 5); // افتعال
  else if (w0 === ALEF && at(3) === WAW && at(2) === at(4)) keep(1, 4, 5); // افعوعل
  else if (w0 === TEH && at(2) === ALEF && at(4) === YEH) keep(1, 3, 5); // تفاعيل
  else {
    suf1();
    if (len() === 6) pre1();
  }
}

// Six-letter patterns with a four-letter root: افعلال, متفعلل.
function proW64(): void {
  if (at(0) === ALEF && at(4) === ALEF) keep(1, 2, 3, 5);
  else if (at(0) === MEEM && at(1) === TEH) s += 2;
}

function endW6(): void {
  if (len() === 5) {
    proW53();
    endW5();
  } else if (len() === 6) proW64();
}

function run(word: string): string {
  const length = word.length;
  u = scratch.reserve(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x064b && c <= 0x0652) continue; // short vowels, tanween, shadda, sukun
    u[n++] = c;
  }
  const plain = n === length ? word : stringOf(u, 0, n);
  if (STOP_WORDS.has(plain)) return plain;
  s = 0;
  e = n;
  pre32();
  suf32();
  if (len() >= 4 && at(0) === WAW && at(1) === WAW) s++; // connective و before a word in و
  const first = len() > 0 ? at(0) : 0;
  pure = n === length;
  if (first === 0x0622 || first === 0x0623 || first === 0x0625) {
    u[s] = ALEF; // initial hamza
    pure = false;
  }
  switch (len()) {
    case 4:
      proW4();
      break;
    case 5:
      proW53();
      endW5();
      break;
    case 6:
      proW6();
      endW6();
      break;
    case 7:
      suf1();
      if (len() === 7) pre1();
      if (len() === 6) {
        proW6();
        endW6();
      }
      break;
  }
  return pure ? word.slice(s, e) : stringOf(u, s, e);
}

/** NLTK 3.8 `ISRIStemmer().stem`. */
export function stemIsri(word: string): string {
  if (word.length === 0) return word;
  return hasSurrogate(word) ? withCodePoints(word, run) : run(word);
}
