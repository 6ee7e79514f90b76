/** Finds what the article reports: the main event's kind, name, date and place, and earlier events it refers to. */
import { type DateContext, type ResolvedDate, resolveDate } from './dates.js';
import { type Doc, datesIn, isCapitalised, spanText } from './document.js';
import type { Sentence } from './tokenize.js';

export interface EventFinding {
  readonly kind: string;
  readonly name: string | null;
  readonly date: ResolvedDate | null;
  readonly place: string | null;
  readonly country: string | null;
  /** Sentence index the event was read from, and the cue's tokens. */
  readonly sentence: number;
  readonly cueFirst: number;
  readonly cueEnd: number;
}

/** An event cue: tokens `[first, end)`, with the kind and rank of the event it names. */
export interface EventCue {
  readonly first: number;
  readonly end: number;
  readonly kind: string;
  readonly rank: number;
}

/**
 * Event cues of one sentence. A cue inside an organisation's name ("… Forum Detention and Reintegration Working
 * Group") names no event; cues next to each other ("pertemuan JWG") are one, of the more specific kind.
 */
export function eventCues(doc: Doc, s: Sentence): EventCue[] {
  const cues: EventCue[] = [];
  for (const m of doc.lex.eventKinds.findAll(doc.tokens, s.first, s.last)) {
    if (doc.inOrg.has(m.first)) continue;
    const prev = cues[cues.length - 1];
    if (prev && prev.end === m.first) {
      const specific = m.value.rank > prev.rank ? m.value : prev;
      cues[cues.length - 1] = { first: prev.first, end: m.end, kind: specific.kind, rank: specific.rank };
      continue;
    }
    cues.push({ first: m.first, end: m.end, ...m.value });
  }
  return cues;
}

function hasPersonOrDate(doc: Doc, s: Sentence, ctx: DateContext): boolean {
  const dates = datesIn(doc, s.start, s.end).filter((d) => resolveDate(d, ctx)?.precision === 'day');
  if (dates.length > 0) return true;
  for (let i = s.first; i < s.last; i++)
    if (doc.lex.positionHeads.matchAt(doc.tokens, i, s.last) && isCapitalised(doc.tokens[i])) return true;
  return false;
}

/**
 * The main event: in the first sentence that names an event and also a date or a post (so that a general opening
 * about "kerja sama" is skipped), the highest-ranked cue. Its date is the first dated expression of that sentence,
 * else of the article; its place the first place phrase.
 */
export function findMainEvent(doc: Doc, ctx: DateContext): EventFinding | undefined {
  let chosen: { sentence: number; cue: ReturnType<typeof eventCues>[number] } | undefined;
  let fallback: typeof chosen;
  for (const [k, s] of doc.sentences.entries()) {
    // "Sebelumnya, Hadi bertemu …" reports an earlier event, not the release's own.
    if (doc.headlines.has(k) || doc.lex.cueLists.get('priorMarkers')?.matchAt(doc.tokens, s.first, s.last)) continue;
    const cues = eventCues(doc, s);
    const best = [...cues].sort((a, b) => b.rank - a.rank)[0];
    if (!best) continue;
    fallback ??= { sentence: k, cue: best };
    if (hasPersonOrDate(doc, s, ctx)) {
      chosen = { sentence: k, cue: best };
      break;
    }
  }
  chosen ??= fallback;
  if (!chosen) return undefined;
  const dated = doc.sentences[chosen.sentence];
  if (!dated) return undefined;
  const date = firstDate(doc, ctx, dated) ?? firstDate(doc, ctx);
  // "… Pertemuan Kesembilan GCTF Coordinating Committee … . Forum ini berlangsung 12-13 April 2016": a cue pointing
  // back ("ini", "tersebut") dates the event the sentence before named.
  if (pointsBackAt(doc, chosen.cue.end) && chosen.sentence > 0) {
    const prev = doc.sentences[chosen.sentence - 1];
    const named = prev ? [...eventCues(doc, prev)].sort((a, b) => b.rank - a.rank)[0] : undefined;
    if (named && !pointsBackAt(doc, named.end)) chosen = { sentence: chosen.sentence - 1, cue: named };
  }
  const s = doc.sentences[chosen.sentence];
  if (!s) return undefined;
  // The place is the event's sentence's, else the article's first one outside sentences dated otherwise.
  const other = (k: number): boolean => {
    const x = doc.sentences[k];
    const d = x
      ? (firstDate(doc, ctx, x) ??
        datesIn(doc, x.start, x.end)
          .map((m) => resolveDate(m, ctx))
          .find((r) => r !== undefined))
      : undefined;
    return !!d && !!date && d.date !== date.date;
  };
  const place = findPlace(doc, chosen.sentence, [
    chosen.sentence,
    ...[...doc.sentences.keys()].filter((k) => k !== chosen?.sentence && !other(k)),
  ]);
  return {
    kind: chosen.cue.kind,
    name: eventName(doc, chosen.cue.first, chosen.cue.end, s),
    date,
    place: place?.text ?? null,
    country: place?.country ?? countryNamedWithDi(doc, s) ?? null,
    sentence: chosen.sentence,
    cueFirst: chosen.cue.first,
    cueEnd: chosen.cue.end,
  };
}

/** Whether an anaphor ("ini", "tersebut") follows token `end - 1`: the cue refers to an event already named. */
export function pointsBackAt(doc: Doc, end: number): boolean {
  return doc.lex.cueLists.get('anaphora')?.matchAt(doc.tokens, end, end + 1) !== undefined;
}

