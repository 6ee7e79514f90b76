/** Finds agreements: named ones ("SOMTC – Japan Workplan … (2015-2017)") and unnamed MoUs grouped per article. */
import { type DateContext, resolveDate } from './dates.js';
import { type Doc, datesIn, isCapitalised, spanText } from './document.js';
import { quotedRanges } from './events.js';
import { slugify } from './names.js';
import type { AgreementStatus } from './types.js';

/** A party: an organisation key (`org:…`) or a country (`country:…`) id. */
export interface AgreementFinding {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: AgreementStatus;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly signedAt: string | null;
  readonly signedPrecision: string | null;
  readonly topics: readonly string[];
  readonly parties: readonly string[];
  /** Whether the text states the parties; else they are the states named around it (a guess). */
  readonly partiesStated: boolean;
  /** Where it is mentioned: `[first, end)` tokens. */
  readonly mentions: readonly { readonly first: number; readonly end: number; readonly sentence: number }[];
}

const NAME_JOINS = new Set(['-', '–', 'for', 'to', 'and', 'of', 'on', 'the', 'dan']);

interface Draft {
  name: string;
  kind: string;
  named: boolean;
  statuses: AgreementStatus[];
  period: [string, string] | null;
  signedAt: { date: string; precision: string } | null;
  topics: Set<string>;
  /** Parties the text states (inside the name, "antara X dan Y", "X dan Y menandatangani", "X … dengan Y"). */
  parties: Set<string>;
  /** Parties guessed from the states named around an unnamed agreement, used only when none is stated. */
  guessed: Set<string>;
  mentions: { first: number; end: number; sentence: number }[];
}

