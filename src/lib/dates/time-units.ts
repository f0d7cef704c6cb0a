/** Lengths of time in milliseconds, for arithmetic on UTC instants (no calendar, no time zone). */
export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** The mean length of a Julian year: for spans and margins, never for calendar dates. */
export const YEAR_MS = 365.25 * DAY_MS;
