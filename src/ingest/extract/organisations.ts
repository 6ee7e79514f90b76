/**
 * Finds organisation mentions by grammar, with the lexicon for canonical names: known organisations, missions
 * ("Kedubes Perancis", "KBRI Ottawa"), Indonesian head nouns with their modifiers and a trailing state ("Dinas
 * Keamanan Negara Ruritania"), English names closed by a head noun ("Federal Security Service"), and "Long Form
 * (ACR)" definitions (Schwartz–Hearst), whose acronym then stands for the organisation through the article.
 */
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
  /** Other names given with it in parentheses (a translation). */
  readonly glosses?: readonly string[];
}

/** Matchers built once per lexicon. */
export interface OrganisationIndex {
  readonly known: PhraseMatcher<OrganisationEntry>;
  /** Heads opening a name: "Kementerian …". */
  readonly heads: PhraseMatcher<OrganizationKind>;
  /** Every head, also English ones closing a name: "… Center (NCTC)". */
  readonly anyHeads: PhraseMatcher<OrganizationKind>;
  /** English heads closing a name only. */
  readonly suffixHeads: PhraseMatcher<OrganizationKind>;
  readonly embassyHeads: PhraseMatcher<true>;
  /** Heads of the home state's own missions, followed by where they sit: "KBRI Ottawa". */
  readonly homeMissionHeads: PhraseMatcher<true>;
  readonly notOrganisations: ReadonlySet<string>;
  /** Lower-case words that may stand inside an organisation's name. */
  readonly modifiers: ReadonlySet<string>;
  /** Derived nouns that may stand inside a name ("Pemberantasan", "Keamanan"). */
  readonly derivedNoun: RegExp;
  readonly byId: ReadonlyMap<string, OrganisationEntry>;
}

export function createOrganisationIndex(lexicon: Lexicon): OrganisationIndex {
  const data = lexicon.organisations;
  const known = new PhraseMatcher<OrganisationEntry>({ requireCapital: true });
  for (const entry of data.organisations) {
    for (const form of [entry.name, entry.acronym, ...entry.aliases]) if (form) known.add(form, entry);
  }
  const heads = new PhraseMatcher<OrganizationKind>({ requireCapital: true });
  const anyHeads = new PhraseMatcher<OrganizationKind>({ requireCapital: true });
  const suffixHeads = new PhraseMatcher<OrganizationKind>({ requireCapital: true });
  for (const h of data.heads) {
    anyHeads.add(h.form, h.kind);
    (h.suffix ? suffixHeads : heads).add(h.form, h.kind);
  }
  const embassyHeads = new PhraseMatcher<true>({ requireCapital: true });
  for (const h of data.embassyHeads) embassyHeads.add(h, true);
  const homeMissionHeads = new PhraseMatcher<true>({ requireCapital: true });
  for (const h of data.homeMissionHeads) homeMissionHeads.add(h, true);
  const modifiers = new Set([...data.modifiers, ...lexicon.positions.unitWords, ...data.heads.map((h) => h.form)].map((w) => w.toLowerCase()));
  return {
    known,
    heads,
    anyHeads,
    suffixHeads,
    embassyHeads,
    homeMissionHeads,
    notOrganisations: new Set(data.notOrganisations),
    modifiers,
    derivedNoun: new RegExp(data.derivedNoun, 'u'),
    byId: new Map(data.organisations.map((o) => [o.id, o])),
  };
}

/** What the recogniser needs of the document; `defined` collects the article's "Long Form (ACR)" definitions. */
export interface OrganisationContext {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly orgs: OrganisationIndex;
  readonly countries: CountryIndex;
  /** Post heads ("Kepala Biro"): an organisation head inside one is part of the post, not an organisation. */
  readonly positionHeads: PhraseMatcher<unknown>;
  /** Event kinds ("Joint Working Group", "Forum"): a name closed by one is an event, not an organisation. */
  readonly eventKinds: PhraseMatcher<unknown>;
  /** Agreement kinds ("Work Plan"): a name holding one is an agreement's. */
  readonly agreementKinds: PhraseMatcher<unknown>;
  readonly homeCountry: string;
  readonly defined: Map<string, OrganisationMention>;
  /** Per-token facts found once per article: inside an event or agreement cue, inside or right after a post head. */
  readonly inCue: ReadonlySet<number>;
  readonly inPostHead: ReadonlySet<number>;
  readonly afterPostHead: ReadonlySet<number>;
  readonly breaks: Map<number, boolean>;
}

