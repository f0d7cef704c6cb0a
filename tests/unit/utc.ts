/**
 * The instant of a UTC date and time, for any year: `Date.UTC` reads years 0–99 as 1900–1999, so
 * tests of ancient and BCE dates need this instead.
 */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