export function findAgreements(doc: Doc, ctx: DateContext): AgreementFinding[] {
  const drafts = new Map<string, Draft>();
  const { tokens, lex } = doc;
  doc.sentences.forEach((s, sentence) => {
    for (const m of lex.agreementKinds.findAll(tokens, s.first, s.last)) {
      // Words of other cue lists ("rencana kerja") are agreements only when capitalised or clearly so.
      let a = m.first;
      while (
        a - 1 >= s.first &&
        (isCapitalised(tokens[a - 1]) || (/^[-–]$/.test(tokens[a - 1]?.text ?? '') && isCapitalised(tokens[a - 2])))
      )
        a--;
      let b = m.end;
      while (
        b < s.last &&
        b - a < 18 &&
        (isCapitalised(tokens[b]) || (NAME_JOINS.has(tokens[b]?.text ?? '') && isCapitalised(tokens[b + 1])))
      )
        b++;
      // A name holds more than the cue: a party ("SOMTC – Japan Workplan") or two more capitalised words.
      let extra = 0;
      let party = false;
      for (let k = a; k < b; k++) {
        if (k >= m.first && k < m.end) continue;
        if (doc.inOrg.has(k) || doc.countryAt.has(k) || doc.cityAt.has(k)) party = true;
        if (isCapitalised(tokens[k])) extra++;
      }
      const named = isCapitalised(tokens[m.first]) && (party || extra >= 2) && tokens[m.end]?.text !== '(';
      let period: [string, string] | null = null;
      let end = named ? b : m.end;
      const periodMatch = /^\s*\(?\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\)?/.exec(
        doc.text.slice(tokens[end - 1]?.end ?? 0, s.end),
      );
      if (named && periodMatch?.[1] && periodMatch[2]) {
        period = [periodMatch[1], periodMatch[2]];
        const stop = (tokens[end - 1]?.end ?? 0) + periodMatch[0].length;
        while (end < s.last && (tokens[end]?.end ?? Infinity) <= stop) end++;
      }
      const first = named ? a : m.first;
      const name = named ? spanText(doc, first, end) : m.form;
      const key = named ? `named:${slugify(name)}` : `unnamed:${m.value}`;
      const draft: Draft = drafts.get(key) ?? {
        name,
        kind: m.value,
        named,
        statuses: [],
        period,
        signedAt: null,
        topics: new Set(),
        parties: new Set(),
        guessed: new Set(),
        mentions: [],
      };
      draft.mentions.push({ first, end, sentence });
      draft.statuses.push(statusOf(doc, s.first, s.last));
      for (const t of lex.topics.findAll(tokens, s.first, s.last)) draft.topics.add(t.value);
      if (named) addParties(doc, first, end, draft.parties, true);
      for (const p of statedParties(doc, first, end, s)) draft.parties.add(p);
      if (!named) for (const p of guessedParties(doc, sentence)) draft.guessed.add(p);
      if (!draft.signedAt) {
        const date = datesIn(doc, s.start, s.end)
          .map((d) => resolveDate(d, ctx))
          .find((d) => d !== undefined);
        if (date && statusOf(doc, s.first, s.last) === 'signed')
          draft.signedAt = { date: date.date, precision: date.precision };
      }
      drafts.set(key, draft);
    }
  });
  addAgreementsByVerb(doc, drafts);
  return [...drafts.values()].map((d) => {
    const status = d.statuses.includes('signed')
      ? 'signed'
      : d.statuses.includes('in_force')
        ? 'in_force'
        : d.statuses.includes('ended')
          ? 'ended'
          : (d.statuses[0] ?? 'signed');
    const stated = d.parties.size > 0;
    const parties = [...(stated ? d.parties : d.guessed)].sort();
    // Unnamed agreements are keyed by their parties' states when every party has one ("mou-id-vn": BNPT and the
    // Vietnamese ministry), so that articles naming the agencies or the states find the same one; else by the
    // parties themselves.
    const stateOf = (p: string): string | null =>
      p.startsWith('country:')
        ? p.slice(8)
        : ([...doc.orgAt.values()].find((o) => `org:${o.key}` === p)?.country ??
          doc.lex.organisations.byId.get(p.slice(4))?.country ??
          null);
    const states = [...new Set(parties.map(stateOf))];
    const byStates = states.length >= 2 && states.every((c) => c !== null);
    const partyCodes = (
      byStates ? (states as string[]).sort() : parties.map((p) => p.replace(/^(country|org):/, ''))
    ).map((c) => slugify(c));
    const year = d.signedAt ? `-${d.signedAt.date.slice(0, 4)}` : '';
    const id = d.named
      ? `agreement:${slugify(d.name)}`
      : `agreement:${d.kind}-${partyCodes.join('-') || 'unknown'}${year}`;
    return {
      id,
      name: d.named ? d.name : `${d.name} ${partyCodes.map((c) => c.toUpperCase()).join('–')}`.trim(),
      kind: d.kind,
      status,
      periodStart: d.period?.[0] ?? null,
      periodEnd: d.period?.[1] ?? null,
      signedAt: d.signedAt?.date ?? null,
      signedPrecision: d.signedAt?.precision ?? null,
      topics: [...d.topics].sort(),
      parties,
      partiesStated: stated,
      mentions: d.mentions,
    };
  });
}

/** "akan … pembahasan MoU" is planned; "telah menandatangani" signed; the first cue list that matches decides. */
function statusOf(doc: Doc, first: number, last: number): AgreementStatus {
  const lists = doc.lex.lexicon.events.agreementStatus;
  const has = (words: readonly string[]): boolean => {
    for (let i = first; i < last; i++) {
      const t = doc.tokens[i]?.text.toLowerCase();
      if (t && words.some((w) => w.toLowerCase() === t)) return true;
    }
    return false;
  };
  if (has(lists.planned)) return 'planned';
  if (has(lists.ended)) return 'ended';
  if (has(lists.signed)) return 'signed';
  if (has(lists.in_force)) return 'in_force';
  return 'signed';
}

function addParties(doc: Doc, first: number, end: number, parties: Set<string>, withParents: boolean): void {
  for (let i = first; i < end; i++) {
    const org = doc.orgAt.get(i);
    if (org) {
      if (org.kind === 'embassy' && org.country) parties.add(`country:${org.country}`);
      else parties.add(`org:${org.key}`);
      if (withParents && org.parent) parties.add(`org:${org.parent}`);
    }
    const c = doc.countryAt.get(i);
    if (c) parties.add(`country:${c.iso2}`);
  }
}

