/** Cue-phrase rules: who accompanied, led, received, facilitated, witnessed, followed up what. */
import type { CueName } from './compiled-lexicon.js';
import { type Doc, spanText } from './document.js';
import type { PersonRef } from './people.js';
import type { Attributes, ExtractedRelation, ParticipationRole, RelationType } from './types.js';

/** Someone or something named in a sentence, tokens `[first, end)`. */
export interface Actor {
  readonly first: number;
  readonly end: number;
  readonly id: string;
  readonly kind: 'person' | 'org' | 'country';
}

export interface RelationSink {
  /** `rule` names the rule that read the relation ("receivedVisit", "accompaniedBy/fronted"). */
  add(
    type: RelationType,
    from: string,
    to: string,
    attributes: Attributes,
    span: { first: number; end: number },
    confidence: number,
    rule: string,
  ): void;
}

/** Cues after which a list of people ends. */
const STOPS: ReadonlySet<CueName> = new Set([
  'accompaniedBy',
  'leads',
  'ledBy',
  'receivedVisit',
  'receivedBy',
  'visitedBy',
  'delegationMembers',
  'accompanying',
  'participants',
  'witness',
  'speech',
  'facilitator',
  'host',
]);

export interface CueContext {
  readonly doc: Doc;
  readonly actors: readonly Actor[];
  readonly refs: readonly PersonRef[];
  readonly eventId: string | null;
  /** Role of whoever is accompanied: HOST at home, DELEGATION_LEAD abroad. */
  readonly principalRole: ParticipationRole;
  readonly sink: RelationSink;
}

/** Builds an evidence-backed relation from the tokens it was read from. */
export function makeRelation(
  doc: Doc,
  type: RelationType,
  from: string,
  to: string,
  attributes: Attributes,
  span: { first: number; end: number },
  confidence: number,
  rule: string,
): ExtractedRelation {
  const a = doc.tokens[span.first];
  const b = doc.tokens[span.end - 1];
  const start = a?.start ?? 0;
  const end = b?.end ?? start;
  const s = doc.sentences[doc.sentenceOf[span.first] ?? 0];
  return {
    type,
    from,
    to,
    attributes,
    evidence: {
      quote: doc.text.slice(start, end),
      sentence: s ? doc.text.slice(s.start, s.end) : '',
      start,
      end,
      confidence,
      rule,
    },
  };
}

/** How sure a rule is: a cue in a clean clause, a cue whose other end came from elsewhere, a guess. */
export const Confidence = {
  /** A cue, and both ends in the clause it governs. */
  clause: 0.9,
  /** A cue, one end read from the clause structure around it (a list, a fronted clause, an earlier sentence). */
  structure: 0.8,
  /** A cue whose other end is the article's principal or an earlier sentence's subject. */
  fallback: 0.6,
  /** No cue: proximity or the article's shape. */
  guess: 0.5,
} as const;

