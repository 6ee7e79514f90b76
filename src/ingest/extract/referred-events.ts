/**
 * Events a release reports besides its main one: a meeting held during a working visit, an earlier visit it refers
 * to ("Setelah Kepala BNPT mengunjungi NCTC … pada Juli lalu"), a symposium attended. Each has its own date, or the
 * main event's month when it took place within a visit of several days.
 */
import { type DateContext, type ResolvedDate, resolveDate } from './dates.js';
import { type Doc, datesIn, spanText } from './document.js';
import { type EventFinding, eventCues, eventName, findPlaceIn, quotedRanges } from './events.js';
import type { Actor } from './relations.js';
import type { Sentence } from './tokenize.js';

/** An event other than the main one, with the actors its sentence names with it. */
export interface ReferredEvent extends EventFinding {
  /** Who took part, as the sentence says: the subject and whoever is met ("dengan X", "antara A dan B"). */
  readonly participants: readonly Actor[];
  /** The person whose meeting or visit it is, when the sentence names one before the cue. */
  readonly subject: Actor | null;
  /** Whoever is met. */
  readonly met: readonly Actor[];
}

const WITH = new Set(['dengan', 'with', 'antara', 'between']);
/** Words that end the list of those met: a place, a time. */
const STOP_WORDS = new Set(['di', 'saat', 'ketika', 'pada', 'at', 'in', 'on']);

/**
 * The events of sentences other than the main event's: an event cue that does not point back to a known event
 * ("pertemuan tersebut", "kunjungan ini"), outside quoted speech, either with a date of its own that differs from the
 * main event's, or of another kind than the main event with someone met or a name of its own.
 */
export function findReferredEvents(
  doc: Doc,
  ctx: DateContext,
  main: EventFinding | undefined,
  actors: readonly Actor[],
): ReferredEvent[] {
  const found: ReferredEvent[] = [];
  const quoted = quotedRanges(doc.text);
  doc.sentences.forEach((s, k) => {
    if (doc.headlines.has(k)) return;
    const inMain = k === main?.sentence;
    // One candidate per cue: "Sebelum mengadakan pertemuan dengan X, Kepala BNPT bertemu dengan Y" reports two.
    const cues = eventCues(doc, s)
      // A signing is its agreement's (signedAt); the main event's own cue is the main event.
      .filter((c) => c.kind !== 'signing' && !(inMain && (c.first === main?.cueFirst || c.kind === main?.kind)))
      .filter((c) => !pointsBack(doc, c.end, eventName(doc, c.first, c.end, s), s) && !inQuote(doc, quoted, c.first));
    cues.forEach((cue, n) => {
      const clauseEnd = cues[n + 1]?.first ?? s.last;
      const clauseStart = cues[n - 1]?.end ?? s.first;
      const kind = cue.kind;
      const own = ownDate(doc, ctx, s, cue.first);
      const { subject, met } = participantsOf(doc, actors, {
        first: cue.first,
        end: cue.end,
        clauseStart,
        clauseEnd,
        visit: kind.endsWith('visit'),
      });
      const name = eventName(doc, cue.first, cue.end, s);
      if (inMain && met.length === 0) return;
      if (main && kind === main.kind && (!own || own.date === main.date?.date)) return;
      let date: ResolvedDate | null = own;
      if (!date) {
        if (met.length === 0 && !name) return;
        // Within a visit of several days the month is known, not the day; otherwise the text does not say.
        date = main?.date?.endDate ? { date: `${main.date.date.slice(0, 7)}-01`, precision: 'month' } : null;
      } else if (main?.date && own?.date === main.date.date && met.length === 0 && !name) {
        return;
      }
      const participants = [...(subject ? [subject] : []), ...met.filter((m) => m.id !== subject?.id)];
      const duplicate = found.find(
        (e) => e.kind === kind && (sharesActor(e.met, met) || (!!own && e.date?.date === own.date)),
      );
      if (duplicate) {
        // The same meeting named twice: keep the more precise date.
        if (own && duplicate.date?.precision !== 'day') found[found.indexOf(duplicate)] = { ...duplicate, date: own };
        return;
      }
      const place = findPlaceIn(doc, s);
      found.push({
        kind,
        name,
        date,
        place: place?.text ?? null,
        country: place?.country ?? null,
        sentence: k,
        cueFirst: cue.first,
        cueEnd: cue.end,
        participants,
        subject,
        met,
      });
    });
  });
  return found;
}

