/** An article body prepared for the rules: tokens, sentences, and the organisation/country/city spans found once. */
import type { CompiledLexicon } from './compiled-lexicon.js';
import type { DateMention } from './dates.js';
import { findOrganisations, type OrganisationMention, organisationContext } from './organisations.js';
import { type Sentence, splitSentences, type Token, tokenize } from './tokenize.js';

/** A country or city named in the text, tokens `[first, end)`. */
export interface PlaceSpan {
  readonly first: number;
  readonly end: number;
  readonly iso2: string;
  readonly surface: string;
}

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of every token. */
  readonly sentenceOf: readonly number[];
  readonly lex: CompiledLexicon;
  /** Spans by their first token. */
  readonly orgAt: ReadonlyMap<number, OrganisationMention>;
  readonly countryAt: ReadonlyMap<number, PlaceSpan>;
  readonly cityAt: ReadonlyMap<number, PlaceSpan>;
  /** Every date expression of the text, in order (found once; see {@link datesIn}). */
  readonly dates: readonly DateMention[];
  /** Sentences that are headlines or page furniture (title-case lines without a full stop, "Baca juga: …"). */
  readonly headlines: ReadonlySet<number>;
  /** Tokens covered by an organisation span (a country inside "Kedubes Perancis" is part of the organisation). */
  readonly inOrg: ReadonlySet<number>;
  readonly homeCountry: string;
  readonly homeOrganization: string;
}

export function buildDoc(text: string, lex: CompiledLexicon, home: { country: string; organization: string }): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, lex.abbreviations);
  const sentenceOf: number[] = new Array<number>(tokens.length).fill(0);
  sentences.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) sentenceOf[i] = k;
  });
  const orgAt = new Map<number, OrganisationMention>();
  const inOrg = new Set<number>();
  const countryAt = new Map<number, PlaceSpan>();
  const cityAt = new Map<number, PlaceSpan>();
  const ctx = organisationContext({
    tokens,
    text,
    orgs: lex.organisations,
    countries: lex.countries,
    positionHeads: lex.positionHeads,
    eventKinds: lex.eventKinds,
    agreementKinds: lex.agreementKinds,
    homeCountry: home.country,
  });
  const surface = (a: number, b: number): string => text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
  const inRank = rankSpans(tokens, lex);
  let lastEmbassy: OrganisationMention | undefined;
  for (const s of sentences) {
    for (const org of findOrganisations(ctx, s.first, s.last, inRank)) {
      orgAt.set(org.first, org);
      for (let i = org.first; i < org.end; i++) inOrg.add(i);
    }
    // A bare "Kedutaan"/"Kedubes" refers to the embassy named last ("Atase Polisi Kedutaan").
    for (let i = s.first; i < s.last; i++) {
      const org = orgAt.get(i);
      if (org?.kind === 'embassy') lastEmbassy = org;
      const t = tokens[i];
      if (!org && lastEmbassy && t && !inOrg.has(i) && /^(?:Kedutaan|Kedubes|kedutaan|kedubes)$/.test(t.text)) {
        const besar = tokens[i + 1]?.text === 'Besar' ? i + 2 : i + 1;
        orgAt.set(i, { ...lastEmbassy, first: i, end: besar, surface: surface(i, besar) });
        for (let k = i; k < besar; k++) inOrg.add(k);
      }
    }
    let regionEnd = -1;
    for (let i = s.first; i < s.last; i++) {
      if (inOrg.has(i)) continue;
      const c = lex.countries.countries.matchAt(tokens, i, s.last);
      const city = lex.countries.cities.matchAt(tokens, i, s.last);
      // "Kerja Sama Kawasan Amerika dan Kanada": places after a region word name a unit, not a state in the text.
      const prev = tokens[i - 1]?.lower ?? '';
      if (c && (lex.regionWords.has(prev) || (regionEnd === i - 1 && (prev === 'dan' || prev === 'and')))) {
        regionEnd = c.end;
        i = c.end - 1;
        continue;
      }
      // The longer name wins: "Kuala Lumpur" is a city, "Papua Nugini" a country.
      if (c && (!city || c.end >= city.end)) {
        countryAt.set(i, { first: i, end: c.end, iso2: c.value, surface: surface(i, c.end) });
        i = c.end - 1;
      } else if (city) {
        cityAt.set(i, { first: i, end: city.end, iso2: city.value, surface: surface(i, city.end) });
        i = city.end - 1;
      }
    }
  }
  const headlines = new Set<number>();
  sentences.forEach((s, k) => {
    if (isHeadline(tokens, s, lex)) headlines.add(k);
  });
  const dates = lex.dates.find(text);
  return {
    text,
    tokens,
    sentences,
    sentenceOf,
    lex,
    orgAt,
    countryAt,
    cityAt,
    inOrg,
    dates,
    headlines,
    homeCountry: home.country,
    homeOrganization: home.organization,
  };
}

/**
 * A headline or page furniture: a line opened by a furniture label ("Baca juga:"), or three words or more, most of
 * them capitalised, with no full stop or comma.
 */
function isHeadline(tokens: readonly Token[], s: Sentence, lex: CompiledLexicon): boolean {
  if (lex.furniture.matchAt(tokens, s.first, s.last)) return true;
  const words = tokens.slice(s.first, s.last).filter((t) => t.word);
  const last = tokens[s.last - 1]?.text ?? '';
  if (words.length < 3 || /^[.!?"”’:;]$/.test(last)) return false;
  if (tokens.slice(s.first, s.last).some((t) => t.text === ',')) return false;
  // "1. Brigjen Pol. Budi Santoso (Direktur …)": a line naming someone by rank or title is a list item, not a headline.
  for (let i = s.first; i < s.last; i++) {
    const h = lex.honorificsBefore.matchAt(tokens, i, s.last);
    if (h && h.value !== 'address' && h.value !== 'royal') return false;
  }
  const capitals = words.filter((t) => /^[\p{Lu}\d]/u.test(t.text)).length;
  return capitals / words.length >= 0.6;
}

/**
 * Tokens of ranks with their corps ("Brigjen TNI (Mar.)", "Irjen Pol.", "Laksda TNI"): the corps is part of the
 * rank, never a mention of the armed forces or the police.
 */
function rankSpans(tokens: readonly Token[], lex: CompiledLexicon): ReadonlySet<number> {
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const rank = lex.honorificsBefore.matchAt(tokens, i);
    if (rank?.value !== 'rank') continue;
    let end = rank.end;
    for (
      let corps = lex.honorificsBefore.matchAt(tokens, end);
      corps?.value === 'service';
      corps = lex.honorificsBefore.matchAt(tokens, end)
    )
      end = corps.end;
    for (let k = i; k < end; k++) covered.add(k);
    i = end - 1;
  }
  return covered;
}

/** The date expressions that lie within characters `[start, end)`. */
export function datesIn(doc: Doc, start: number, end: number): DateMention[] {
  return doc.dates.filter((d) => d.start >= start && d.end <= end);
}

/** Text of tokens `[first, end)` as written. */
export function spanText(doc: Doc, first: number, end: number): string {
  const a = doc.tokens[first];
  const b = doc.tokens[end - 1];
  return a && b && end > first ? doc.text.slice(a.start, b.end) : '';
}

export function isCapitalised(token: Token | undefined): boolean {
  return !!token && token.word && /^[\p{Lu}]/u.test(token.text);
}