/** Applies every cue of every sentence. */
export function applyCues(ctx: CueContext): void {
  const { doc } = ctx;
  doc.sentences.forEach((s, sentenceIndex) => {
    if (doc.headlines.has(sentenceIndex)) return;
    const cues = doc.lex.cues
      .findAll(doc.tokens, s.first, s.last)
      .map((m) => ({ name: m.value, first: m.first, end: m.end }));
    const inSentence = ctx.actors.filter((a) => a.first >= s.first && a.end <= s.last);
    const stopAfter = (k: number): number =>
      Math.min(cues.find((c) => c.first >= k && STOPS.has(c.name))?.first ?? s.last, verbAfter(doc, k, s.last));
    const persons = (from: number, to: number): Actor[] =>
      inSentence.filter((a) => a.kind === 'person' && a.first >= from && a.end <= to);
    const anyBetween = (from: number, to: number): Actor[] => inSentence.filter((a) => a.first >= from && a.end <= to);
    const lastBefore = (k: number, kinds: readonly Actor['kind'][]): Actor | undefined =>
      [...inSentence].reverse().find((a) => a.end <= k && kinds.includes(a.kind)) ?? undefined;
    const ev = ctx.eventId;
    // The rule of the cue being applied, named in the evidence of everything it emits.
    let rule = '';
    const part = (
      actor: Actor,
      role: ParticipationRole,
      span: { first: number; end: number },
      confidence: number,
    ): void => {
      if (ev) ctx.sink.add('PARTICIPATED_IN', actor.id, ev, { role }, span, confidence, rule);
    };
    const span = (...xs: { first: number; end: number }[]): { first: number; end: number } => ({
      first: Math.min(...xs.map((x) => x.first)),
      end: Math.max(...xs.map((x) => x.end)),
    });
    const withEvent: Attributes = ev ? { event: ev } : {};
    /**
     * The subject of the clause a cue at `k` belongs to: the first person after the clause's start (the sentence's
     * start, or the end of a fronted clause), else the first organisation.
     */
    // "Didampingi oleh A dan B, Kepala BNPT menyambut C": a fronted participial clause; its subject is the main one.
    const fronted = cues.find((c) => c.name === 'accompaniedBy' && persons(s.first, c.first).length === 0);
    // "Sebelum bertemu Kepala BNPT, kedatangan Dubes … disambut oleh …": a fronted subordinate clause.
    const subordinate = cues.find(
      (c) => c.name === 'subordinators' && c.first <= s.first + 2 && persons(s.first, c.first).length === 0,
    );
    const clauseStart = (k: number): number => {
      if (fronted && fronted.end <= k) return mainClause(doc, inSentence, fronted.end, k + 1)?.start ?? s.first;
      // A subordinate clause ends at its first comma outside every mention.
      if (subordinate && subordinate.end <= k) return commaAfter(doc, inSentence, subordinate.end, k) ?? s.first;
      return s.first;
    };
    const subjectBefore = (k: number): Actor | undefined => {
      const start = clauseStart(k);
      return persons(start, k)[0] ?? anyBetween(start, k).find((a) => a.kind === 'org');
    };
    for (const cue of cues) {
      rule = cue.name;
      const emit = (
        type: RelationType,
        from: string,
        to: string,
        attributes: Attributes,
        at: { first: number; end: number },
        confidence: number,
      ): void => ctx.sink.add(type, from, to, attributes, at, confidence, rule);
      switch (cue.name) {
        case 'accompaniedBy': {
          if (cue === fronted) {
            const main = mainClause(doc, inSentence, cue.end, s.last);
            const principal = main ? persons(main.start, main.verb)[0] : undefined;
            if (principal) {
              rule = 'accompaniedBy/fronted';
              for (const c of persons(cue.end, main?.start ?? cue.end)) {
                emit('ACCOMPANIED_BY', principal.id, c.id, withEvent, span(cue, c, principal), Confidence.structure);
                part(c, 'ACCOMPANYING', span(cue, c), Confidence.structure);
              }
              part(principal, ctx.principalRole, span(principal, cue), Confidence.structure);
              break;
            }
          }
          const before = lastBefore(cue.first, ['person']);
          const principal = before ?? previousPerson(ctx, s.first);
          if (!principal) break;
          if (!before) rule = 'accompaniedBy/previousSentence';
          const confidence = before ? Confidence.clause : Confidence.fallback;
          for (const c of persons(cue.end, stopAfter(cue.end))) {
            if (c.id === principal.id) continue;
            emit('ACCOMPANIED_BY', principal.id, c.id, withEvent, span(principal, cue, c), confidence);
            part(c, 'ACCOMPANYING', span(cue, c), confidence);
          }
          part(principal, ctx.principalRole, span(principal, cue), Confidence.structure);
          break;
        }
        case 'accompanying': {
          // Active voice: "A dan B (hadir) mendampingi X"; "delegasi yang mendampingi X meliputi A, B".
          const after = persons(cue.end, stopAfter(cue.end));
          const principal = after[0];
          if (!principal) break;
          const list = cues.find((c) => c.name === 'listIntro' && c.first >= principal.end);
          if (list) rule = 'accompanying/list';
          const companions = list ? persons(list.end, s.last) : persons(clauseStart(cue.first), cue.first);
          for (const c of companions) {
            if (c.id === principal.id) continue;
            emit(
              'ACCOMPANIED_BY',
              principal.id,
              c.id,
              withEvent,
              span(principal, cue, c),
              list ? Confidence.structure : Confidence.clause,
            );
            part(c, 'ACCOMPANYING', span(cue, c), Confidence.structure);
          }
          break;
        }
        case 'ledBy': {
          const leader = persons(cue.end, stopAfter(cue.end))[0];
          if (!leader || !ev) break;
          const of = lastBefore(cue.first, ['org', 'country']);
          emit(
            'LED_BY',
            ev,
            leader.id,
            of ? { delegationOf: of.id } : {},
            span(of ?? cue, cue, leader),
            Confidence.clause,
          );
          part(leader, 'DELEGATION_LEAD', span(cue, leader), Confidence.clause);
          break;
        }
        case 'leads': {
          // Active voice: "X, yang memimpin pertemuan …" names the leader before the cue.
          const leader = lastBefore(cue.first, ['person']);
          if (!leader || !ev) break;
          emit('LED_BY', ev, leader.id, {}, span(leader, cue), Confidence.structure);
          part(leader, 'DELEGATION_LEAD', span(leader, cue), Confidence.structure);
          break;
        }
        case 'receivedVisit':
        case 'receivedBy':
        case 'visitedBy': {
          // Who hosts and who visits comes from the verb and its voice: "X menerima kunjungan Y" and "Y melakukan
          // kunjungan kehormatan kepada X" (active), "Y diterima oleh X" (passive).
          const hostFirst = cue.name === 'receivedVisit';
          const subject = subjectBefore(cue.first);
          const until = stopAfter(cue.end);
          const objects = persons(cue.end, until);
          let others =
            objects.length > 0
              ? objects
              : anyBetween(cue.end, until)
                  .filter((a) => a.kind === 'org')
                  .slice(0, 1);
          let confidence: number = Confidence.clause;
          // "menyambut delegasi AFP yang dipimpin oleh Y": the visitor is the delegation's leader.
          const led =
            objects.length === 0
              ? cues.find((c) => c.name === 'ledBy' && c.first >= cue.end && c.first <= until + 2)
              : undefined;
          const leader = led ? persons(led.end, stopAfter(led.end))[0] : undefined;
          if (leader) {
            others = [leader];
            confidence = Confidence.structure;
            rule = `${cue.name}/delegationLeader`;
          }
          if (hostFirst && objects.length === 0) {
            // "… menerima delegasi dari Kerajaan Belanda. Delegasi-delegasi tersebut adalah A, B …": the visitors
            // are listed in the next sentence.
            const listed = delegationListAfter(ctx, sentenceIndex);
            if (listed.length > 0) {
              others = listed;
              confidence = Confidence.structure;
              rule = `${cue.name}/delegationList`;
            }
          }
          if (!subject || others.length === 0) break;
          for (const other of hostFirst ? others : others.slice(0, 1)) {
            const [host, visitor] = hostFirst ? [subject, other] : [other, subject];
            if (host.id === visitor.id || host.kind === 'country' || visitor.kind === 'country') continue;
            emit('RECEIVED_VISIT_FROM', host.id, visitor.id, withEvent, span(subject, cue, other), confidence);
            part(host, 'HOST', span(host, cue), confidence);
            const members = cues.find((c) => c.name === 'delegationMembers' && c.first >= cue.end);
            part(visitor, members ? 'DELEGATION_LEAD' : 'GUEST', span(cue, visitor), confidence);
          }
          break;
        }
        case 'delegationMembers': {
          const lead = lastBefore(cue.first, ['person']);
          for (const m of persons(cue.end, stopAfter(cue.end))) {
            part(m, 'DELEGATION_MEMBER', span(cue, m), Confidence.structure);
            if (!lead) continue;
            // "X beserta delegasi, A selaku …": the members came with X, who leads them.
            emit('ACCOMPANIED_BY', lead.id, m.id, withEvent, span(lead, cue, m), Confidence.structure);
            if (ev) emit('LED_BY', ev, lead.id, {}, span(lead, cue), Confidence.fallback);
          }
          break;
        }
        case 'facilitator':
        case 'host': {
          const passive = /oleh$/.test(spanText(doc, cue.first, cue.end));
          const clauseFrom = Math.max(
            s.first,
            ...cues.filter((c) => c.end <= cue.first).map((c) => c.end),
            lastComma(doc, s.first, cue.first),
          );
          const who = passive ? anyBetween(cue.end, stopAfter(cue.end)) : anyBetween(clauseFrom, cue.first);
          for (const a of who)
            if (a.kind !== 'country')
              part(a, cue.name === 'facilitator' ? 'FACILITATOR' : 'HOST', span(a, cue), Confidence.structure);
          break;
        }
        case 'speaker': {
          const who = lastBefore(cue.first, ['person']);
          if (who) part(who, 'SPEAKER', span(who, cue), Confidence.structure);
          break;
        }
        case 'witness':
        case 'participants': {
          for (const a of anyBetween(cue.end, stopAfter(cue.end))) {
            if (a.kind === 'country') continue;
            part(a, cue.name === 'witness' ? 'WITNESS' : 'PARTICIPANT', span(cue, a), Confidence.structure);
          }
          break;
        }
        default:
          break;
      }
    }
  });
  applyListedMembers(ctx);
}

