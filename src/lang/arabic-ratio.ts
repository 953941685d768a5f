import { assertString } from '../chars/guards.js';
import { countLetters } from './letters.js';

/**
 * The share of a text's letters that are in Arabic script: a number from 0 to 1 (0 when
 * the text has no letters). Letters are Unicode letters (General_Category L*), counted by
 * code point; Arabic-script letters are those with Script=Arabic, presentation forms included.
 * Marks (harakat), digits, punctuation and U+0640 TATWEEL are not letters.
 *
 * @param text - Any text.
 * @returns Arabic-script letters ÷ all letters, or 0 when there are no letters.
 * @example
 * ```ts
 * arabicRatio('مرحبا world') //=> 0.5
 * ```
 */
export function arabicRatio(text: string): number {
  assertString('arabicRatio', text);
  const { letters, arabic } = countLetters(text);
  return letters === 0 ? 0 : arabic / letters;
}
