/**
 * Every ISO 3166-1 country, from the i18n-iso-countries package (its code table and English
 * names), bundled when the app is built: a chronology may name its countries by alpha-2 code
 * (VN), alpha-3 code (VNM) or English name (Viet Nam, Vietnam), and the map shades them by
 * alpha-3, as the basemaps are keyed (scripts/compile-basemap.ts takes its codes from here too).
 */
import codes from 'i18n-iso-countries/codes.json';
import english from 'i18n-iso-countries/langs/en.json';

export interface Country {
  alpha2: string;
  alpha3: string;
  /** ISO 3166-1 numeric, as Natural Earth (world-atlas) ids its shapes */
  numeric: string;
  /** the English name */
  name: string;
}

/** Names people write that the package does not list (ASEAN's own among them). */
const MORE_NAMES: Record<string, string> = {
  LA: 'Lao PDR;Laos',
  MM: 'Burma',
  TL: 'East Timor',
  BN: 'Brunei',
  VN: 'Viet Nam',
  KR: 'Korea (Republic of)',
  KP: "Democratic People's Republic of Korea",
};

/** Letters only, without accents or case: "Côte d’Ivoire" and "cote d'ivoire" are one name. */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Lookup {
  byCode: Map<string, Country>;
  byName: Map<string, Country | null>;
  byNumeric: Map<string, Country>;
}

let lookup: Lookup | undefined;

function tables(): Lookup {
  if (lookup) return lookup;
  const names = english.countries as Record<string, string | string[]>;
  const byCode = new Map<string, Country>();
  const byName = new Map<string, Country | null>();
  const byNumeric = new Map<string, Country>();
  for (const [alpha2, alpha3, numeric] of codes as [string, string, string][]) {
    const given = [names[alpha2] ?? alpha3].flat();
    const country: Country = { alpha2, alpha3, numeric, name: given[0]! };
    byCode.set(alpha2, country);
    byCode.set(alpha3, country);
    byNumeric.set(numeric, country);
    for (const name of [...given, ...(MORE_NAMES[alpha2]?.split(';') ?? [])]) {
      const key = nameKey(name);
      // a name two countries share ("Congo") names neither
      const other = byName.get(key);
      byName.set(key, other === undefined || other === country ? country : null);
    }
  }
  return (lookup = { byCode, byName, byNumeric });
}

/** The country a code or an English name stands for; undefined when none or more than one. */
export function findCountry(text: string): Country | undefined {
  const { byCode, byName } = tables();
  const trimmed = text.trim();
  if (/^[A-Za-z]{2,3}$/.test(trimmed)) {
    const byItsCode = byCode.get(trimmed.toUpperCase());
    if (byItsCode) return byItsCode;
  }
  return byName.get(nameKey(trimmed)) ?? undefined;
}

/** The country of a Natural Earth shape's id (ISO 3166-1 numeric, "704"). */
export function countryOfNumeric(numeric: string): Country | undefined {
  return tables().byNumeric.get(numeric);
}
