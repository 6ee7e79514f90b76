/**
 * The graph model as constants: the single source of truth for labels, relationship types and enumerations.
 * Cypher anywhere in src/graph names labels and types through these constants only (see docs/model.md).
 */

/** Every entity node carries `Entity` plus exactly one of these labels. */
export const EntityLabel = {
  Person: 'Person',
  Organization: 'Organization',
  Country: 'Country',
  Position: 'Position',
  Event: 'Event',
  Agreement: 'Agreement',
} as const;
export type EntityLabel = (typeof EntityLabel)[keyof typeof EntityLabel];
export const ENTITY_LABELS: readonly EntityLabel[] = Object.values(EntityLabel);

/** Labels of the nodes that are not entities: sources, evidence and the audit trail. */
export const Label = {
  Entity: 'Entity',
  Article: 'Article',
  Evidence: 'Evidence',
  Change: 'Change',
  /** An entity merged into another by an analyst; kept so that the merge can be undone. */
  Merged: 'Merged',
  /** An analyst's decision on an item of the review queue (confirmed or dismissed), keyed by the item's id. */
  Review: 'Review',
} as const;

/** Relationship types that state a fact; each carries a stable `id` and is backed by `Evidence` nodes. */
export const FactType = {
  HOLDS_POSITION: 'HOLDS_POSITION',
  POSITION_OF: 'POSITION_OF',
  ACCREDITED_TO: 'ACCREDITED_TO',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  ACCOMPANIED_BY: 'ACCOMPANIED_BY',
  LED_BY: 'LED_BY',
  RECEIVED_VISIT_FROM: 'RECEIVED_VISIT_FROM',
  FOLLOW_UP_OF: 'FOLLOW_UP_OF',
  PARTY_TO: 'PARTY_TO',
  LOCATED_IN: 'LOCATED_IN',
} as const;
export type FactType = (typeof FactType)[keyof typeof FactType];
export const FACT_TYPES: readonly FactType[] = Object.values(FactType);

/** Facts that name the event they happened at by `eventId` (who accompanied whom at an event, visits received). */
export const FACTS_AT_EVENTS: readonly FactType[] = [FactType.ACCOMPANIED_BY, FactType.RECEIVED_VISIT_FROM];

/** Which entity types each fact type joins (docs/model.md, "Facts"). */
export const FACT_ENDPOINTS: Readonly<Record<FactType, { from: readonly EntityLabel[]; to: readonly EntityLabel[] }>> =
  {
    HOLDS_POSITION: { from: [EntityLabel.Person], to: [EntityLabel.Position] },
    POSITION_OF: { from: [EntityLabel.Position], to: [EntityLabel.Organization] },
    ACCREDITED_TO: { from: [EntityLabel.Position], to: [EntityLabel.Country] },
    PARTICIPATED_IN: {
      from: [EntityLabel.Person, EntityLabel.Organization, EntityLabel.Country],
      to: [EntityLabel.Event],
    },
    ACCOMPANIED_BY: { from: [EntityLabel.Person], to: [EntityLabel.Person] },
    LED_BY: { from: [EntityLabel.Event], to: [EntityLabel.Person] },
    RECEIVED_VISIT_FROM: {
      from: [EntityLabel.Person, EntityLabel.Organization],
      to: [EntityLabel.Person, EntityLabel.Organization],
    },
    FOLLOW_UP_OF: { from: [EntityLabel.Event, EntityLabel.Agreement], to: [EntityLabel.Agreement, EntityLabel.Event] },
    PARTY_TO: { from: [EntityLabel.Country, EntityLabel.Organization], to: [EntityLabel.Agreement] },
    LOCATED_IN: { from: [EntityLabel.Organization, EntityLabel.Event], to: [EntityLabel.Country] },
  };

