/** The extraction format: the public contract of `--dry-run --json` (documented in docs/ingest-format.md). */

/** Version of the rules; it changes whenever the same article may yield a different extraction. */
export const EXTRACTOR_VERSION = 'bnpt-rules/2.1.0';

export type EntityType = 'Person' | 'Organization' | 'Country' | 'Position' | 'Event' | 'Agreement';
export type DatePrecision = 'day' | 'month' | 'year';

export type RelationType =
  | 'ACCOMPANIED_BY'
  | 'LED_BY'
  | 'RECEIVED_VISIT_FROM'
  | 'PARTICIPATED_IN'
  | 'HOLDS_POSITION'
  | 'POSITION_OF'
  | 'ACCREDITED_TO'
  | 'FOLLOW_UP_OF'
  | 'PARTY_TO'
  | 'LOCATED_IN';

export type ParticipationRole =
  | 'HOST'
  | 'GUEST'
  | 'DELEGATION_LEAD'
  | 'DELEGATION_MEMBER'
  | 'ACCOMPANYING'
  | 'FACILITATOR'
  | 'SPEAKER'
  | 'WITNESS'
  | 'PARTICIPANT';

export type AgreementStatus = 'planned' | 'signed' | 'in_force' | 'ended';

/** A JSON-safe attribute value. */
export type AttributeValue = string | number | boolean | null | readonly string[];
export type Attributes = Readonly<Record<string, AttributeValue>>;

export interface ExtractedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly attributes: Attributes;
}

/** Where a relation was read: `quote === body.slice(start, end)`, inside `sentence`. */
export interface Evidence {
  readonly quote: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  /**
   * 0..1: how sure the rule that produced the relation is — 0.9 a cue with both ends in its clause, 0.8 one end read
   * from the structure around it (a list, a fronted clause), 0.6 an end taken from an earlier sentence, 0.5 a guess.
   */
  readonly confidence: number;
  /** The rule that read it: a cue list's name ("receivedVisit"), with how its ends were found ("accompaniedBy/fronted"). */
  readonly rule: string;
}

export interface ExtractedRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly attributes: Attributes;
  readonly evidence: Evidence;
}

/** Where the article names an entity: `text === body.slice(start, end)` (character offsets, end exclusive). */
export interface EntityMention {
  /** The id of an entity of {@link Extraction.entities}. */
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ArticleMeta {
  readonly title: string | null;
  readonly url: string | null;
  /** ISO date (YYYY-MM-DD) or null when the file does not say. */
  readonly publishedAt: string | null;
  readonly source: string | null;
  readonly contentHash: string;
}

/** Everything extracted from one article. */
export interface Extraction {
  readonly article: ArticleMeta;
  readonly entities: readonly ExtractedEntity[];
  readonly relations: readonly ExtractedRelation[];
  /** Every span that names an entity, in text order: what the article reader highlights. */
  readonly mentions: readonly EntityMention[];
  readonly extractorVersion: string;
}
