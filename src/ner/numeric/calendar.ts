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
  return isoOfJulianDay(hijriJulianDay(year, month, day));
}

/** The last Hijri year {@link hijriInterval} dates. */
const MAX_HIJRI_YEAR = 1500;

/**
 * The Gregorian days a Hijri year or month covers, or a run of them, as an ISO 8601 interval
 * with both ends inclusive: `hijriInterval(1445, 9)` → `'2024-03-11/2024-04-09'` (Ramadan
 * 1445), `hijriInterval(1325)` → `'1907-02-14/1908-02-03'`. `toYear`/`toMonth` extend it to
 * the end of a later year or month («1380 – 1410 هـ»). Tabular calendar, as {@link hijriToIso}.
 */
export function hijriInterval(year: number, month?: number, toYear = year, toMonth = month): string | undefined {
  // Years past 1500 AH (which ends in November 2077) are misread numbers, not dates («عام اثنتين وثلاثين وثلاثمئة
  // ألف من الهجرة», 1332 with its «و» lost)
  if (year < 1 || toYear < year || toYear > MAX_HIJRI_YEAR) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (toMonth !== undefined && (toMonth < 1 || toMonth > 12)) return undefined;
  const first = hijriJulianDay(year, month ?? 1, 1);
  // the day before the first day of the next month (or year)
  const after = toMonth === undefined || toMonth === 12 ? hijriJulianDay(toYear + 1, 1, 1) : hijriJulianDay(toYear, toMonth + 1, 1);
  if (after - 1 < first) return undefined;
  return `${isoOfJulianDay(first)}/${isoOfJulianDay(after - 1)}`;
}

// How many years before the Hijra {@link beforeHijraInterval} dates: the life of the Prophet
const MAX_YEARS_BEFORE_HIJRA = 100;

/**
 * The Gregorian days a run of Hijri years covers that begins before the Hijra («50 ق هـ - 13 هـ»),
 * the tabular calendar run backwards: year 0 is the first year before the Hijra («1 ق هـ»), −1 the
 * second, and so on. `beforeHijraInterval(0)` → `'0621-07-30/0622-07-18'`.
 */
export function beforeHijraInterval(year: number, toYear = year): string | undefined {
  if (year > 0 || year < 1 - MAX_YEARS_BEFORE_HIJRA || toYear < year || toYear > MAX_HIJRI_YEAR) return undefined;
  return `${isoOfJulianDay(hijriJulianDay(year, 1, 1))}/${isoOfJulianDay(hijriJulianDay(toYear + 1, 1, 1) - 1)}`;
}

/** The Julian day number of a date of the tabular Islamic calendar. */
function hijriJulianDay(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948440 - 1;
}

/** A Julian day number as a proleptic Gregorian ISO 8601 date (Fliegel & Van Flandern). */
function isoOfJulianDay(julianDay: number): string {
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
