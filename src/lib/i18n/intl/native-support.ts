/**
 * What the browser's own `Intl` knows of a language, asked at run time: Chromium ships without
 * Khmer, Lao and Burmese and answers them in English ("December", "Vietnam") instead of failing.
 */
export interface NativeSupport {
  dates: boolean;
  numbers: boolean;
  regions: boolean;
}

export function nativeSupport(locale: string): NativeSupport {
  return {
    dates: Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0,
    numbers: Intl.NumberFormat.supportedLocalesOf([locale]).length > 0,
    regions: Intl.DisplayNames.supportedLocalesOf([locale]).length > 0,
  };
}

export function supportsAll(support: NativeSupport): boolean {
  return support.dates && support.numbers && support.regions;
}