/** Creates the per-article context of {@link findOrganisations}, marking once the tokens the rules ask about. */
export function organisationContext(base: Omit<OrganisationContext, 'defined' | 'inCue' | 'inPostHead' | 'afterPostHead' | 'breaks'>): OrganisationContext {
  const inCue = new Set<number>();
  const inPostHead = new Set<number>();
  const afterPostHead = new Set<number>();
  for (let k = 0; k < base.tokens.length; k++) {
    for (const matcher of [base.eventKinds, base.agreementKinds]) {
      const m = matcher.matchAt(base.tokens, k);
      if (m) for (let j = m.first; j < m.end; j++) inCue.add(j);
    }
    const post = base.positionHeads.matchAt(base.tokens, k);
    if (post) {
      for (let j = k + 1; j < post.end; j++) inPostHead.add(j);
      afterPostHead.add(post.end);
    }
  }
  return { ...base, defined: new Map(), inCue, inPostHead, afterPostHead, breaks: new Map() };
}

const CONNECTORS = new Set(['dan', 'and', 'of', 'for', 'on', 'the', '&']);
const COMPLEMENT = new Set(['of', 'for', 'on']);
const ACRONYM = /^(?=[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\p{Lu})[\p{Lu}\d][\p{L}\d-]*$/u;

/** Organisation mentions in tokens `[from, to)`, left to right, not overlapping; tokens of `skip` never start one. */
export function findOrganisations(ctx: OrganisationContext, from: number, to: number, skip: ReadonlySet<number> = new Set()): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const known = knownAt(ctx, i, to);
    const english = capitalised(ctx.tokens[i]) ? englishAt(ctx, i, to) : undefined;
    const first = embassyAt(ctx, i, to) ?? (english && known && english.end > known.end ? english : known) ?? definedAt(ctx, i) ?? genericAt(ctx, i, to) ?? english ?? acronymNamed(ctx, i, to);
    const m = first ? withGloss(ctx, first, to) : undefined;
    if (m) {
      found.push(m);
      if (m.acronym && !ctx.defined.has(m.acronym) && !ctx.orgs.known.matchAt(ctx.tokens, m.end - 2, m.end - 1)) ctx.defined.set(m.acronym, m);
      i = m.end - 1;
    }
  }
  return found;
}

/** "Counter Terrorism Committee (Komite Penanggulangan Terorisme)": a name and its translation are one organisation. */
function withGloss(ctx: OrganisationContext, m: OrganisationMention, to: number): OrganisationMention {
  if (ctx.tokens[m.end]?.text !== '(') return m;
  const gloss = knownAt(ctx, m.end + 1, to) ?? genericAt(ctx, m.end + 1, to) ?? englishAt(ctx, m.end + 1, to);
  if (!gloss || ctx.tokens[gloss.end]?.text !== ')') return m;
  return { ...m, end: gloss.end + 1, surface: surface(ctx, m.first, gloss.end + 1), glosses: [gloss.surface] };
}

function surface(ctx: OrganisationContext, first: number, end: number): string {
  const a = ctx.tokens[first];
  const b = ctx.tokens[end - 1];
  return a && b ? ctx.text.slice(a.start, b.end) : '';
}

const capitalised = (t: Token | undefined): boolean => !!t && t.word && /^[\p{Lu}\d]/u.test(t.text);

