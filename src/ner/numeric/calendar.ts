// ISO 8601 strings for (partial) dates, and the tabular Islamic calendar.

/** Zero-padded decimal: `pad(6, 2)` → '06'. */
export function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = `0${s}`;
  return s;
}

/** Days in a Gregorian month (proleptic). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * ISO 8601 for a Gregorian date of which any part may be missing: `2001-06-15`, `2001-06`,
 * `2001`, `--06-15` (day and month, XML Schema gMonthDay), `--06` (month, gMonth).
 * Returns undefined for an impossible date (31 June) or nothing to say.
 */
export function isoDate(year: number | undefined, month: number | undefined, day: number | undefined): string | undefined {
  if (month === undefined) return year === undefined || day !== undefined ? undefined : pad(year, 4);
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > (year === undefined ? (month === 2 ? 29 : daysInMonth(2001, month)) : daysInMonth(year, month)))) {
    return undefined;
  }
  const head = year === undefined ? '-' : pad(year, 4);
  return day === undefined ? `${head}-${pad(month, 2)}` : `${head}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Converts a Hijri date to an ISO 8601 Gregorian date with the tabular (arithmetic, civil)
 * Islamic calendar: 30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29,
 * epoch 16 July 622 (Julian). Umm al-Qura or a sighted month can differ by a day or two.
 */
export function hijriToIso(year: number, month: number, day: number): string | undefined {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const julianDay =
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948440 - 1;
  // Julian day number → proleptic Gregorian (Fliegel & Van Flandern).
  const l = julianDay + 68569;
  const n = Math.floor((4 * l) / 146097);
  const l2 = l - Math.floor((146097 * n + 3) / 4);
  const i = Math.floor((4000 * (l2 + 1)) / 1461001);
  const l3 = l2 - Math.floor((1461 * i) / 4) + 31;
  const j = Math.floor((80 * l3) / 2447);
  const d = l3 - Math.floor((2447 * j) / 80);
  const l4 = Math.floor(j / 11);
  const m = j + 2 - 12 * l4;
  const y = 100 * (n - 49) + i + l4;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
