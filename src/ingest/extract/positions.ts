/** Parses a post as written ("Direktur Kerja Sama Bilateral BNPT", "Duta Besar Jepang untuk Indonesia"). */
import { actingTitle } from './canonical-posts.js';
import { type Doc, isCapitalised, spanText } from './document.js';
import { slugify } from './names.js';
import type { OrganisationMention } from './organisations.js';

/** A position phrase, tokens `[first, end)`. */
export interface PositionPhrase {
  readonly first: number;
  readonly end: number;
  /** Normalised title without organisation or country: "Direktur Kerja Sama Bilateral", "Duta Besar". */
  readonly title: string;
  /** The phrase as written. */
  readonly surface: string;
  readonly organization: OrganisationMention | null;
  /** Organisation id implied by the head ("Kabareskrim" → bareskrim) when none is written. */
  readonly impliedOrganization: string | null;
  /** The state the post belongs to ("Jepang" in "Duta Besar Jepang"). */
  readonly country: string | null;
  /** States an ambassador is accredited to ("untuk Indonesia dan Timor Leste"). */
  readonly accreditedTo: readonly string[];
  readonly scope: 'home' | 'ambassador' | null;
  /** Held for the time being ("Plt. Deputi …", "Pelaksana Tugas Kepala …"): the post is the one without the marker. */
  readonly acting: boolean;
}

const ACCREDITATION = new Set(['untuk', 'to', 'for']);

/**
 * Reads a position phrase starting at token `i`: a head from the lexicon, then unit words, organisations, countries
 * and connectors. It stops at the first word that is none of these: that word may start the holder's name.
 */