/** First day-precise date (else any date) in a sentence or, without one, in the article before any quote. */
export function firstDate(doc: Doc, ctx: DateContext, s?: Sentence): ResolvedDate | null {
  const found = datesIn(doc, s?.start ?? 0, s?.end ?? doc.text.length);
  const resolved = found.map((d) => resolveDate(d, ctx)).filter((d): d is ResolvedDate => d !== undefined);
  return resolved.find((d) => d.precision === 'day') ?? (s ? null : (resolved[0] ?? null));
}

/** "ASEAN-Japan workshop", "Global Security Forum (GSF) 2024": capitalised words around the cue. */
export function eventName(doc: Doc, first: number, end: number, s: Sentence): string | null {
  const { tokens } = doc;
  const joins = new Set(['-', '–', 'of', 'on', 'the', 'and', 'for', '(', ')']);
  // A verbal cue ("menerima kunjungan", "menandatangani", "bertemu") names no event.
  if (!isCapitalised(tokens[first]) && (end - first > 1 || /^(?:me|ber|di|ter)/.test(tokens[first]?.text ?? '')))
    return null;
  // Backwards only over organisations and countries ("ASEAN-Japan workshop"), never over a person.
  const named = (k: number): boolean =>
    doc.inOrg.has(k) || [...doc.countryAt.values()].some((c) => k >= c.first && k < c.end);
  let a = first;
  while (a - 1 >= s.first && (named(a - 1) || (tokens[a - 1]?.text === '-' && named(a - 2)))) a--;
  const capitalCue = isCapitalised(tokens[first]);
  let b = end;
  while (
    capitalCue &&
    b < s.last &&
    !doc.lex.positionHeads.matchAt(tokens, b, s.last) &&
    (isCapitalised(tokens[b]) ||
      (joins.has(tokens[b]?.text ?? '') && (isCapitalised(tokens[b + 1]) || tokens[b]?.text === ')')))
  )
    b++;
  while (b > end && joins.has(tokens[b - 1]?.text ?? '') && tokens[b - 1]?.text !== ')') b--;
  if (b - a <= end - first) return null;
  return spanText(doc, a, b).replace(/\s+/g, ' ');
}

export interface PlaceFinding {
  readonly text: string;
  readonly country: string | null;
  readonly first: number;
  readonly end: number;
}

/** The place phrase of one sentence only. */
export function findPlaceIn(doc: Doc, s: Sentence): PlaceFinding | undefined {
  const k = doc.sentences.indexOf(s);
  return k < 0 ? undefined : findPlace(doc, k, [k]);
}

/** The place phrase after "bertempat di"/"berlangsung di"/"di": the event sentence first, then the article. */
export function findPlace(doc: Doc, preferred: number, within?: readonly number[]): PlaceFinding | undefined {
  const order = within ?? [preferred, ...doc.sentences.keys()].filter((k, i, all) => all.indexOf(k) === i);
  const placeCues = doc.lex.cueLists.get('place');
  const quoted = quotedRanges(doc.text);
  // Explicit cues ("bertempat di") beat a bare "di"; a bare "di" before a building ("di Kantor BNPT") beats one
  // before a city; speech in quotes is never the event's place.
  for (const pass of ['explicit', 'building', 'city'] as const) {
    for (const k of order) {
      const s = doc.sentences[k];
      if (!s) continue;
      for (let i = s.first; i < s.last; i++) {
        const cue = placeCues?.matchAt(doc.tokens, i, s.last);
        if (!cue) continue;
        const isBare = cue.end - cue.first === 1;
        if ((pass === 'explicit') === isBare) continue;
        const at = doc.tokens[i]?.start ?? 0;
        if (quoted.some(([a, b]) => at > a && at < b)) continue;
        const place = placeRun(doc, cue.end, s.last);
        if (place && (pass !== 'building' || doc.lex.placeHeads.has(doc.tokens[cue.end]?.text ?? ''))) return place;
      }
    }
  }
  return undefined;
}

/** Character ranges between opening and closing quotation marks. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*”|"[^"\n]*"/g)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

function placeRun(doc: Doc, k: number, limit: number): PlaceFinding | undefined {
  const { tokens, lex } = doc;
  let j = k;
  let end = k;
  let country: string | null = null;
  let recognised = false;
  while (j < limit) {
    const t = tokens[j];
    if (!t) break;
    const city = doc.cityAt.get(j);
    const c = doc.countryAt.get(j);
    if (city || c) {
      country = (c ?? city)?.iso2 ?? country;
      recognised = true;
      j = end = (c ?? city)?.end ?? j + 1;
      continue;
    }
    const org = doc.orgAt.get(j);
    if (org) {
      j = end = org.end;
      continue;
    }
    if (
      t.text === ',' &&
      (doc.cityAt.has(j + 1) || doc.countryAt.has(j + 1) || lex.placeHeads.has(tokens[j + 1]?.text ?? ''))
    ) {
      j++;
      continue;
    }
    if (!isCapitalised(t) || lex.monthAndWeekdayNames.has(t.text)) break;
    if (lex.placeHeads.has(t.text)) recognised = true;
    j = end = j + 1;
  }
  if (!recognised || end === k) return undefined;
  return { text: spanText(doc, k, end), country, first: k, end };
}

function countryNamedWithDi(doc: Doc, s: Sentence): string | undefined {
  for (let i = s.first; i < s.last - 1; i++) {
    if (doc.tokens[i]?.text !== 'di' && doc.tokens[i]?.text !== 'ke') continue;
    const place = doc.countryAt.get(i + 1) ?? doc.cityAt.get(i + 1);
    if (place) return place.iso2;
  }
  return undefined;
}