/** The party id of an organisation or state mentioned at token `i` (an embassy stands for its state). */
function partyAt(doc: Doc, i: number): { id: string; end: number } | undefined {
  const org = doc.orgAt.get(i);
  if (org)
    return { id: org.kind === 'embassy' && org.country ? `country:${org.country}` : `org:${org.key}`, end: org.end };
  const c = doc.countryAt.get(i);
  return c ? { id: `country:${c.iso2}`, end: c.end } : undefined;
}

const JOINERS = new Set(['dan', 'and', 'serta', ',', '&', '-', '–']);

/** Parties joined by "dan", "serta", commas or dashes from token `i` on: "Kementerian … Vietnam dan BNPT Indonesia". */
function partiesFrom(doc: Doc, i: number, limit: number): string[] {
  const found: string[] = [];
  let j = i;
  while (j < limit) {
    while (doc.lex.partyNouns.has(doc.tokens[j]?.text.toLowerCase() ?? '')) j++;
    const p = partyAt(doc, j);
    if (!p) break;
    found.push(p.id);
    j = p.end;
    // "BNPT Indonesia": a state after an organisation only says where it is.
    if (p.id.startsWith('org:') && doc.countryAt.has(j)) j = doc.countryAt.get(j)?.end ?? j;
    if (!JOINERS.has(doc.tokens[j]?.text ?? '')) break;
    j++;
  }
  return found;
}

/** The party whose mention ends right before token `end`. */
function partyEndingAt(doc: Doc, end: number): { id: string; first: number } | undefined {
  for (const org of doc.orgAt.values())
    if (org.end === end) return { id: partyAt(doc, org.first)?.id ?? `org:${org.key}`, first: org.first };
  for (const c of doc.countryAt.values()) if (c.end === end) return { id: `country:${c.iso2}`, first: c.first };
  return undefined;
}

/**
 * The coordinated parties that end right before token `k`, read backwards over adverbs: "BNPT dan Kepolisian Arab
 * Saudi juga (sepakat)", "pemerintah Arab Saudi dan Indonesia telah (menandatangani)".
 */
function partiesBefore(doc: Doc, k: number, first: number): string[] {
  let j = k;
  while (j > first && doc.lex.adverbs.has(doc.tokens[j - 1]?.text.toLowerCase() ?? '')) j--;
  const found: string[] = [];
  for (let p = partyEndingAt(doc, j); p; p = partyEndingAt(doc, j)) {
    found.unshift(p.id);
    j = p.first;
    // "BNPT Indonesia": an organisation followed by where it is.
    if (p.id.startsWith('country:')) {
      const owner = partyEndingAt(doc, j);
      if (owner?.id.startsWith('org:') && doc.tokens[j - 1]?.word) {
        found[0] = owner.id;
        j = owner.first;
      }
    }
    while (j > first && doc.lex.partyNouns.has(doc.tokens[j - 1]?.text.toLowerCase() ?? '')) j--;
    if (!JOINERS.has(doc.tokens[j - 1]?.text ?? '')) break;
    j--;
  }
  return found;
}

/**
 * Parties the sentence states for the agreement at tokens `[first, end)`: "MoU antara X dan Y", "X dan Y
 * (telah) menandatangani MoU", "X memperpanjang MoU dengan Y", "X dan Y sepakat".
 */