export function parsePosition(doc: Doc, i: number, limit: number): PositionPhrase | undefined {
  const { tokens, lex } = doc;
  // An English post may be preceded by its organisation or country: "EU Counter-Terrorism Coordinator".
  const head = lex.positionHeads.matchAt(tokens, i, limit);
  if (!head) return undefined;
  // A head written in another case ("wakil delegasi") takes the lexicon's form.
  const written = spanText(doc, i, head.end);
  const titleParts: string[] = [
    head.value.title ?? (written.toLowerCase() === head.value.form.toLowerCase() ? head.value.form : written),
  ];
  let organization: OrganisationMention | null = null;
  let country: string | null = null;
  const accreditedTo: string[] = [];
  let j = head.end;
  let end = head.end;
  let accrediting = false;
  let pendingConnector: string | null = null;
  while (j < limit) {
    const t = tokens[j];
    if (!t) break;
    const org = doc.orgAt.get(j);
    if (org) {
      organization ??= org;
      j = end = org.end;
      pendingConnector = null;
      continue;
    }
    const c = doc.countryAt.get(j);
    // "Kasubdit Kerja Sama Kawasan Amerika dan Eropa": a place after a region word names the unit, not an owner.
    if (
      c &&
      !organization &&
      !country &&
      !accrediting &&
      lex.regionWords.has(tokens[j - 1]?.text.toLowerCase() ?? '')
    ) {
      titleParts.push(c.surface);
      j = end = c.end;
      continue;
    }
    if (c) {
      if (accrediting) accreditedTo.push(c.iso2);
      else if (!country) country = c.iso2;
      else if (head.value.scope === 'ambassador') accreditedTo.push(c.iso2);
      j = end = c.end;
      pendingConnector = null;
      continue;
    }
    const lower = t.text.toLowerCase();
    if (ACCREDITATION.has(lower) && (doc.countryAt.has(j + 1) || (lower === 'untuk' && isCapitalised(tokens[j + 1])))) {
      accrediting = doc.countryAt.has(j + 1);
      if (!accrediting) pendingConnector = t.text;
      j++;
      continue;
    }
    if (lower === 'dan' && accrediting && doc.countryAt.has(j + 1)) {
      j++;
      continue;
    }
    // "Deputi Bidang Pencegahan, Perlindungan, dan Deradikalisasi": a comma inside a list of unit words.
    if (t.text === ',' && !organization && !country) {
      // ", dan Deradikalisasi" closes the list.
      const k = /^(?:dan|and)$/.test(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
      if (isCapitalised(tokens[k]) && lex.unitWords.has(tokens[k]?.text.toLowerCase() ?? '')) {
        titleParts[titleParts.length - 1] += ',';
        if (k === j + 2) titleParts.push(tokens[j + 1]?.text ?? '');
        j = k;
        continue;
      }
    }
    if (lex.connectors.has(t.text) || lex.connectors.has(lower)) {
      // "Chairman of the International Steering Board of …": connectors may follow each other.
      let k = j + 1;
      while (
        k < limit &&
        k - j < 3 &&
        (lex.connectors.has(tokens[k]?.text ?? '') || lex.connectors.has(tokens[k]?.text.toLowerCase() ?? ''))
      )
        k++;
      const next = tokens[k];
      // "Kasubdit pada Deputi Kerja Sama Internasional": a post inside a unit of another post.
      const innerPost =
        !organization && !country && isCapitalised(next) && lex.positionHeads.matchAt(tokens, k, limit) !== undefined;
      if (
        next &&
        (lex.unitWords.has(next.text.toLowerCase()) || doc.orgAt.has(k) || doc.countryAt.has(k) || innerPost)
      ) {
        if (innerPost) {
          const inner = lex.positionHeads.matchAt(tokens, k, limit);
          titleParts.push(spanText(doc, j, inner?.end ?? k + 1));
          j = end = inner?.end ?? k + 1;
          pendingConnector = null;
          continue;
        }
        pendingConnector = spanText(doc, j, k);
        j = k;
        continue;
      }
      break;
    }
    // "Deputi I", "Kedeputian III": a numbered unit.
    if (
      /^(?:[IVX]{1,4}|\d{1,2})$/.test(t.text) &&
      (lex.unitWords.has(tokens[j - 1]?.text.toLowerCase() ?? '') || j === head.end)
    ) {
      if (!organization && !country) titleParts.push(t.text);
      j = end = j + 1;
      continue;
    }
    // "ad interim", "a.i.": the post is held for the time being.
    const qualifier = lex.positionQualifiers.matchAt(tokens, j, limit);
    if (qualifier) {
      j = end = qualifier.end;
      continue;
    }
    // "Kerja sama Bilateral": a unit word in lower case inside a name that goes on.
    const inner =
      !isCapitalised(t) &&
      lex.unitWords.has(lower) &&
      isCapitalised(tokens[j + 1]) &&
      lex.unitWords.has(tokens[j + 1]?.text.toLowerCase() ?? '');
    if ((isCapitalised(t) || inner) && lex.unitWords.has(lower)) {
      if (pendingConnector && !organization && !country) titleParts.push(pendingConnector);
      pendingConnector = null;
      if (!organization && !country) titleParts.push(t.text);
      else if (accrediting) break;
      j = end = j + 1;
      continue;
    }
    // "Ad interim", "a.i." and parenthesised glosses such as "(Komite Penanggulangan Terorisme)" belong to the post.
    if (t.text === '(') {
      const close = tokens.findIndex((x, k) => k > j && k < Math.min(limit, j + 8) && x.text === ')');
      if (close > j && isCapitalised(tokens[j + 1]) && !lex.honorificsBefore.matchAt(tokens, j, limit)) {
        j = end = close + 1;
        continue;
      }
    }
    break;
  }
  // "EU Counter-Terrorism Coordinator": an English post may be preceded by its organisation or state.
  if (!organization && !country) {
    const before = ownerEndingAt(doc, i);
    if (before?.kind === 'org') organization = before.org;
    else if (before?.kind === 'country') country = before.iso2;
  }
  const normalised = normaliseTitle(titleParts.join(' '), doc.lex.lexicon.positions.spellings);
  // "Plt. Kepala BNPT": an acting marker read as a head of its own, with the post it stands for after it.
  if (end === head.end && actingTitle(doc.lex.lexicon, `${normalised} ${tokens[end]?.text ?? ''}`) !== null) {
    const post = parsePosition(doc, end, limit);
    if (post) return { ...post, first: i, surface: spanText(doc, i, post.end), acting: true };
  }
  const acting = actingTitle(doc.lex.lexicon, normalised);
  const title = acting ?? normalised;
  return {
    first: i,
    end,
    title,
    surface: spanText(doc, i, end),
    organization,
    impliedOrganization: head.value.organization ?? null,
    country,
    accreditedTo,
    scope: head.value.scope ?? null,
    acting: acting !== null,
  };
}

/** The organisation or state whose mention ends right before token `i`, with no punctuation between. */
function ownerEndingAt(
  doc: Doc,
  i: number,
): { kind: 'org'; org: OrganisationMention } | { kind: 'country'; iso2: string } | undefined {
  const prev = doc.tokens[i - 1];
  if (!prev?.word || !/^\p{Lu}/u.test(doc.tokens[i]?.text ?? '')) return undefined;
  for (const org of doc.orgAt.values()) if (org.end === i && org.kind !== 'embassy') return { kind: 'org', org };
  for (const c of doc.countryAt.values()) if (c.end === i) return { kind: 'country', iso2: c.iso2 };
  return undefined;
}

function normaliseTitle(title: string, spellings: Readonly<Record<string, string>>): string {
  let result = title.replace(/\s+/g, ' ').trim();
  for (const [from, to] of Object.entries(spellings)) {
    result = result.replace(
      new RegExp(`(?<![\\p{L}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'),
      to,
    );
  }
  // A title starts with a capital even when the text wrote "direktur Pengarah".
  return result.charAt(0).toUpperCase() + result.slice(1);
}

/** Where a post hangs: its organisation, else its state, else the home organisation for internal posts. */
export interface PositionOwner {
  readonly orgKey: string | null;
  readonly country: string | null;
}

/** The entity id of a post, e.g. `position:kepala@org:bnpt`, `position:duta-besar@country:FR`. */
export function positionId(
  title: string,
  owner: PositionOwner,
  accreditedTo: readonly string[],
  homeCountry: string,
): string {
  const slug = slugify(title);
  if (owner.orgKey) return `position:${slug}@org:${owner.orgKey}`;
  if (owner.country) {
    // A post abroad is told apart by where it serves: the Indonesian ambassador to China is not the one to the
    // Netherlands. A foreign post in the home country keeps the short id.
    const abroad = accreditedTo.filter((c) => c !== homeCountry);
    const serves = accreditedTo.length > 0 && !accreditedTo.includes(homeCountry) ? `~${abroad.join('-')}` : '';
    return `position:${slug}@country:${owner.country}${serves}`;
  }
  return `position:${slug}`;
}