const LIST_MARKER = /^(?:\d{1,2}|[-•*–])$/;

/** Who a sentence says leads ("yang dipimpin oleh X"), else the first person it names. */
function leaderOf(ctx: CueContext, s: { first: number; last: number } | undefined): Actor | undefined {
  if (!s) return undefined;
  const persons = ctx.actors.filter((a) => a.kind === 'person' && a.first >= s.first && a.end <= s.last);
  const led = ctx.doc.lex.cues.findAll(ctx.doc.tokens, s.first, s.last).find((c) => c.value === 'ledBy');
  return (led ? persons.find((a) => a.first >= led.end) : undefined) ?? persons[0];
}

/**
 * "Anggota delegasi terdiri dari:" closing a sentence, then lines opened by "1.", "-" or "•": each line names a
 * member of the delegation, who came with the person the sentence says leads it (else the first person it names).
 */
function applyListedMembers(ctx: CueContext): void {
  const { doc } = ctx;
  doc.sentences.forEach((s, k) => {
    const last = doc.tokens[s.last - 1];
    if (last?.text !== ':') return;
    const cues = doc.lex.cues.findAll(doc.tokens, s.first, s.last);
    const intro = cues.find((c) => c.value === 'listIntro' && c.end >= s.last - 2);
    if (!intro) return;
    const lead = leaderOf(ctx, s) ?? (k > 0 ? leaderOf(ctx, doc.sentences[k - 1]) : undefined);
    for (let n = k + 1; n < doc.sentences.length; n++) {
      const item = doc.sentences[n];
      if (!item || !LIST_MARKER.test(doc.tokens[item.first]?.text ?? '')) break;
      for (const m of ctx.actors.filter((a) => a.kind === 'person' && a.first >= item.first && a.end <= item.last)) {
        if (ctx.eventId)
          ctx.sink.add(
            'PARTICIPATED_IN',
            m.id,
            ctx.eventId,
            { role: 'DELEGATION_MEMBER' },
            m,
            Confidence.structure,
            'delegationMembers/list',
          );
        if (lead && lead.id !== m.id) {
          ctx.sink.add(
            'ACCOMPANIED_BY',
            lead.id,
            m.id,
            ctx.eventId ? { event: ctx.eventId } : {},
            m,
            Confidence.structure,
            'delegationMembers/list',
          );
        }
      }
    }
  });
}

