/** Cue-phrase rules: who accompanied, led, received, facilitated, witnessed, followed up what. */
import type { CueName } from './compiled-lexicon.js';
import { spanText, type Doc } from './document.js';
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
  add(type: RelationType, from: string, to: string, attributes: Attributes, span: { first: number; end: number }, confidence: number): void;
}

/** Cues after which a list of people ends. */
const STOPS: ReadonlySet<CueName> = new Set(['accompaniedBy', 'leads', 'ledBy', 'receivedVisit', 'delegationMembers', 'accompanying', 'participants', 'witness', 'speech', 'facilitator', 'host']);

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
    evidence: { quote: doc.text.slice(start, end), sentence: s ? doc.text.slice(s.start, s.end) : '', start, end, confidence },
  };
}

/** Applies every cue of every sentence. */
export function applyCues(ctx: CueContext): void {
  const { doc } = ctx;
  doc.sentences.forEach((s) => {
    const cues = doc.lex.cues.findAll(doc.tokens, s.first, s.last).map((m) => ({ name: m.value, first: m.first, end: m.end }));
    const inSentence = ctx.actors.filter((a) => a.first >= s.first && a.end <= s.last);
    const stopAfter = (k: number): number => cues.find((c) => c.first >= k && STOPS.has(c.name))?.first ?? s.last;
    const persons = (from: number, to: number): Actor[] => inSentence.filter((a) => a.kind === 'person' && a.first >= from && a.end <= to);
    const anyBetween = (from: number, to: number): Actor[] => inSentence.filter((a) => a.first >= from && a.end <= to);
    const lastBefore = (k: number, kinds: readonly Actor['kind'][]): Actor | undefined =>
      [...inSentence].reverse().find((a) => a.end <= k && kinds.includes(a.kind)) ?? undefined;
    const ev = ctx.eventId;
    const part = (actor: Actor, role: ParticipationRole, span: { first: number; end: number }, confidence: number): void => {
      if (ev) ctx.sink.add('PARTICIPATED_IN', actor.id, ev, { role }, span, confidence);
    };
    const span = (...xs: { first: number; end: number }[]): { first: number; end: number } => ({
      first: Math.min(...xs.map((x) => x.first)),
      end: Math.max(...xs.map((x) => x.end)),
    });
    for (const cue of cues) {
      switch (cue.name) {
        case 'accompaniedBy': {
          const principal = lastBefore(cue.first, ['person']) ?? previousPerson(ctx, s.first);
          if (!principal) break;
          for (const c of persons(cue.end, stopAfter(cue.end))) {
            if (c.id === principal.id) continue;
            ctx.sink.add('ACCOMPANIED_BY', principal.id, c.id, ev ? { event: ev } : {}, span(principal, cue, c), 0.85);
            part(c, 'ACCOMPANYING', span(cue, c), 0.8);
          }
          part(principal, ctx.principalRole, span(principal, cue), 0.7);
          break;
        }
        case 'accompanying': {
          const after = persons(cue.end, stopAfter(cue.end));
          const principal = after[0];
          if (!principal) break;
          const companions = after.length > 1 ? after.slice(1) : persons(s.first, cue.first);
          for (const c of companions) {
            if (c.id === principal.id) continue;
            ctx.sink.add('ACCOMPANIED_BY', principal.id, c.id, ev ? { event: ev } : {}, span(principal, cue, c), 0.75);
            part(c, 'ACCOMPANYING', span(cue, c), 0.75);
          }
          break;
        }
        case 'ledBy': {
          const leader = persons(cue.end, stopAfter(cue.end))[0];
          if (!leader || !ev) break;
          const of = lastBefore(cue.first, ['org', 'country']);
          ctx.sink.add('LED_BY', ev, leader.id, of ? { delegationOf: of.id } : {}, span(of ?? cue, cue, leader), 0.85);
          part(leader, 'DELEGATION_LEAD', span(cue, leader), 0.8);
          break;
        }
        case 'leads': {
          // Active voice: "X, yang memimpin pertemuan …" names the leader before the cue.
          const leader = lastBefore(cue.first, ['person']);
          if (!leader || !ev) break;
          ctx.sink.add('LED_BY', ev, leader.id, {}, span(leader, cue), 0.75);
          part(leader, 'DELEGATION_LEAD', span(leader, cue), 0.7);
          break;
        }
        case 'receivedVisit': {
          // The host is named before the cue in the same sentence; "Dalam menerima kunjungan …, X …" names none.
          const host = lastBefore(cue.first, ['person']) ?? lastBefore(cue.first, ['org']);
          const until = stopAfter(cue.end);
          const visitor = persons(cue.end, until)[0] ?? anyBetween(cue.end, until).find((a) => a.kind !== 'person');
          if (!host || !visitor) break;
          ctx.sink.add('RECEIVED_VISIT_FROM', host.id, visitor.id, ev ? { event: ev } : {}, span(host, cue, visitor), 0.85);
          part(host, 'HOST', span(host, cue), 0.8);
          const members = cues.find((c) => c.name === 'delegationMembers' && c.first >= cue.end);
          part(visitor, members ? 'DELEGATION_LEAD' : 'GUEST', span(cue, visitor), 0.8);
          break;
        }
        case 'delegationMembers': {
          const lead = lastBefore(cue.first, ['person']);
          for (const m of persons(cue.end, stopAfter(cue.end))) {
            part(m, 'DELEGATION_MEMBER', span(cue, m), 0.8);
            if (!lead) continue;
            // "X beserta delegasi, A selaku …": the members came with X, who leads them.
            ctx.sink.add('ACCOMPANIED_BY', lead.id, m.id, ev ? { event: ev } : {}, span(lead, cue, m), 0.75);
            if (ev) ctx.sink.add('LED_BY', ev, lead.id, {}, span(lead, cue), 0.6);
          }
          break;
        }
        case 'facilitator':
        case 'host': {
          const passive = /oleh$/.test(spanText(doc, cue.first, cue.end));
          const clauseStart = Math.max(s.first, ...cues.filter((c) => c.end <= cue.first).map((c) => c.end), lastComma(doc, s.first, cue.first));
          const who = passive ? anyBetween(cue.end, stopAfter(cue.end)) : anyBetween(clauseStart, cue.first);
          for (const a of who) if (a.kind !== 'country') part(a, cue.name === 'facilitator' ? 'FACILITATOR' : 'HOST', span(a, cue), 0.75);
          break;
        }
        case 'speaker': {
          const who = lastBefore(cue.first, ['person']);
          if (who) part(who, 'SPEAKER', span(who, cue), 0.7);
          break;
        }
        case 'witness':
        case 'participants': {
          for (const a of anyBetween(cue.end, stopAfter(cue.end))) {
            if (a.kind === 'country') continue;
            part(a, cue.name === 'witness' ? 'WITNESS' : 'PARTICIPANT', span(cue, a), 0.7);
          }
          break;
        }
        default:
          break;
      }
    }
  });
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