/** "(BNPT)" right after a name: returns the acronym and the index after ")". */
function parentheticalAcronym(ctx: OrganisationContext, i: number): { acronym: string; end: number } | undefined {
  const open = ctx.tokens[i];
  const word = ctx.tokens[i + 1];
  const close = ctx.tokens[i + 2];
  if (open?.text === '(' && word && close?.text === ')' && ACRONYM.test(word.text) && !ctx.orgs.notOrganisations.has(word.text)) {
    return { acronym: word.text, end: i + 3 };
  }
  return undefined;
}

/**
 * Schwartz–Hearst: whether `acronym` abbreviates `words` — its letters and digits occur in order in the long form,
 * the first of them at the start of a word.
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const short = acronym.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const long = words.join(' ').toLowerCase();
  if (short.length < 2 || long.length <= short.length) return false;
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s];
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\d]/u.test(long[l - 1] ?? '')))) l--;
    if (l < 0) return false;
    l--;
    s--;
  }
  return true;
}

function knownAt(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
  const m = ctx.orgs.known.matchAt(ctx.tokens, i, to);
  if (!m) return undefined;
  const entry = m.value;
  // "Kemlu Jepang", "Kementerian Luar Negeri Kerajaan Belanda": a state's body named with another state is that
  // state's body of the same kind, under the same key as its generic name.
  const country = ctx.countries.countries.matchAt(ctx.tokens, m.end, to);
  if (country && entry.country && country.value !== entry.country && (entry.kind === 'ministry' || entry.kind === 'police' || entry.kind === 'agency')) {
    const generic = genericAt(ctx, i, to);
    if (generic?.country === country.value) return generic;
    const own = genericNameOf(ctx, entry);
    const end = country.end;
    return {
      first: i,
      end,
      key: `${slugify(own)}@${country.value.toLowerCase()}`,
      name: `${own} (${ctx.countries.name(country.value)})`,
      surface: surface(ctx, i, end),
      acronym: null,
      kind: entry.kind,
      country: country.value,
      locatedIn: country.value,
      parent: null,
    };
  }
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

/** A lexicon entry's name without its state: "Kementerian Luar Negeri Republik Indonesia" → "Kementerian Luar Negeri". */
function genericNameOf(ctx: OrganisationContext, entry: OrganisationEntry): string {
  const words = entry.name.split(' ');
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (ctx.countries.countries.matchAt(tokensOf(tail), 0)?.end === tokensOf(tail).length) return words.slice(0, k).join(' ');
  }
  return entry.name;
}

function tokensOf(phrase: string): Token[] {
  let at = 0;
  return phrase.split(' ').map((w) => {
    const t = { text: w, lower: w.toLowerCase(), start: at, end: at + w.length, word: true };
    at += w.length + 1;
    return t;
  });
}

/** An acronym defined earlier in the article ("… (BIF)"), used alone. */
function definedAt(ctx: OrganisationContext, i: number): OrganisationMention | undefined {
  const t = ctx.tokens[i];
  const def = t ? ctx.defined.get(t.text) : undefined;
  if (!def || !t) return undefined;
  return { ...def, first: i, end: i + 1, surface: t.text };
}

