/**
 * Finds mentions of people: a name anchored by a title ("Komjen Pol. Drs. Suhardi Alius MH"), by a post before it
 * ("Direktur Kerja Sama Bilateral Andhika …"), by an apposition after it ("Pierre Vincent selaku Penasihat …"), or
 * by a speech verb ("ungkap Oliver Chambard"); and posts used in place of a name ("Kepala BNPT menyampaikan").
 */
import { type Doc, isCapitalised, spanText } from './document.js';
import { type PositionPhrase, parsePosition } from './positions.js';

export interface PersonMention {
  readonly kind: 'person';
  readonly first: number;
  readonly end: number;
  readonly nameFirst: number;
  readonly nameEnd: number;
  /** The name as written, titles removed. */
  readonly name: string;
  readonly nameWords: number;
  readonly honorifics: readonly string[];
  readonly positions: readonly PositionPhrase[];
  readonly formerPositions: readonly PositionPhrase[];
  /** Anchored by a rank, academic title or post, not only by "Pak"/"Bapak" or a speech verb. */
  readonly strong: boolean;
  readonly sentence: number;
}

/** A post standing for its holder: "Kepala BNPT didampingi …", "Mantan Sestama Lemhanas tersebut …". */
export interface PositionReference {
  readonly kind: 'position-ref';
  readonly first: number;
  readonly end: number;
  readonly position: PositionPhrase;
  readonly former: boolean;
  /** Followed by "tersebut"/"ini": it points back to the last person named. */
  readonly anaphoric: boolean;
  readonly sentence: number;
}

export type Mention = PersonMention | PositionReference;

const CHAIN_JOINERS = new Set([',', 'sekaligus', 'merangkap', 'dan', 'juga']);

/** All person mentions and position references, in text order. */
export function findPersonMentions(doc: Doc): Mention[] {
  const found: Mention[] = [];
  doc.sentences.forEach((s, sentence) => {
    // A headline's title-case words are no names.
    if (doc.headlines.has(sentence)) return;
    for (let i = s.first; i < s.last; i++) {
      const m = mentionAt(doc, i, s.last, sentence);
      if (m) {
        found.push(m);
        i = m.end - 1;
        continue;
      }
      const org = doc.orgAt.get(i);
      if (org) i = org.end - 1;
    }
  });
  return found;
}

function mentionAt(doc: Doc, i: number, limit: number, sentence: number): Mention | undefined {
  const { tokens, lex } = doc;
  const t = tokens[i];
  if (!t) return undefined;
  let j = i;
  const former = lex.formerMarkers.has(t.text);
  if (former) j++;
  const chain = positionChain(doc, j, limit);
  // "Ambassador John Miles", "General Budi": a bare title used as a form of address is an honorific, not a post.
  const address = chain.length === 1 && !former ? lex.honorificsBefore.matchAt(tokens, j, limit) : undefined;
  const bare = chain[0];
  if (
    address &&
    bare &&
    address.end === bare.end &&
    !bare.organization &&
    !bare.country &&
    bare.accreditedTo.length === 0
  ) {
    const titled = personAfter(doc, i, limit, sentence, i, [], false);
    if (titled) return titled;
  }
  if (chain.length > 0) {
    const last = chain[chain.length - 1];
    let k = last?.end ?? j;
    const afterComma = tokens[k]?.text === ',' ? k + 1 : k;
    const person = personAfter(doc, afterComma, limit, sentence, i, chain, former);
    if (person) return person;
    const first = chain[0];
    if (!first) return undefined;
    // "… Menteri Keamanan Negara RRT, Kepala BNPT beserta delegasi": with no name after them, posts joined by a
    // comma are two references, each to its own holder.
    if (chain.length > 1 && tokens[first.end]?.text === ',') k = first.end;
    const anaphoric = lex.cueLists.get('anaphora')?.matchAt(tokens, k, limit) !== undefined;
    if (anaphoric) k++;
    return { kind: 'position-ref', first: i, end: k, position: first, former, anaphoric, sentence };
  }
  if (former) return undefined;
  const titled = personAfter(doc, i, limit, sentence, i, [], false);
  if (titled) return titled;
  return nameFirst(doc, i, limit, sentence);
}

function positionChain(doc: Doc, j: number, limit: number): PositionPhrase[] {
  const chain: PositionPhrase[] = [];
  let k = j;
  for (;;) {
    const p = parsePosition(doc, k, limit);
    if (!p) break;
    chain.push(p);
    const joiner = doc.tokens[p.end]?.text.toLowerCase() ?? '';
    if (!CHAIN_JOINERS.has(joiner)) break;
    // "Kepala Delegasi Filipina, Wakil Direktur Jenderal …, Damian L. Carlos"; "Perdana Menteri sekaligus Menteri …"
    const next = parsePosition(doc, p.end + 1, limit);
    if (!next || joiner === 'dan') break;
    k = p.end + 1;
  }
  return chain;
}