function statedParties(doc: Doc, first: number, end: number, s: { first: number; last: number }): string[] {
  const { tokens, lex } = doc;
  const found = new Set<string>();
  // After the agreement (skipping its acronym and its subject): "antara X dan Y", "dengan Y".
  let j = end;
  if (tokens[j]?.text === '(') while (j < s.last && tokens[j - 1]?.text !== ')') j++;
  // "MoU tentang … yang ditandatangani antara X dan Y": the clause that qualifies it, up to a comma.
  for (let k = j; k < Math.min(s.last, j + 12) && tokens[k]?.text !== ','; k++) {
    const marker = tokens[k]?.text.toLowerCase() ?? '';
    if (lex.partyMarkers.between.has(marker)) {
      for (const p of partiesFrom(doc, k + 1, s.last)) found.add(p);
      break;
    }
    if (lex.partyMarkers.with.has(marker) && k === j) {
      for (const p of partiesFrom(doc, k + 1, s.last).slice(0, 1)) found.add(p);
      break;
    }
  }
  // Before it: a signing verb whose subject is the parties ("… telah menandatangani nota kesepahaman").
  let verb = -1;
  for (let k = first - 1; k >= Math.max(s.first, first - 4); k--) {
    if (lex.signingVerbs.has(tokens[k]?.text.toLowerCase() ?? '')) {
      verb = k;
      break;
    }
  }
  if (verb >= 0) for (const p of partiesBefore(doc, verb, s.first)) found.add(p);
  // "BNPT dan Kepolisian Arab Saudi … sepakat" names the parties of an informal agreement.
  if (found.size === 1 && verb < 0) return [];
  return [...found];
}

/** States named in the sentence (an embassy stands for its state), else also in the sentence before. */
function guessedParties(doc: Doc, sentence: number): string[] {
  const countriesIn = (k: number): string[] => {
    const s = doc.sentences[k];
    if (!s) return [];
    const found = new Set<string>();
    for (let i = s.first; i < s.last; i++) {
      const c = doc.countryAt.get(i);
      if (c) found.add(`country:${c.iso2}`);
      const org = doc.orgAt.get(i);
      if (org?.kind === 'embassy' && org.country) found.add(`country:${org.country}`);
    }
    return [...found];
  };
  let found = countriesIn(sentence);
  if (found.length < 2) found = [...new Set([...found, ...countriesIn(sentence - 1)])];
  return found.length >= 2 ? found : [];
}

/**
 * Informal agreements stated by a verb: "BNPT dan Kepolisian Arab Saudi juga sepakat …", "Kedua pimpinan … sepakat
 * …" (the two states of the article). Never from quoted speech ("Kami sepakat bahwa …"), never without two parties.
 */
function addAgreementsByVerb(doc: Doc, drafts: Map<string, Draft>): void {
  const quoted = quotedRanges(doc.text);
  doc.sentences.forEach((s, sentence) => {
    for (const cue of doc.lex.agreeingVerbs.findAll(doc.tokens, s.first, s.last)) {
      const at = doc.tokens[cue.first]?.start ?? 0;
      if (quoted.some(([a, b]) => at > a && at < b)) continue;
      let parties = partiesBefore(doc, cue.first, s.first);
      if (parties.length < 2 && doc.lex.bothParties.findAll(doc.tokens, s.first, cue.first).length > 0)
        parties = theTwoStates(doc);
      if (parties.length < 2) continue;
      const key = 'unnamed:agreement';
      const draft: Draft = drafts.get(key) ?? {
        name: 'Kesepakatan',
        kind: 'agreement',
        named: false,
        statuses: [],
        period: null,
        signedAt: null,
        topics: new Set(),
        parties: new Set(),
        guessed: new Set(),
        mentions: [],
      };
      draft.mentions.push({ first: cue.first, end: cue.end, sentence });
      draft.statuses.push('in_force');
      for (const t of doc.lex.topics.findAll(doc.tokens, s.first, s.last)) draft.topics.add(t.value);
      for (const p of parties) draft.parties.add(p);
      drafts.set(key, draft);
    }
  });
}

/** The home state and the one foreign state the article names, when it names exactly one. */
function theTwoStates(doc: Doc): string[] {
  const foreign = new Set<string>();
  for (const c of doc.countryAt.values()) if (c.iso2 !== doc.homeCountry) foreign.add(c.iso2);
  for (const org of doc.orgAt.values())
    if (org.kind === 'embassy' && org.country && org.country !== doc.homeCountry) foreign.add(org.country);
  return foreign.size === 1 ? [`country:${doc.homeCountry}`, `country:${[...foreign][0] ?? ''}`] : [];
}
