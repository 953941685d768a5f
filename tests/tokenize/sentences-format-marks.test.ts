import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';

// A line that holds only invisible format characters (a byte-order mark at the start of a file,
// an RLM or a soft hyphen left alone by an editor) is no sentence (API user pass 3).
describe('sentences: format marks alone', () => {
  it('leaves out a sentence of a byte-order mark, an RLM or a soft hyphen alone on its line', () => {
    expect(sentences('\uFEFF\nقال المدير.')).toEqual([{ text: 'قال المدير.', start: 2, end: 13 }]);
    expect(sentences('جاء الوفد.\n\u200F\u200E\nوبدأ الاجتماع.').map((s) => s.text)).toEqual(['جاء الوفد.', 'وبدأ الاجتماع.']);
    expect(sentences('أولا.\n\u00AD\nثانيا.').map((s) => s.text)).toEqual(['أولا.', 'ثانيا.']);
    expect(sentences('\uFEFF')).toEqual([]);
  });

  it('keeps the marks inside a sentence with text (guards)', () => {
    expect(sentences('\u200Fقال المدير.')).toEqual([{ text: '\u200Fقال المدير.', start: 0, end: 12 }]);
    expect(sentences('قال المدير.\u200F')).toEqual([{ text: 'قال المدير.\u200F', start: 0, end: 12 }]);
    expect(sentences('\uFEFFقال.').map((s) => s.text)).toEqual(['\uFEFFقال.']);
  });
});
