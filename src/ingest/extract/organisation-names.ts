/**
 * Organisation names read by their grammar: an Indonesian head noun with its modifiers and a trailing state, an
 * English name closed by a head noun, and a capitalised long form before the acronym that abbreviates it.
 */
import type { OrganizationKind } from '../lexicon/index.js';
import { slugify } from './names.js';
import {
  ACRONYM,
  COMPLEMENT,
  CONNECTORS,
  capitalised,
  type OrganisationContext,
  type OrganisationMention,
  parentheticalAcronym,
  surface,
} from './organisation-index.js';
import type { Token } from './tokenize.js';

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

/** The word at `j` may stand inside an organisation's name: vocabulary, a derived noun, an acronym or a number. */
function isModifier(ctx: OrganisationContext, t: Token): boolean {
  const lower = t.text.toLowerCase();
  return (
    ctx.orgs.modifiers.has(lower) ||
    ctx.orgs.derivedNoun.test(lower) ||
    ACRONYM.test(t.text) ||
    /^\d+$/.test(t.text) ||
    lower.split('-').every((p) => ctx.orgs.modifiers.has(p))
  );
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
export function genericAt(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
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
      const nextUnknown =
        capitalised(next) &&
        next !== undefined &&
        !isModifier(ctx, next) &&
        !ctx.countries.countries.matchAt(ctx.tokens, j + 1, to);
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
export function englishAt(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
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
    while (k < to && capitalised(tokens[k]) && !breaksEnglishName(ctx, k, to) && !ctx.orgs.known.matchAt(tokens, k, to))
      k++;
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
export function acronymNamed(ctx: OrganisationContext, i: number, to: number): OrganisationMention | undefined {
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
    if (!capitalised(tokens[s]) || !tokens.slice(s, j).some((_, k) => ctx.orgs.anyHeads.matchAt(tokens, s + k, j)))
      continue;
    if (
      abbreviates(
        paren.acronym,
        tokens
          .slice(s, j)
          .filter((t) => t.word)
          .map((t) => t.text),
      )
    )
      start = s;
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