/** Where an event cue sits: its tokens, and the stretch of its sentence that is its clause. */
export interface CueClause {
  readonly first: number;
  readonly end: number;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** A visit: the actor right after the cue or after "ke" is the one visited. */
  readonly visit: boolean;
}

/**
 * Who an event cue says took part: the subject (the last person of its clause before the cue) and whoever is met
 * ("dengan X", "antara A dan B"), or, for a visit, visited ("mengunjungi NCTC", "kunjungan ke BNPT").
 */
export function participantsOf(
  doc: Doc,
  actors: readonly Actor[],
  cue: CueClause,
): { subject: Actor | null; met: Actor[] } {
  const before = actors.filter((a) => a.kind === 'person' && a.first >= cue.clauseStart && a.end <= cue.first);
  const subject = before[before.length - 1] ?? null;
  const metUntil = (k: number): number => {
    for (let j = k; j < cue.clauseEnd; j++) {
      const t = doc.tokens[j]?.text ?? '';
      // A comma outside every mention closes the phrase ("dengan X, Kepala BNPT bertemu …").
      if (
        doc.lex.activeVerb.test(t) ||
        STOP_WORDS.has(t) ||
        (t === ',' && !actors.some((a) => a.first < j && a.end > j))
      )
        return j;
    }
    return cue.clauseEnd;
  };
  for (let k = cue.end; k < Math.min(cue.clauseEnd, cue.end + 4); k++) {
    const word = doc.tokens[k]?.text.toLowerCase() ?? '';
    const visited = cue.visit && (k === cue.end || word === 'ke' || word === 'to');
    if (!WITH.has(word) && !visited) continue;
    const from = visited && k === cue.end ? k : k + 1;
    const until = metUntil(from);
    const met = actors.filter((a) => a.kind !== 'country' && a.first >= from && a.end <= until);
    if (met.length > 0 || WITH.has(word)) return { subject, met: visited ? met.slice(0, 1) : met };
  }
  return { subject, met: [] };
}

/**
 * "Pertemuan tersebut", "kunjungan (kali) ini", "Pertemuan Kesembilan GCTF Coordinating Committee ini": a cue, or
 * the name it opens, pointing back to an event already named.
 */
function pointsBack(doc: Doc, end: number, name: string | null, s: Sentence): boolean {
  const anaphora = doc.lex.cueLists.get('anaphora');
  const after = name ? nameEnd(doc, end, name, s) : end;
  for (const from of new Set([end, after]))
    for (let k = from; k < Math.min(s.last, from + 2); k++) if (anaphora?.matchAt(doc.tokens, k, k + 1)) return true;
  return false;
}

/** The token after an event name that starts at or before `end`. */
function nameEnd(doc: Doc, end: number, name: string, s: Sentence): number {
  for (let k = end; k < s.last; k++)
    if (
      doc.text.slice(doc.tokens[k]?.start ?? 0, doc.tokens[k]?.end ?? 0) &&
      spanText(doc, s.first, k + 1).endsWith(name)
    )
      return k + 1;
  return end;
}

function inQuote(doc: Doc, quoted: readonly [number, number][], token: number): boolean {
  const at = doc.tokens[token]?.start ?? 0;
  return quoted.some(([a, b]) => at > a && at < b);
}

/** The first date of the sentence, preferring one after the cue. */
function ownDate(doc: Doc, ctx: DateContext, s: Sentence, cue: number): ResolvedDate | null {
  const cueStart = doc.tokens[cue]?.start ?? s.start;
  const dates = datesIn(doc, s.start, s.end)
    .map((d) => ({ d, r: resolveDate(d, ctx) }))
    .filter((x): x is { d: typeof x.d; r: ResolvedDate } => x.r !== undefined);
  return (dates.find((x) => x.d.start >= cueStart) ?? dates[0])?.r ?? null;
}

function sharesActor(a: readonly Actor[], b: readonly Actor[]): boolean {
  return a.some((x) => b.some((y) => x.id === y.id));
}