function embassyAt(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
  const home = ctx.orgs.homeMissionHeads.matchAt(ctx.tokens, i, to);
  const head = home ?? ctx.orgs.embassyHeads.matchAt(ctx.tokens, i, to);
  if (!head) return undefined;
  let j = head.end;
  let sender = home ? ctx.homeCountry : undefined;
  if (!home) {
    const c = ctx.countries.countries.matchAt(ctx.tokens, j, to);
    if (!c) return undefined;
    sender = c.value;
    j = c.end;
  }
  let host: string | undefined;
  let hostName: string | undefined;
  // "… untuk Indonesia dan Timor Leste", "… di Den Haag", "KBRI Beijing", "KBRI Ottawa".
  const marker = ctx.tokens[j]?.text.toLowerCase();
  const placeAt = marker === 'untuk' || marker === 'di' || marker === 'in' ? j + 1 : j;
  const place = ctx.countries.countries.matchAt(ctx.tokens, placeAt, to) ?? ctx.countries.cities.matchAt(ctx.tokens, placeAt, to);
  if (place && (placeAt > j || home)) {
    host = place.value;
    j = place.end;
    while (ctx.tokens[j]?.text === 'dan' && ctx.countries.countries.matchAt(ctx.tokens, j + 1, to)) {
      j = ctx.countries.countries.matchAt(ctx.tokens, j + 1, to)?.end ?? j;
    }
  } else if (home && capitalised(ctx.tokens[j]) && !ACRONYM.test(ctx.tokens[j]?.text ?? '')) {
    // A mission in a city the lexicon does not know: its name is the place as written.
    hostName = ctx.tokens[j]?.text;
    j++;
  }
  if (!sender) return undefined;
  host ??= sender === ctx.homeCountry ? undefined : ctx.homeCountry;
  const where = host ? ctx.countries.name(host) : hostName;
  const key = `kedubes-${sender.toLowerCase()}${host ? `-${host.toLowerCase()}` : hostName ? `-${slugify(hostName)}` : ''}`;
  const name = `Embassy of ${ctx.countries.name(sender)}${where ? ` in ${where}` : ''}`;
  const paren = parentheticalAcronym(ctx, j);
  const end = paren ? paren.end : j;
  return { first: i, end, key, name, surface: surface(ctx, i, end), acronym: null, kind: 'embassy', country: sender, locatedIn: host ?? null, parent: null };
}

/** The word at `j` may stand inside an organisation's name: vocabulary, a derived noun, an acronym or a number. */
function isModifier(ctx: OrganisationContext, t: Token): boolean {
  const lower = t.text.toLowerCase();
  return ctx.orgs.modifiers.has(lower) || ctx.orgs.derivedNoun.test(lower) || ACRONYM.test(t.text) || /^\d+$/.test(t.text) || lower.split('-').every((p) => ctx.orgs.modifiers.has(p));
}

/** Whether the organisation head at `i` is the tail of a post head that starts before it ("Kepala Biro"). */
function insidePostHead(ctx: OrganisationContext, i: number): boolean {
  return ctx.inPostHead.has(i);
}

/**
 * "Kementerian Keamanan Publik Vietnam", "Badan Intelijen Federal (BIF)", "Unit Anti-Teror ATU": an Indonesian
 * head noun, then modifiers (vocabulary, derived nouns, acronyms, a known organisation it belongs to), and a
 * trailing state. An unknown capitalised word is kept only before another modifier or as the last word: two unknown
 * words in a row are the start of a person's name.
 */
function genericAt(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
  const head = ctx.orgs.heads.matchAt(ctx.tokens, i, to);
  if (!head || insidePostHead(ctx, i)) return undefined;
  let j = head.end;
  let country: string | null = null;
  let parent: string | null = null;
  let lastWord = head.end - 1;
  let ownModifier = false;
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
    const known = ctx.orgs.known.matchAt(ctx.tokens, j, to);
    if (known) {
      // "Pusat Pendidikan dan Latihan BKA": a unit of a known body; "Badan-Badan PBB" is the body itself.
      if (!ownModifier) return undefined;
      parent = known.value.id;
      country = known.value.country;
      j = known.end;
      lastWord = j - 1;
      break;
    }
    if (CONNECTORS.has(t.text) && capitalised(ctx.tokens[j + 1]) && isModifier(ctx, ctx.tokens[j + 1] as Token)) {
      j++;
      continue;
    }
    if (t.text === '-' && t.start === ctx.tokens[j - 1]?.end && capitalised(ctx.tokens[j + 1])) {
      j++;
      continue;
    }
    if (!capitalised(t) || ctx.eventKinds.matchAt(ctx.tokens, j, to)) break;
    // "Divisi … Kementerian Dalam Negeri Jerman": another head opens the organisation the first belongs to.
    if (ctx.orgs.heads.matchAt(ctx.tokens, j, to) && ownModifier) break;
    if (!isModifier(ctx, t)) {
      const next = ctx.tokens[j + 1];
      const nextUnknown = capitalised(next) && next !== undefined && !isModifier(ctx, next) && !ctx.countries.countries.matchAt(ctx.tokens, j + 1, to);
      if (nextUnknown) break;
    }
    if (!ctx.orgs.anyHeads.matchAt(ctx.tokens, j, j + 1)) ownModifier = true;
    lastWord = j;
    j++;
  }
  if (!ownModifier && !country) return undefined;
  const end = lastWord + 1;
  const paren = parentheticalAcronym(ctx, end);
  const finalEnd = paren ? paren.end : end;
  const ownName = surface(ctx, i, country && !parent ? countryStart(ctx, i, end, to) : end);
  const key = `${slugify(ownName)}${country && !parent ? `@${country.toLowerCase()}` : ''}`;
  return {
    first: i,
    end: finalEnd,
    key,
    name: country && !parent ? `${ownName} (${ctx.countries.name(country)})` : ownName,
    surface: surface(ctx, i, finalEnd),
    acronym: paren?.acronym ?? null,
    kind: head.value,
    country,
    locatedIn: country,
    parent,
  };
}

