/** Country and city names → ISO 3166-1 alpha-2, from i18n-iso-countries (id, en) plus the lexicon's variants. */
import countries from 'i18n-iso-countries';
import type { Lexicon } from '../lexicon/index.js';
import { PhraseMatcher } from './phrase-matcher.js';

/** Lookups built once per lexicon. */
export interface CountryIndex {
  /** Country names, variants and adjectives → alpha-2. */
  readonly countries: PhraseMatcher<string>;
  /** City and district names → alpha-2 of their country. */
  readonly cities: PhraseMatcher<string>;
  /** English short name of a country, e.g. "Japan" for JP. */
  name(iso2: string): string;
}

/** Builds the {@link CountryIndex}; library names come first so the lexicon's variants can override them. */
export function createCountryIndex(lexicon: Lexicon): CountryIndex {
  const ignored = new Set(lexicon.countries.ignore.map((n) => n.toLowerCase()));
  const matcher = new PhraseMatcher<string>({ requireCapital: true });
  for (const locale of ['en', 'id']) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) if (!ignored.has(name.toLowerCase())) matcher.add(name, code);
    }
  }
  for (const [name, code] of Object.entries(lexicon.countries.variants)) matcher.add(name, code.toUpperCase());
  const cities = new PhraseMatcher<string>({ requireCapital: true });
  for (const [name, code] of Object.entries(lexicon.countries.cities)) cities.add(name, code.toUpperCase());
  return {
    countries: matcher,
    cities,
    name: (iso2) => {
      // The alias is the common short name ("United States"), unless it is an abbreviation ("UK").
      const alias = countries.getName(iso2, 'en', { select: 'alias' });
      return alias && alias.length > 3 ? alias : (countries.getName(iso2, 'en') ?? iso2);
    },
  };
}
