/** Finds organisation mentions: lexicon entries, embassies ("Kedubes Perancis"), and generic "Kementerian … <Country>". */
import type { Lexicon, OrganisationEntry, OrganizationKind } from '../lexicon/index.js';
import type { CountryIndex } from './countries.js';
import { slugify } from './names.js';
import { PhraseMatcher } from './phrase-matcher.js';
import type { Token } from './tokenize.js';

/** An organisation as mentioned in the text, tokens `[first, end)`. */
export interface OrganisationMention {
  readonly first: number;
  readonly end: number;
  /** Entity id without prefix, e.g. "bnpt", "kedubes-fr-id", "kementerian-keamanan-publik@vn". */
  readonly key: string;
  readonly name: string;
  readonly surface: string;
  readonly acronym: string | null;
  readonly kind: OrganizationKind;
  /** The state it belongs to or represents. */
  readonly country: string | null;
  /** Where it sits, when that differs from `country` (an embassy's host state). */
  readonly locatedIn: string | null;
  readonly parent: string | null;
}

/** Matchers built once per lexicon. */
export interface OrganisationIndex {
  readonly known: PhraseMatcher<OrganisationEntry>;
  /** Heads opening a name: "Kementerian …". */
  readonly heads: PhraseMatcher<OrganizationKind>;
  /** Every head, also English ones closing a name: "… Center (NCTC)". */
  readonly anyHeads: PhraseMatcher<OrganizationKind>;
  readonly embassyHeads: PhraseMatcher<true>;
  readonly notOrganisations: ReadonlySet<string>;
  readonly byId: ReadonlyMap<string, OrganisationEntry>;
}

export function createOrganisationIndex(lexicon: Lexicon): OrganisationIndex {
  const known = new PhraseMatcher<OrganisationEntry>({ requireCapital: true });
  for (const entry of lexicon.organisations.organisations) {
    for (const form of [entry.name, entry.acronym, ...entry.aliases]) if (form) known.add(form, entry);
  }
  const heads = new PhraseMatcher<OrganizationKind>({ requireCapital: true });
  const anyHeads = new PhraseMatcher<OrganizationKind>({ requireCapital: true });
  for (const h of lexicon.organisations.heads) {
    anyHeads.add(h.form, h.kind);
    if (!h.suffix) heads.add(h.form, h.kind);
  }
  const embassyHeads = new PhraseMatcher<true>({ requireCapital: true });
  for (const h of lexicon.organisations.embassyHeads) embassyHeads.add(h, true);
  return {
    known,
    heads,
    anyHeads,
    embassyHeads,
    notOrganisations: new Set(lexicon.organisations.notOrganisations),
    byId: new Map(lexicon.organisations.organisations.map((o) => [o.id, o])),
  };
}

interface Context {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly orgs: OrganisationIndex;
  readonly countries: CountryIndex;
  readonly unitWords: ReadonlySet<string>;
  readonly homeCountry: string;
}

const CONNECTORS = new Set(['dan', 'and', 'of', 'for', 'on', 'the', '&']);

/** Organisation mentions in tokens `[from, to)`, left to right, not overlapping. */
export function findOrganisations(ctx: Context, from: number, to: number, skip: ReadonlySet<number> = new Set()): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const m = embassyAt(ctx, i, to) ?? knownAt(ctx, i, to) ?? genericAt(ctx, i, to);
    if (m) {
      found.push(m);
      i = m.end - 1;
    }
  }
  return found;
}

function surface(ctx: Context, first: number, end: number): string {
  const a = ctx.tokens[first];
  const b = ctx.tokens[end - 1];
  return a && b ? ctx.text.slice(a.start, b.end) : '';
}

/** "(BNPT)" right after a name: returns the acronym and the index after ")". */
function parentheticalAcronym(ctx: Context, i: number): { acronym: string; end: number } | undefined {
  const open = ctx.tokens[i];
  const word = ctx.tokens[i + 1];
  const close = ctx.tokens[i + 2];
  if (open?.text === '(' && word && close?.text === ')' && /^\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*$/u.test(word.text)) {
    return { acronym: word.text, end: i + 3 };
  }
  return undefined;
}

function knownAt(ctx: Context, i: number, to: number): OrganisationMention | undefined {
  const m = ctx.orgs.known.matchAt(ctx.tokens, i, to);
  if (!m) return undefined;
  const entry = m.value;
  // "Kementerian Luar Negeri Kerajaan Belanda": a generic name followed by another state is that state's body.
  const country = ctx.countries.countries.matchAt(ctx.tokens, m.end, to);
  if (country && country.value !== entry.country && ctx.orgs.heads.matchAt(ctx.tokens, i, to)) return genericAt(ctx, i, to);
  let end = m.end;
  const paren = parentheticalAcronym(ctx, end);
  if (paren && (paren.acronym === entry.acronym || ctx.orgs.known.matchAt(ctx.tokens, end + 1)?.value === entry)) end = paren.end;
  return {
    first: i,
    end,
    key: entry.id,
    name: entry.name,
    surface: surface(ctx, i, end),
    acronym: entry.acronym,
    kind: entry.kind,
    country: entry.country,
    locatedIn: entry.country,
    parent: entry.parent ?? null,
  };
}