function countryStart(ctx: OrganisationContext, first: number, end: number, to: number): number {
  for (let k = first + 1; k < end; k++) {
    const c = ctx.countries.countries.matchAt(ctx.tokens, k, to);
    if (c && c.end === end) return k;
  }
  return end;
}

/** A capitalised token that cannot be part of an English name: a post, an event word, a year, an Indonesian noun. */
function breaksEnglishName(ctx: OrganisationContext, j: number, to: number): boolean {
  const known = ctx.breaks.get(j);
  if (known !== undefined) return known;
  const t = ctx.tokens[j];
  const breaks = !t || !capitalised(t) || breaksAt(ctx, t, j, to);
  ctx.breaks.set(j, breaks);
  return breaks;
}

function breaksAt(ctx: OrganisationContext, t: Token, j: number, to: number): boolean {
  return (
    ctx.positionHeads.matchAt(ctx.tokens, j, to) !== undefined ||
    ctx.inCue.has(j) ||
    /^\d[\d-]*(?:st|nd|rd|th)?$/.test(t.text) ||
    ctx.orgs.derivedNoun.test(t.text.toLowerCase()) ||
    ctx.orgs.heads.matchAt(ctx.tokens, j, to) !== undefined ||
    ctx.countries.cities.matchAt(ctx.tokens, j, to) !== undefined
  );
}

/**
 * "Federal Security Service", "Australian Federal Police", "Ministry of Home Affairs", "GCTF Coordinating
 * Committee": a run of capitalised words closed by an English head noun, or a head followed by "of/for/on" and its
 * complement. The run starts after a post ("Commissioner of the …"), an event word or an Indonesian noun; a name
 * closed by an event kind ("Joint Working Group") is an event. A known organisation opening the run makes the name
 * one of its bodies.
 */
