/** Within-article resolution of people: one entity per person, and posts or short names pointing to it. */
import { type Doc, isCapitalised } from './document.js';
import type { EntityBook } from './entity-book.js';
import type { Mention, PersonMention } from './mentions.js';
import { isSameName } from './names.js';
import type { PositionPhrase } from './positions.js';

/** A resolved mention of a person: tokens `[first, end)`, the person's id. */
export interface PersonRef {
  readonly first: number;
  readonly end: number;
  readonly sentence: number;
  readonly personId: string;
}

/** A post held, as read in one mention. */
export interface Holding {
  readonly personId: string;
  readonly positionId: string;
  readonly orgId: string | null;
  readonly country: string | null;
  readonly phrase: PositionPhrase;
  readonly former: boolean;
  readonly mentionFirst: number;
  readonly mentionEnd: number;
  readonly sentence: number;
}

export interface PeopleResult {
  readonly refs: PersonRef[];
  readonly holdings: Holding[];
}

interface Cluster {
  names: string[];
  honorifics: string[];
  best: string;
  bestWords: number;
  mentions: PersonMention[];
}

/**
 * Clusters person mentions by {@link isSameName} (full names first, then one-word names such as "Pak Boy" when a
 * single person fits), registers people and posts, then resolves posts used as names ("Kepala BNPT") to the one
 * person holding that post in the article, and "Mantan … tersebut" to the person named last.
 */
export function resolvePeople(doc: Doc, mentions: readonly Mention[], book: EntityBook): PeopleResult {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<PersonMention, Cluster>();
  const persons = mentions.filter((m): m is PersonMention => m.kind === 'person');
  const ordered = [...persons.filter((m) => m.nameWords >= 2), ...persons.filter((m) => m.nameWords < 2)];
  for (const m of ordered) {
    const single = m.nameWords < 2;
    const matching = clusters.filter((c) => c.names.some((n) => isSameName(n, m.name, { allowSingleWord: single })));
    let cluster = matching.length === 1 ? matching[0] : undefined;
    if (!cluster && matching.length === 0 && (!single || m.strong)) {
      cluster = { names: [], honorifics: [], best: m.name, bestWords: m.nameWords, mentions: [] };
      clusters.push(cluster);
    }
    if (!cluster) continue;
    cluster.names.push(m.name);
    cluster.honorifics.push(...m.honorifics);
    cluster.mentions.push(m);
    if (m.nameWords > cluster.bestWords) {
      cluster.best = m.name;
      cluster.bestWords = m.nameWords;
    }
    clusterOf.set(m, cluster);
  }
  const idOf = new Map<Cluster, string>();
  for (const c of clusters) idOf.set(c, book.addPerson(c.best, c.names, c.honorifics));

  const holdings: Holding[] = [];
  const refs: PersonRef[] = [];
  for (const m of persons) {
    const cluster = clusterOf.get(m);
    const personId = cluster ? idOf.get(cluster) : undefined;
    if (!personId) continue;
    refs.push({ first: m.first, end: m.end, sentence: m.sentence, personId });
    for (const [list, former] of [
      [m.positions, false],
      [m.formerPositions, true],
    ] as const) {
      // "Perdana Menteri sekaligus Menteri Luar Negeri Qatar": a post with no owner takes the owner of the post
      // before it in the chain, else of the first one after it that names one.
      const owned = list.find((x) => x.organization || x.impliedOrganization || x.country);
      let inherited: { orgId: string | null; country: string | null } | null = owned
        ? { orgId: ownerOrg(owned), country: owned.country }
        : null;
      for (const phrase of list) {
        const p = book.addPosition(phrase, inherited);
        inherited = { orgId: p.orgId, country: p.country };
        holdings.push({
          personId,
          positionId: p.id,
          orgId: p.orgId,
          country: p.country,
          phrase,
          former,
          mentionFirst: m.first,
          mentionEnd: m.end,
          sentence: m.sentence,
        });
      }
    }
  }
  const specific = foldBarePosts(holdings, book);
  // Posts standing for their holder, in text order so that "tersebut" finds the person named just before.
  const timeline = [...mentions].sort((a, b) => a.first - b.first);
  for (const m of timeline) {
    if (m.kind !== 'position-ref') continue;
    const known = new Set(holdings.map((h) => h.positionId));
    const added = book.addPosition(m.position, null);
    const specificId = specific.get(added.id);
    if (specificId && !known.has(added.id)) book.remove(added.id);
    const p = specificId ? { ...added, id: specificId } : added;
    let personId: string | undefined;
    if (m.anaphoric) {
      personId = [...refs].filter((r) => r.end <= m.first).sort((a, b) => b.end - a.end)[0]?.personId;
    } else {
      let holders = new Set(holdings.filter((h) => h.positionId === p.id && !h.former).map((h) => h.personId));
      // "Menteri Keamanan Negara RRT" for the holder of "Menteri Keamanan Negara" of a Chinese ministry: the same
      // title, in the same state.
      const state = p.country;
      if (holders.size === 0 && state)
        holders = new Set(
          holdings.filter((h) => !h.former && sameTitleInState(book, h.positionId, p.id, state)).map((h) => h.personId),
        );
      if (holders.size === 1) personId = [...holders][0];
    }
    if (!personId) {
      if (!known.has(p.id)) book.remove(p.id);
      continue;
    }
    refs.push({ first: m.first, end: m.end, sentence: m.sentence, personId });
    if (m.former || m.anaphoric) {
      holdings.push({
        personId,
        positionId: p.id,
        orgId: p.orgId,
        country: p.country,
        phrase: m.position,
        former: m.former,
        mentionFirst: m.first,
        mentionEnd: m.end,
        sentence: m.sentence,
      });
    }
  }
  refs.push(...shortNameRefs(doc, mentions, clusters, idOf));
  refs.sort((a, b) => a.first - b.first);
  return { refs, holdings };
}

