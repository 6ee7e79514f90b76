/**
 * Finds organisation mentions by grammar, with the lexicon for canonical names: known organisations, missions
 * ("Kedubes Perancis", "KBRI Ottawa"), Indonesian head nouns with their modifiers and a trailing state ("Dinas
 * Keamanan Negara Ruritania"), English names closed by a head noun ("Federal Security Service"), and "Long Form
 * (ACR)" definitions (Schwartz–Hearst), whose acronym then stands for the organisation through the article.
 */
import type { OrganisationEntry } from '../lexicon/index.js';
import { slugify } from './names.js';
import {
  ACRONYM,
  capitalised,
  type OrganisationContext,
  type OrganisationMention,
  parentheticalAcronym,
  surface,
} from './organisation-index.js';
import { acronymNamed, englishAt, genericAt } from './organisation-names.js';
import type { Token } from './tokenize.js';

export {
  createOrganisationIndex,
  type OrganisationContext,
  type OrganisationIndex,
  type OrganisationMention,
  organisationContext,
} from './organisation-index.js';
export { abbreviates } from './organisation-names.js';

/** Organisation mentions in tokens `[from, to)`, left to right, not overlapping; tokens of `skip` never start one. */
export function findOrganisations(
  ctx: OrganisationContext,
  from: number,
  to: number,
  skip: ReadonlySet<number> = new Set(),
): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const known = knownAt(ctx, i, to);
    const english = capitalised(ctx.tokens[i]) ? englishAt(ctx, i, to) : undefined;
    const first =
      embassyAt(ctx, i, to) ??
      (english && known && english.end > known.end ? english : known) ??
      definedAt(ctx, i) ??
      genericAt(ctx, i, to) ??
      english ??
      acronymNamed(ctx, i, to);
    const m = first ? withGloss(ctx, first, to) : undefined;
    if (m) {
      found.push(m);
      if (m.acronym && !ctx.defined.has(m.acronym) && !ctx.orgs.known.matchAt(ctx.tokens, m.end - 2, m.end - 1))
        ctx.defined.set(m.acronym, m);
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

function knownAt(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
  const m = ctx.orgs.known.matchAt(ctx.tokens, i, to);
  if (!m) return undefined;
  const entry = m.value;
  // "Kemlu Jepang", "Kementerian Luar Negeri Kerajaan Belanda": a state's body named with another state is that
  // state's body of the same kind, under the same key as its generic name.
  const country = ctx.countries.countries.matchAt(ctx.tokens, m.end, to);
  if (
    country &&
    entry.country &&
    country.value !== entry.country &&
    (entry.kind === 'ministry' || entry.kind === 'police' || entry.kind === 'agency')
  ) {
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
  if (paren && (paren.acronym === entry.acronym || ctx.orgs.known.matchAt(ctx.tokens, end + 1)?.value === entry))
    end = paren.end;
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
    if (ctx.countries.countries.matchAt(tokensOf(tail), 0)?.end === tokensOf(tail).length)
      return words.slice(0, k).join(' ');
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
  const place =
    ctx.countries.countries.matchAt(ctx.tokens, placeAt, to) ?? ctx.countries.cities.matchAt(ctx.tokens, placeAt, to);
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
  return {
    first: i,
    end,
    key,
    name,
    surface: surface(ctx, i, end),
    acronym: null,
    kind: 'embassy',
    country: sender,
    locatedIn: host ?? null,
    parent: null,
  };
}