/** Index of the first active verb ("menyambut", "bertemu") at or after `k`, else `limit`. */
function verbAfter(doc: Doc, k: number, limit: number): number {
  for (let i = k; i < limit; i++) if (doc.lex.activeVerb.test(doc.tokens[i]?.text ?? '')) return i;
  return limit;
}

/**
 * The main clause after a fronted one ("Didampingi oleh A dan B, Kepala BNPT menyambut …"): its first active verb,
 * and where its subject starts (after the last comma before that verb that is inside no mention).
 */
function mainClause(
  doc: Doc,
  actors: readonly Actor[],
  from: number,
  limit: number,
): { start: number; verb: number } | undefined {
  const verb = verbAfter(doc, from, limit);
  if (verb >= limit) return undefined;
  for (let i = verb - 1; i >= from; i--) {
    if (doc.tokens[i]?.text === ',' && !actors.some((a) => a.first < i && a.end > i)) return { start: i + 1, verb };
  }
  return undefined;
}

/** The token after the first comma in `[from, to)` that is inside no mention. */
function commaAfter(doc: Doc, actors: readonly Actor[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++)
    if (doc.tokens[i]?.text === ',' && !actors.some((a) => a.first < i && a.end > i)) return i + 1;
  return undefined;
}

/** Persons listed in the sentence after `sentence` when it opens with a delegation and a list ("Delegasi … adalah A, B"). */
function delegationListAfter(ctx: CueContext, sentence: number): Actor[] {
  const { doc } = ctx;
  const next = doc.sentences[sentence + 1];
  if (!next) return [];
  const words = doc.lex.cueLists.get('delegationWords');
  const opens =
    words?.matchAt(doc.tokens, next.first, next.last) ??
    (next.first + 1 < next.last ? words?.matchAt(doc.tokens, next.first + 1, next.last) : undefined);
  if (!opens) return [];
  const list = doc.lex.cueLists.get('listIntro')?.findAll(doc.tokens, opens.end, next.last)[0];
  if (!list) return [];
  return ctx.actors.filter((a) => a.kind === 'person' && a.first >= list.end && a.end <= next.last);
}

function lastComma(doc: Doc, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (doc.tokens[i]?.text === ',') return i + 1;
  return from;
}

/** The person named last before token `k` (a sentence that starts "Kepala BNPT didampingi …" has it in itself). */
function previousPerson(ctx: CueContext, k: number): Actor | undefined {
  const ref = [...ctx.refs].reverse().find((r) => r.end <= k);
  return ref ? { first: ref.first, end: ref.end, id: ref.personId, kind: 'person' } : undefined;
}