/** Whether post `held` has the title of post `named` and belongs to state `country` (directly or by its body). */
function sameTitleInState(book: EntityBook, held: string, named: string, country: string): boolean {
  const a = book.get(held)?.attributes;
  const b = book.get(named)?.attributes;
  if (!a || !b || a.title !== b.title) return false;
  const orgCountry = typeof a.organization === 'string' ? book.get(a.organization)?.attributes.country : null;
  return a.country === `country:${country}` || orgCountry === country;
}

function ownerOrg(p: PositionPhrase): string | null {
  if (p.organization) return p.organization.kind === 'embassy' ? null : `org:${p.organization.key}`;
  return p.impliedOrganization ? `org:${p.impliedOrganization}` : null;
}

/**
 * "Dubes Puja" beside "Duta Besar RI untuk Kerajaan Belanda, I Gusti Agung Wesaka Puja": a bare post (no body, no
 * state) held by someone who holds a fuller post of the same title in the article is that post. Drops the bare
 * holdings (and the bare post when nobody else holds it) and returns bare id → fuller id.
 */
function foldBarePosts(holdings: Holding[], book: EntityBook): Map<string, string> {
  const folded = new Map<string, string>();
  const titleOf = (id: string): string => String(book.get(id)?.attributes.title ?? '');
  const isBare = (id: string): boolean => {
    const a = book.get(id)?.attributes;
    return !!a && !a.organization && !a.country;
  };
  for (const h of [...holdings]) {
    if (!isBare(h.positionId)) continue;
    const title = titleOf(h.positionId);
    const fuller = holdings.find(
      (o) =>
        o.personId === h.personId &&
        o.positionId !== h.positionId &&
        !isBare(o.positionId) &&
        (titleOf(o.positionId) === title || titleOf(o.positionId).startsWith(`${title} `)),
    );
    if (!fuller) continue;
    folded.set(h.positionId, fuller.positionId);
    holdings.splice(holdings.indexOf(h), 1);
  }
  for (const bare of folded.keys()) if (!holdings.some((h) => h.positionId === bare)) book.remove(bare);
  return folded;
}

/**
 * Names repeated without a title: "Jan Kowalczyk didampingi …" after "Direktur …, Jan Kowalczyk", and "Eddy
 * menyampaikan …" after "Kepala BNPT … Eddy Hartono" — a person's full name, or a single capitalised word that is a
 * word of exactly one person's full name, standing alone outside every other mention, refers to that person.
 */
function shortNameRefs(
  doc: Doc,
  mentions: readonly Mention[],
  clusters: readonly Cluster[],
  idOf: ReadonlyMap<Cluster, string>,
): PersonRef[] {
  const owners = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    if (c.bestWords < 2) continue;
    for (const word of c.best.split(/\s+/)) {
      if (word.length < 3 || doc.lex.particles.has(word) || doc.lex.notNames.has(word) || !/^\p{Lu}\p{Ll}/u.test(word))
        continue;
      const set = owners.get(word) ?? new Set<Cluster>();
      set.add(c);
      owners.set(word, set);
    }
  }
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.first; k < m.end; k++) covered.add(k);
  const refs: PersonRef[] = [];
  // Full names by their first word, so that each token is compared with the few names it may open.
  const full = new Map<string, { words: string[]; c: Cluster }[]>();
  for (const c of clusters) {
    if (c.bestWords < 2) continue;
    for (const n of new Set(c.names)) {
      const words = n.split(/\s+/);
      if (words.length < 2) continue;
      full.set(words[0] ?? '', [...(full.get(words[0] ?? '') ?? []), { words, c }]);
    }
  }
  doc.sentences.forEach((s, sentence) => {
    if (doc.headlines.has(sentence)) return;
    for (let i = s.first; i < s.last; i++) {
      const whole = covered.has(i)
        ? undefined
        : full
            .get(doc.tokens[i]?.text ?? '')
            ?.find(({ words }) => words.every((w, n) => doc.tokens[i + n]?.text === w && !covered.has(i + n)));
      const wholeId = whole ? idOf.get(whole.c) : undefined;
      if (whole && wholeId && !isCapitalised(doc.tokens[i + whole.words.length])) {
        refs.push({ first: i, end: i + whole.words.length, sentence, personId: wholeId });
        i += whole.words.length - 1;
        continue;
      }
      const t = doc.tokens[i];
      const set = t ? owners.get(t.text) : undefined;
      if (!t || !set || set.size !== 1 || covered.has(i) || doc.inOrg.has(i)) continue;
      // Part of a longer capitalised run is another name ("Eddy Santoso"), not this person.
      if (isCapitalised(doc.tokens[i + 1]) || (i > s.first && isCapitalised(doc.tokens[i - 1]))) continue;
      const id = idOf.get([...set][0] as Cluster);
      if (id) refs.push({ first: i, end: i + 1, sentence, personId: id });
    }
  });
  return refs;
}
