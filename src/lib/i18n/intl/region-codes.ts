/**
 * ISO 3166-1 alpha-3 codes (ours: VNM) as the alpha-2 codes `Intl.DisplayNames` takes (VN), from
 * the code table of i18n-iso-countries without its names. Loaded with a language other than
 * English only.
 */
import codes from 'i18n-iso-countries/codes.json';

let byAlpha3: Map<string, string> | undefined;

export function alpha2Of(alpha3: string): string | undefined {
  byAlpha3 ??= new Map((codes as [string, string, string][]).map(([two, three]) => [three, two]));
  return byAlpha3.get(alpha3.toUpperCase());
}
