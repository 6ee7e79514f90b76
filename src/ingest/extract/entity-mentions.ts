/**
 * Where an article names each of its entities: the spans an article reader highlights. A person is named by the
 * words of their name (or by the post or short name standing for them), a post by its phrase, an organisation, a
 * country, an agreement by the words the recognisers matched, an event by its cue ("kunjungan kehormatan").
 * Spans nest (a post's organisation lies inside the post) but never repeat.
 */
import type { Doc } from './document.js';
import type { Mention as PersonOrPostMention } from './mentions.js';
import type { PeopleResult } from './people.js';
import type { EntityMention } from './types.js';

/** A span of tokens `[first, end)` and the entity it names. */
export interface TokenMention {
  readonly entity: string;
  readonly first: number;
  readonly end: number;
}

/** Sources of mentions besides the people: found by the recognisers, with the ids the entity book gave them. */
export interface MentionSources {
  readonly people: PeopleResult;
  readonly personMentions: readonly PersonOrPostMention[];
  readonly others: readonly TokenMention[];
  /** Ids of the entities the extraction keeps; a span of any other id is dropped. */
  readonly kept: ReadonlySet<string>;
}

/** Every mention of a kept entity, in text order (then longest first), as character offsets into the body. */
export function entityMentions(doc: Doc, sources: MentionSources): EntityMention[] {
  const byFirst = new Map(sources.personMentions.map((m) => [m.first, m]));
  const spans: TokenMention[] = [];
  for (const ref of sources.people.refs) {
    const m = byFirst.get(ref.first);
    // A titled mention highlights the name; its titles and posts are not the person's words.
    const named = m?.kind === 'person' && m.end === ref.end;
    spans.push({ entity: ref.personId, first: named ? m.nameFirst : ref.first, end: named ? m.nameEnd : ref.end });
  }
  for (const h of sources.people.holdings)
    spans.push({ entity: h.positionId, first: h.phrase.first, end: h.phrase.end });
  spans.push(...sources.others);

  const seen = new Set<string>();
  const mentions: EntityMention[] = [];
  for (const span of spans) {
    if (!sources.kept.has(span.entity) || span.end <= span.first) continue;
    const start = doc.tokens[span.first]?.start;
    const end = doc.tokens[span.end - 1]?.end;
    if (start === undefined || end === undefined) continue;
    const key = `${span.entity}|${start}|${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ entity: span.entity, start, end, text: doc.text.slice(start, end) });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end || (a.entity < b.entity ? -1 : 1));
}