function embassyAt(ctx: Context, i: number, to: number): OrganisationMention | undefined {
  const head = ctx.orgs.embassyHeads.matchAt(ctx.tokens, i, to);
  if (!head) return undefined;
  const isKbri = head.form === 'KBRI';
  let j = head.end;
  let sender = isKbri ? ctx.homeCountry : undefined;
  if (!isKbri) {
    const c = ctx.countries.countries.matchAt(ctx.tokens, j, to);
    if (!c) return undefined;
    sender = c.value;
    j = c.end;
  }
  let host: string | undefined;
  // "… untuk Indonesia dan Timor Leste", "… di Den Haag", "KBRI Beijing".
  const marker = ctx.tokens[j]?.text.toLowerCase();
  const placeAt = marker === 'untuk' || marker === 'di' || marker === 'in' ? j + 1 : j;
  const place = ctx.countries.countries.matchAt(ctx.tokens, placeAt, to) ?? ctx.countries.cities.matchAt(ctx.tokens, placeAt, to);
  if (place && (placeAt > j || isKbri)) {
    host = place.value;
    j = place.end;
    while (ctx.tokens[j]?.text === 'dan' && ctx.countries.countries.matchAt(ctx.tokens, j + 1, to)) {
      j = ctx.countries.countries.matchAt(ctx.tokens, j + 1, to)?.end ?? j;
    }
  }
  if (!sender) return undefined;
  host ??= sender === ctx.homeCountry ? undefined : ctx.homeCountry;
  const key = `kedubes-${sender.toLowerCase()}${host ? `-${host.toLowerCase()}` : ''}`;
  const name = `Embassy of ${ctx.countries.name(sender)}${host ? ` in ${ctx.countries.name(host)}` : ''}`;
  const paren = parentheticalAcronym(ctx, j);
  const end = paren ? paren.end : j;
  return { first: i, end, key, name, surface: surface(ctx, i, end), acronym: null, kind: 'embassy', country: sender, locatedIn: host ?? null, parent: null };
}

function genericAt(ctx: Context, i: number, to: number): OrganisationMention | undefined {
  const head = ctx.orgs.heads.matchAt(ctx.tokens, i, to);
  if (!head) return acronymNamed(ctx, i, to);
  let j = head.end;
  let country: string | null = null;
  let lastWord = i;
  while (j < to) {
    const t = ctx.tokens[j];
    if (!t) break;
    const c = ctx.countries.countries.matchAt(ctx.tokens, j, to);
    if (c) {
      country = c.value;
      j = c.end;
      lastWord = j - 1;
      break;
    }
    if (CONNECTORS.has(t.text) && /^\p{Lu}/u.test(ctx.tokens[j + 1]?.text ?? '')) {
      j++;
      continue;
    }
    if (!t.word || !/^\p{Lu}/u.test(t.text)) break;
    if (ctx.orgs.known.matchAt(ctx.tokens, j, to)) break;
    lastWord = j;
    j++;
  }
  if (lastWord === i) return acronymNamed(ctx, i, to);
  const end = lastWord + 1;
  const paren = parentheticalAcronym(ctx, end);
  const finalEnd = paren && !ctx.orgs.notOrganisations.has(paren.acronym) ? paren.end : end;
  const ownName = surface(ctx, i, country ? countryStart(ctx, i, end, to) : end);
  const key = `${slugify(ownName)}${country ? `@${country.toLowerCase()}` : ''}`;
  return {
    first: i,
    end: finalEnd,
    key,
    name: country ? `${ownName} (${ctx.countries.name(country)})` : ownName,
    surface: surface(ctx, i, finalEnd),
    acronym: paren && !ctx.orgs.notOrganisations.has(paren.acronym) ? paren.acronym : null,
    kind: head.value,
    country,
    locatedIn: country,
    parent: null,
  };
}

function countryStart(ctx: Context, first: number, end: number, to: number): number {
  for (let k = first + 1; k < end; k++) {
    const c = ctx.countries.countries.matchAt(ctx.tokens, k, to);
    if (c && c.end === end) return k;
  }
  return end;
}

/** "Global Counter-Terrorism Forum (GCTF)": a capitalised name holding an organisation word, then its acronym. */
function acronymNamed(ctx: Context, i: number, to: number): OrganisationMention | undefined {
  const startTok = ctx.tokens[i];
  if (!startTok || !/^\p{Lu}/u.test(startTok.text) || (i > 0 && /^\p{Lu}/u.test(ctx.tokens[i - 1]?.text ?? '') && ctx.tokens[i - 1]?.word)) return undefined;
  let j = i;
  let hasHead = false;
  while (j < to && j - i < 10) {
    const t = ctx.tokens[j];
    if (!t) break;
    if (t.text === '(') break;
    if (CONNECTORS.has(t.text)) {
      j++;
      continue;
    }
    if (!t.word || !/^\p{Lu}/u.test(t.text)) return undefined;
    if (ctx.orgs.anyHeads.matchAt(ctx.tokens, j, to)) hasHead = true;
    j++;
  }
  const paren = parentheticalAcronym(ctx, j);
  if (!paren || !hasHead || j === i || ctx.orgs.notOrganisations.has(paren.acronym)) return undefined;
  // A known acronym is found by its lexicon entry, from where its own name starts ("Kepala Badan … (BNPT)").
  if (ctx.orgs.known.matchAt(ctx.tokens, j + 1, j + 2)) return undefined;
  const name = surface(ctx, i, j);
  return {
    first: i,
    end: paren.end,
    key: slugify(paren.acronym),
    name,
    surface: surface(ctx, i, paren.end),
    acronym: paren.acronym,
    kind: 'other',
    country: null,
    locatedIn: null,
    parent: null,
  };
}