/** Titles then a name then degrees, at token `k`. Without a post before it, a title is required. */
function personAfter(
  doc: Doc,
  k: number,
  limit: number,
  sentence: number,
  first: number,
  chain: readonly PositionPhrase[],
  former: boolean,
): PersonMention | undefined {
  const { tokens, lex } = doc;
  const honorifics: string[] = [];
  let strong = chain.length > 0;
  let j = k;
  for (;;) {
    const h = lex.honorificsBefore.matchAt(tokens, j, limit);
    if (!h) break;
    honorifics.push(spanText(doc, j, h.end));
    if (h.value !== 'address') strong = true;
    j = h.end;
    if (tokens[j]?.text === ',' && lex.honorificsBefore.matchAt(tokens, j + 1, limit)) j++;
  }
  if (chain.length === 0 && honorifics.length === 0) return undefined;
  const addressOnly = chain.length === 0 && !strong;
  const name = nameRun(doc, j, limit);
  if (!name) return undefined;
  // "direktur Pengarah Cawangan Khas Malaysia": capitalised words running into an organisation are not a name.
  if (honorifics.length === 0 && (doc.orgAt.has(name.end) || doc.countryAt.has(name.end))) return undefined;
  const after = degreesAndAppositions(doc, name.end, limit);
  honorifics.push(...after.degrees);
  // "Ketua Bersama … Forum Detention and …": one capitalised word after a post, with no title, is only a
  // reference to someone named in full elsewhere.
  if (name.words < 2 && !strongTitle(doc, honorifics)) strong = false;
  // "Bapak Suhardi": a form of address before one name that is no common word still names a person.
  if (addressOnly && name.words === 1 && !lex.notNames.has(spanText(doc, name.first, name.end))) strong = true;
  const positions = former ? [...after.positions] : [...chain, ...after.positions];
  const formerPositions = former ? [...chain, ...after.formerPositions] : [...after.formerPositions];
  return {
    kind: 'person',
    first,
    end: after.end,
    nameFirst: name.first,
    nameEnd: name.end,
    name: spanText(doc, name.first, name.end),
    nameWords: name.words,
    honorifics,
    positions,
    formerPositions,
    strong,
    sentence,
  };
}

function strongTitle(doc: Doc, honorifics: readonly string[]): boolean {
  return honorifics.some((h) => {
    const kind = doc.lex.lexicon.honorifics.before.find(
      (x) => x.form.replace(/\.$/, '') === h.replace(/\.$/, ''),
    )?.kind;
    return kind !== undefined && kind !== 'address';
  });
}

/** "Pierre Vincent selaku Penasihat …", "I Gusti Agung Wesaka Puja, Duta Besar RI …", "ungkap Oliver Chambard". */
function nameFirst(doc: Doc, i: number, limit: number, sentence: number): PersonMention | undefined {
  const { tokens, lex } = doc;
  const prev = tokens[i - 1];
  if (prev && isCapitalised(prev) && doc.sentenceOf[i - 1] === sentence) return undefined;
  const name = nameRun(doc, i, limit);
  if (!name) return undefined;
  const after = degreesAndAppositions(doc, name.end, limit);
  const speech = prev !== undefined && lex.cueLists.get('speech')?.matchAt(tokens, i - 1, i) !== undefined;
  const apposed = after.positions.length + after.formerPositions.length > 0;
  if (!apposed && !speech) return undefined;
  if (name.words < 2 && !speech) return undefined;
  return {
    kind: 'person',
    first: i,
    end: after.end,
    nameFirst: name.first,
    nameEnd: name.end,
    name: spanText(doc, name.first, name.end),
    nameWords: name.words,
    honorifics: after.degrees,
    positions: after.positions,
    formerPositions: after.formerPositions,
    strong: apposed && name.words >= 2,
    sentence,
  };
}

interface NameRun {
  readonly first: number;
  readonly end: number;
  readonly words: number;
}

