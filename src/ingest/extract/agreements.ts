/** Finds agreements: named ones ("SOMTC – Japan Workplan … (2015-2017)") and unnamed MoUs grouped per article. */
import { resolveDate, type DateContext } from './dates.js';
import { isCapitalised, spanText, type Doc } from './document.js';
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
  parties: Set<string>;
  mentions: { first: number; end: number; sentence: number }[];
}

export function findAgreements(doc: Doc, ctx: DateContext): AgreementFinding[] {
  const drafts = new Map<string, Draft>();
  const { tokens, lex } = doc;
  doc.sentences.forEach((s, sentence) => {
    for (const m of lex.agreementKinds.findAll(tokens, s.first, s.last)) {
      // Words of other cue lists ("rencana kerja") are agreements only when capitalised or clearly so.
      let a = m.first;
      while (a - 1 >= s.first && (isCapitalised(tokens[a - 1]) || (/^[-–]$/.test(tokens[a - 1]?.text ?? '') && isCapitalised(tokens[a - 2])))) a--;
      let b = m.end;
      while (b < s.last && b - a < 18 && (isCapitalised(tokens[b]) || (NAME_JOINS.has(tokens[b]?.text ?? '') && isCapitalised(tokens[b + 1])))) b++;
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
      const periodMatch = /^\s*\(?\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\)?/.exec(doc.text.slice(tokens[end - 1]?.end ?? 0, s.end));
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
        mentions: [],
      };
      draft.mentions.push({ first, end, sentence });
      draft.statuses.push(statusOf(doc, s.first, s.last));
      for (const t of lex.topics.findAll(tokens, s.first, s.last)) draft.topics.add(t.value);
      if (named) addParties(doc, first, end, draft.parties, true);
      else addUnnamedParties(doc, sentence, draft.parties);
      if (!draft.signedAt) {
        const date = doc.lex.dates.find(doc.text, s.start, s.end).map((d) => resolveDate(d, ctx)).find((d) => d !== undefined);
        if (date && statusOf(doc, s.first, s.last) === 'signed') draft.signedAt = { date: date.date, precision: date.precision };
      }
      drafts.set(key, draft);
    }
  });
  return [...drafts.values()].map((d) => {
    const status = d.statuses.includes('signed') ? 'signed' : d.statuses.includes('in_force') ? 'in_force' : d.statuses.includes('ended') ? 'ended' : (d.statuses[0] ?? 'signed');
    const parties = [...d.parties].sort();
    // Unnamed agreements are keyed by their states when known ("mou-fr-id"), else by their organisations.
    const states = parties.filter((p) => p.startsWith('country:'));
    const partyCodes = (states.length > 0 ? states : parties).map((p) => p.replace(/^(country|org):/, '').toLowerCase());
    const year = d.signedAt ? `-${d.signedAt.date.slice(0, 4)}` : '';
    const id = d.named ? `agreement:${slugify(d.name)}` : `agreement:${d.kind}-${partyCodes.join('-') || 'unknown'}${year}`;
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

/** States named in the sentence (an embassy stands for its state); else in the sentence before; else organisations. */
function addUnnamedParties(doc: Doc, sentence: number, parties: Set<string>): void {
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
  if (found.length < 2) {
    const s = doc.sentences[sentence];
    if (s) for (let i = s.first; i < s.last; i++) {
      const org = doc.orgAt.get(i);
      if (org && org.kind !== 'embassy') found.push(`org:${org.key}`);
    }
  }
  for (const p of found) parties.add(p);
}