function englishAt(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
  const { tokens } = ctx;
  if (breaksEnglishName(ctx, i, to) || insidePostHead(ctx, i)) return undefined;
  const prev = tokens[i - 1];
  if (prev && capitalised(prev) && !breaksEnglishName(ctx, i - 1, to) && !ctx.afterPostHead.has(i)) return undefined;
  let j = i;
  let headEnd = -1;
  let kind: OrganizationKind = 'other';
  let parent: string | null = null;
  let parentEnd = i;
  while (j < to && j - i < 12) {
    const t = tokens[j];
    if (!t) break;
    if (CONNECTORS.has(t.text) && capitalised(tokens[j + 1])) {
      if (headEnd > 0 && !COMPLEMENT.has(t.text)) break;
      j++;
      continue;
    }
    if (t.text === '-' && t.start === tokens[j - 1]?.end && capitalised(tokens[j + 1])) {
      j++;
      continue;
    }
    const known = ctx.orgs.known.matchAt(tokens, j, to);
    if (known && j === i) {
      parent = known.value.id;
      j = parentEnd = parentheticalAcronym(ctx, known.end)?.end ?? known.end;
      continue;
    }
    if (known || breaksEnglishName(ctx, j, to)) break;
    const h = ctx.orgs.suffixHeads.matchAt(tokens, j, to);
    if (h) {
      headEnd = h.end;
      kind = h.value;
      j = h.end;
      continue;
    }
    j++;
  }
  if (headEnd < 0) return undefined;
  // The name ends at its last head, or after the head's complement ("Office of Counter-Terrorism").
  let end = headEnd;
  if (COMPLEMENT.has(tokens[headEnd]?.text ?? '')) {
    let k = headEnd + 1;
    if (tokens[k]?.text === 'the') k++;
    while (k < to && capitalised(tokens[k]) && !breaksEnglishName(ctx, k, to) && !ctx.orgs.known.matchAt(tokens, k, to)) k++;
    if (k > headEnd + 1) end = k;
  }
  if (end - i < 2 || ctx.orgs.suffixHeads.matchAt(tokens, i, to)?.end === end) return undefined;
  // A body of a known organisation names itself: "GCTF Coordinating Committee", not "Special Branch Office".
  if (parent && ctx.orgs.suffixHeads.matchAt(tokens, parentEnd, to)?.end === headEnd) return undefined;
  const paren = parentheticalAcronym(ctx, end);
  const finalEnd = paren ? paren.end : end;
  // A body of a known organisation is keyed and named by its parent's canonical name, whichever form was written.
  const parentEntry = parent ? ctx.orgs.byId.get(parent) : undefined;
  const own = surface(ctx, parentEntry ? parentEnd : i, end);
  const name = parentEntry ? `${parentEntry.name} ${own}` : own;
  return {
    first: i,
    end: finalEnd,
    key: parentEntry ? `${parentEntry.id}-${slugify(own)}` : slugify(paren?.acronym ?? name),
    name,
    surface: surface(ctx, i, finalEnd),
    acronym: paren?.acronym ?? null,
    kind,
    country: parentEntry?.country ?? null,
    locatedIn: null,
    parent,
  };
}

/**
 * "Global Counter-Terrorism Forum (GCTF)": a capitalised long form holding an organisation word, then its acronym,
 * which abbreviates it (Schwartz–Hearst); the long form is the shortest run of words before it that it abbreviates.
 */
function acronymNamed(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
  const { tokens } = ctx;
  if (!capitalised(tokens[i]) || (capitalised(tokens[i - 1]) && tokens[i - 1]?.word)) return undefined;
  let j = i;
  let hasHead = false;
  while (j < to && j - i < 12) {
    const t = tokens[j];
    if (!t || t.text === '(') break;
    if (CONNECTORS.has(t.text) || (t.text === '-' && capitalised(tokens[j + 1]))) {
      j++;
      continue;
    }
    if (!capitalised(t)) return undefined;
    if (ctx.orgs.anyHeads.matchAt(tokens, j, to)) hasHead = true;
    j++;
  }
  const paren = parentheticalAcronym(ctx, j);
  if (!paren || !hasHead || j === i) return undefined;
  // A known acronym is found by its lexicon entry, from where its own name starts ("Kepala Badan … (BNPT)").
  if (ctx.orgs.known.matchAt(tokens, j + 1, j + 2)) return undefined;
  // The long form is the shortest run of words before the acronym that it abbreviates, holding a head.
  let start = -1;
  for (let s = j - 1; s >= i && start < 0; s--) {
    if (!capitalised(tokens[s]) || !tokens.slice(s, j).some((_, k) => ctx.orgs.anyHeads.matchAt(tokens, s + k, j))) continue;
    if (abbreviates(paren.acronym, tokens.slice(s, j).filter((t) => t.word).map((t) => t.text))) start = s;
  }
  if (start < 0) return undefined;
  const name = surface(ctx, start, j);
  return {
    first: start,
    end: paren.end,
    key: slugify(paren.acronym),
    name,
    surface: surface(ctx, start, paren.end),
    acronym: paren.acronym,
    kind: 'other',
    country: null,
    locatedIn: null,
    parent: null,
  };
}