/** Capitalised words, initials and name particles; never organisations, places, months or title words. */
export function nameRun(doc: Doc, k: number, limit: number): NameRun | undefined {
  const { tokens, lex } = doc;
  let j = k;
  let lastGood = k;
  let words = 0;
  let long = 0;
  while (j < limit && words < 9) {
    const t = tokens[j];
    if (!t) break;
    if (doc.orgAt.has(j) || doc.countryAt.has(j) || doc.cityAt.has(j)) break;
    if (words > 0 && lex.degrees.matchAt(tokens, j, limit)) break;
    const next = tokens[j + 1];
    if (/^\p{Lu}$/u.test(t.text) && next?.text === '.' && next.start === t.end) {
      j += 2;
      lastGood = j;
      words++;
      continue;
    }
    if (words > 0 && (lex.particles.has(t.text) || /^(?:al|el)-\p{Lu}/u.test(t.text))) {
      if (/^(?:al|el)-\p{Lu}/u.test(t.text)) {
        j++;
        lastGood = j;
        words++;
        long++;
        continue;
      }
      if ((isCapitalised(next) || /^(?:al|el)-\p{Lu}/u.test(next?.text ?? '')) && !doc.orgAt.has(j + 1)) {
        j++;
        continue;
      }
      break;
    }
    if (t.text === '-' && words > 0 && isCapitalised(next) && next?.start === t.end && tokens[j - 1]?.end === t.start) {
      j++;
      continue;
    }
    if (!isCapitalised(t)) break;
    // "Jan Kowalczyk": a month's three-letter abbreviation is a name unless a number stands by it ("Jan 2024").
    const calendarWord =
      lex.monthAndWeekdayNames.has(t.text) &&
      (t.text.length > 3 || /^\d/.test(next?.text ?? '') || /^\d/.test(tokens[j - 1]?.text ?? ''));
    if (lex.notNames.has(t.text) || calendarWord || lex.unitWords.has(t.text.toLowerCase())) break;
    // "Bapak Presiden", "Ibu Menteri": a post is no name, not even its first word.
    if (lex.positionHeads.matchAt(tokens, j, limit)) break;
    if (lex.honorificsBefore.matchAt(tokens, j, limit) && words > 0) break;
    j++;
    lastGood = j;
    words++;
    if (t.text.length > 1) long++;
  }
  if (words === 0 || long === 0) return undefined;
  // "PPID Budi Santoso": a unit's acronym before a name is not part of it.
  const lead = tokens[k];
  if (words > 1 && lead && /^\p{Lu}{3,}$/u.test(lead.text) && !/^\p{Lu}+$/u.test(tokens[k + 1]?.text ?? ''))
    return nameRun(doc, k + 1, limit);
  return { first: k, end: lastGood, words };
}

interface After {
  readonly end: number;
  readonly degrees: string[];
  readonly positions: PositionPhrase[];
  readonly formerPositions: PositionPhrase[];
}

/** Degrees after a name (", M.H."), then an apposed post (", Deputi …" / "selaku Penasihat …"). */
function degreesAndAppositions(doc: Doc, k: number, limit: number): After {
  const { tokens, lex } = doc;
  const degrees: string[] = [];
  let j = k;
  for (;;) {
    const at = tokens[j]?.text === ',' ? j + 1 : j;
    const d = lex.degrees.matchAt(tokens, at, limit);
    if (!d) break;
    degrees.push(spanText(doc, at, d.end));
    j = d.end;
  }
  const positions: PositionPhrase[] = [];
  const formerPositions: PositionPhrase[] = [];
  // "R. Gautama Wiranegara (wakil delegasi)": a post in parentheses after the name.
  if (tokens[j]?.text === '(') {
    const inner = positionChain(doc, j + 1, limit);
    const close = inner[inner.length - 1]?.end ?? -1;
    if (inner.length > 0 && tokens[close]?.text === ')') {
      positions.push(...inner);
      j = close + 1;
    }
  }
  let end = j;
  const comma = tokens[j]?.text === ',' ? j + 1 : j;
  const formerCue = lex.cueLists.get('formerApposition')?.matchAt(tokens, comma, limit);
  const cue = formerCue ?? lex.cueLists.get('apposition')?.matchAt(tokens, comma, limit);
  const at = cue ? cue.end : comma > j ? comma : -1;
  if (at >= 0) {
    const chain = positionChain(doc, at, limit);
    const tail = chain[chain.length - 1]?.end ?? at;
    const k = tokens[tail]?.text === ',' ? tail + 1 : tail;
    // ", Plt. Deputi … Brigjen Mar. Yuniar Ludfi": a post followed by another name is that name's post.
    const nextName =
      !cue && (lex.honorificsBefore.matchAt(tokens, k, limit) !== undefined || nameRun(doc, k, limit) !== undefined);
    // "…, Brigjen Pol. B, Kepala BNPT menyambut …": a post right before a verb opens the next clause as its subject.
    const subjectOfNext = !cue && lex.activeVerb.test(tokens[tail]?.text ?? '');
    if (chain.length > 0 && !nextName && !subjectOfNext) {
      (formerCue ? formerPositions : positions).push(...chain);
      end = chain[chain.length - 1]?.end ?? end;
    }
  }
  return { end, degrees, positions, formerPositions };
}
