/** Entity labels: the ANERcorp/CAMeL set plus numeric and temporal expressions. */
export type EntityType = 'PERS' | 'LOC' | 'ORG' | 'MISC' | 'DATE' | 'TIME' | 'NUM' | 'PERCENT' | 'MONEY';

/** A named entity or numeric expression; `input.slice(start, end) === text`. */
export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** Base form: proclitics removed and normalized («للأمم المتحدة» → «الأمم المتحدة»). */
  form: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** DATE: ISO 8601 (partial) date; TIME: ISO 8601 time (`'T10:30'`); NUM/PERCENT: the number; MONEY: `{ amount, currency }`. */
  value?: string | number | { amount: number; currency: string };
}