/** Structural relationships: not facts about the world, so they carry no evidence. */
export const LinkType = {
  /** (:Evidence)-[:FROM_ARTICLE]->(:Article) */
  FROM_ARTICLE: 'FROM_ARTICLE',
  /** (:Article)-[:MENTIONS {start, end, text}]->(:Entity): a span of the article's body that names the entity. */
  MENTIONS: 'MENTIONS',
  /** (:Change)-[:CHANGED]->(:Entity) */
  CHANGED: 'CHANGED',
  /**
   * (:Entity)-[:DIFFERENT_FROM {changeId, at, articleIds}]->(:Entity): an analyst split the second off the first, so
   * the two are not one. See corrections/decisions.ts.
   */
  DIFFERENT_FROM: 'DIFFERENT_FROM',
} as const;

export const OrganizationKind = {
  AGENCY: 'AGENCY',
  MINISTRY: 'MINISTRY',
  EMBASSY: 'EMBASSY',
  POLICE: 'POLICE',
  MILITARY: 'MILITARY',
  INTERNATIONAL_ORGANISATION: 'INTERNATIONAL_ORGANISATION',
  GOVERNMENT: 'GOVERNMENT',
  OTHER: 'OTHER',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

export const EventKind = {
  WORKSHOP: 'WORKSHOP',
  MEETING: 'MEETING',
  COURTESY_VISIT: 'COURTESY_VISIT',
  WORKING_VISIT: 'WORKING_VISIT',
  SIGNING: 'SIGNING',
  CONFERENCE: 'CONFERENCE',
  JOINT_WORKING_GROUP: 'JOINT_WORKING_GROUP',
  OTHER: 'OTHER',
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

export const AgreementKind = {
  MOU: 'MOU',
  WORKPLAN: 'WORKPLAN',
  DECLARATION: 'DECLARATION',
  OTHER: 'OTHER',
} as const;
export type AgreementKind = (typeof AgreementKind)[keyof typeof AgreementKind];

export const AgreementStatus = {
  PLANNED: 'PLANNED',
  SIGNED: 'SIGNED',
  IN_FORCE: 'IN_FORCE',
  ENDED: 'ENDED',
} as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];

/** Role of a participant (person, organisation or country) in an event. */
export const ParticipantRole = {
  HOST: 'HOST',
  GUEST: 'GUEST',
  DELEGATION_LEAD: 'DELEGATION_LEAD',
  DELEGATION_MEMBER: 'DELEGATION_MEMBER',
  ACCOMPANYING: 'ACCOMPANYING',
  FACILITATOR: 'FACILITATOR',
  SPEAKER: 'SPEAKER',
  WITNESS: 'WITNESS',
  PARTICIPANT: 'PARTICIPANT',
} as const;
export type ParticipantRole = (typeof ParticipantRole)[keyof typeof ParticipantRole];

/** How much of a date is known: "Rabu(19/9)" is a DAY, "Oktober 2018" a MONTH, "2018" a YEAR. */
export const DatePrecision = {
  DAY: 'DAY',
  MONTH: 'MONTH',
  YEAR: 'YEAR',
} as const;
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision];

/** The extractorVersion of evidence an analyst entered (addFact), which no re-reading of an article replaces. */
export const ANALYST = 'analyst';

/** Name of the full-text index over entity names, aliases and acronyms (accent and case insensitive). */
export const ENTITY_SEARCH_INDEX = 'entity_search';

/**
 * The marker of a node whose empty lists the offline bulk load could not write (the admin importer stores no empty
 * list): the label, and the property naming the lists to set to [] on the first start.
 */
export const BULK_LOAD_EMPTY_LISTS = { label: 'BulkLoadEmptyLists', property: 'bulkLoadEmptyLists' } as const;

/** The full-text index of articles' titles and bodies. */
export const ARTICLE_SEARCH_INDEX = 'article_search';

/** Where an entity id's type is read from: ids are `<prefix>:<key>`, e.g. `person:suhardi-alius`. */
export const ID_PREFIX: Readonly<Record<EntityLabel, string>> = {
  Person: 'person',
  Organization: 'org',
  Country: 'country',
  Position: 'position',
  Event: 'event',
  Agreement: 'agreement',
};

/** The entity label of an id such as `person:suhardi-alius`, or undefined when the prefix is unknown. */
export function labelOfId(id: string): EntityLabel | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_LABELS.find((label) => ID_PREFIX[label] === prefix);
}
