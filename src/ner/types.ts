/** Entity labels: the ANERcorp/CAMeL set plus numeric and temporal expressions. */
export type EntityType = 'PERS' | 'LOC' | 'ORG' | 'MISC' | 'DATE' | 'TIME' | 'NUM' | 'PERCENT' | 'MONEY';

/** The `value` of a MONEY entity: the amount and its ISO 4217 currency code. */
export interface MoneyValue {
  amount: number;
  currency: string;
}

/** What every entity has. */
interface EntityFields {
  text: string;
  start: number;
  end: number;
  /** Base form: proclitics removed and normalized («للأمم المتحدة» → «الأمم المتحدة»). */
  form: string;
  /** Confidence in [0, 1]. */
  score: number;
}

/**
 * A named entity or numeric expression; `input.slice(start, end) === text`. The type of
 * `value` follows `type`, so checking `type` narrows it: DATE an ISO 8601 (partial) date,
 * TIME an ISO 8601 time (`'T10:30'`), NUM and PERCENT the number, MONEY `{ amount, currency }`;
 * names have none.
 */
export type Entity =
  | (EntityFields & { type: 'PERS' | 'LOC' | 'ORG' | 'MISC'; value?: undefined })
  | (EntityFields & { type: 'DATE' | 'TIME'; value?: string })
  | (EntityFields & { type: 'NUM' | 'PERCENT'; value?: number })
  | (EntityFields & { type: 'MONEY'; value?: MoneyValue });
