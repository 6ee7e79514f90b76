/** The organisation recogniser's data: mentions, the lexicon's matchers, and the per-article context. */
import type { Lexicon, OrganisationEntry, OrganizationKind } from '../lexicon/index.js';
import type { CountryIndex } from './countries.js';
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
  const modifiers = new Set(
    [...data.modifiers, ...lexicon.positions.unitWords, ...data.heads.map((h) => h.form)].map((w) => w.toLowerCase()),
  );
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
export function organisationContext(
  base: Omit<OrganisationContext, 'defined' | 'inCue' | 'inPostHead' | 'afterPostHead' | 'breaks'>,
): OrganisationContext {
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

export const CONNECTORS = new Set(['dan', 'and', 'of', 'for', 'on', 'the', '&']);
export const COMPLEMENT = new Set(['of', 'for', 'on']);
export const ACRONYM = /^(?=[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\p{Lu})[\p{Lu}\d][\p{L}\d-]*$/u;

export function surface(ctx: OrganisationContext, first: number, end: number): string {
  const a = ctx.tokens[first];
  const b = ctx.tokens[end - 1];
  return a && b ? ctx.text.slice(a.start, b.end) : '';
}

export const capitalised = (t: Token | undefined): boolean => !!t && t.word && /^[\p{Lu}\d]/u.test(t.text);

/** "(BNPT)" right after a name: returns the acronym and the index after ")". */
export function parentheticalAcronym(
  ctx: OrganisationContext,
  i: number,
): { acronym: string; end: number } | undefined {
  const open = ctx.tokens[i];
  const word = ctx.tokens[i + 1];
  const close = ctx.tokens[i + 2];
  if (
    open?.text === '(' &&
    word &&
    close?.text === ')' &&
    ACRONYM.test(word.text) &&
    !ctx.orgs.notOrganisations.has(word.text)
  ) {
    return { acronym: word.text, end: i + 3 };
  }
  return undefined;
}
