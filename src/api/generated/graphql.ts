import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, EvidenceRow, ArticleRow, FactRow } from '../../graph/repositories/rows.js';
import type { TenureRow } from '../../graph/repositories/tenure.js';
import type { ChangeRow } from '../../graph/repositories/changes.js';
import type { PathRow, PathHopRow } from '../../graph/repositories/path.js';
import type { OverlappingTenuresRow, PersonInTwoPlacesRow, EventOutsideAgreementPeriodRow } from '../../graph/repositories/data-quality.js';
import type { CountableConnection } from '../resolvers/lists.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form (YYYY-MM-DD). How much of it is known is given beside it as a DatePrecision. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 form with its offset, e.g. 2024-05-01T10:00:00Z. */
  DateTime: { input: string; output: string; }
};

export type AccompanimentConnection = {
  __typename?: 'AccompanimentConnection';
  edges: Array<AccompanimentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A companion accompanying a principal at an event (ACCOMPANIED_BY). The node is the other person: the companion in
 * Person.accompaniedBy, the principal in Person.accompanied, the companion in Event.accompaniments.
 */
export type AccompanimentEdge = {
  __typename?: 'AccompanimentEdge';
  companion: Person;
  cursor: Scalars['String']['output'];
  event: Maybe<Event>;
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Person;
  principal: Person;
};

export type Agreement = Entity & Node & {
  __typename?: 'Agreement';
  aliases: Array<Scalars['String']['output']>;
  /** Events and agreements that follow it up or implement it. */
  followUps: FollowUpConnection;
  /** What this agreement itself follows. */
  follows: FollowUpConnection;
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: AgreementKind;
  name: Scalars['String']['output'];
  /** Countries and organisations party to it. */
  parties: PartyConnection;
  periodEnd: Maybe<Scalars['Date']['output']>;
  periodStart: Maybe<Scalars['Date']['output']>;
  status: AgreementStatus;
  topics: Array<Scalars['String']['output']>;
};


export type AgreementFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgreementFollowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgreementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgreementPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Being party to an agreement (PARTY_TO), seen from the party: the node is the agreement. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Agreement;
};

/** Which agreements a list holds. Every field given must hold. */
export type AgreementFilter = {
  /** Their kind. */
  kind?: InputMaybe<AgreementKind>;
  /** Every one of these countries or organisations is party to it (1 to 10 ids). */
  parties?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Its period starts on or after this date (ISO, inclusive); agreements without a known start are left out. */
  signedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Its period starts on or before this date (ISO, inclusive); agreements without a known start are left out. */
  signedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Their status. */
  status?: InputMaybe<AgreementStatus>;
  /** One of its topics is exactly this text ("deradicalisation"). */
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type AgreementKind =
  | 'DECLARATION'
  | 'MOU'
  | 'OTHER'
  | 'WORKPLAN';

/** A page of agreements. */
export type AgreementListConnection = {
  __typename?: 'AgreementListConnection';
  /** How many of the agreements the filter selects (all pages) fall under each value of one dimension. */
  counts: Array<FacetCount>;
  /** The agreements of this page. */
  edges: Array<AgreementListEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many agreements match, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of agreements. */
export type AgreementListConnectionCountsArgs = {
  by: FacetDimension;
};

/** One agreement of a list. */
export type AgreementListEdge = {
  __typename?: 'AgreementListEdge';
  /** Opaque cursor of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: Agreement;
};

/** Order of an agreement list. */
export type AgreementSort =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** Oldest period start first; agreements without a period last, then by name. */
  | 'PERIOD_START_ASC'
  /** Newest period start first; agreements without a period last, then by name. */
  | 'PERIOD_START_DESC';

export type AgreementStatus =
  | 'ENDED'
  | 'IN_FORCE'
  | 'PLANNED'
  | 'SIGNED';

/** The source of an article: the press release a piece of evidence was read from. */
export type Article = {
  __typename?: 'Article';
  id: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['Date']['output']>;
  source: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

/** An analyst's correction of the graph. */
export type Change = Node & {
  __typename?: 'Change';
  action: ChangeAction;
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Entities it touched (an entity merged away is shown as the one it was merged into). */
  entities: Array<Entity>;
  /** The fact it added or retracted. */
  factId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** The change this one undid (UNDO only). */
  undoes: Maybe<Change>;
  /** The change that undid this one, if any. */
  undoneBy: Maybe<Change>;
};

export type ChangeAction =
  | 'ADD_FACT'
  | 'MERGE'
  | 'RETRACT_FACT'
  | 'SPLIT'
  | 'UNDO';

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

export type ChangeResult = {
  __typename?: 'ChangeResult';
  change: Change;
  /** The entity the change is about: the kept one of a merge, the new one of a split, the source of a fact. */
  entity: Maybe<Entity>;
};

export type Contradiction = {
  /** One sentence for the analyst. */
  description: Scalars['String']['output'];
  kind: ContradictionKind;
};

export type ContradictionConnection = {
  __typename?: 'ContradictionConnection';
  edges: Array<ContradictionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContradictionEdge = {
  __typename?: 'ContradictionEdge';
  cursor: Scalars['String']['output'];
  node: Contradiction;
};

export type ContradictionKind =
  /** An event dated outside the period of the agreement it follows. */
  | 'EVENT_OUTSIDE_AGREEMENT_PERIOD'
  /** Two holders of one post attested at overlapping dates. */
  | 'OVERLAPPING_TENURES'
  /** A person at two events in different places on the same day. */
  | 'PERSON_IN_TWO_PLACES';

export type Country = Entity & Node & {
  __typename?: 'Country';
  agreements: AgreementConnection;
  aliases: Array<Scalars['String']['output']>;
  events: ParticipationConnection;
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2. */
  iso2: Scalars['String']['output'];
  name: Scalars['String']['output'];
};


export type CountryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  role?: InputMaybe<ParticipantRole>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type CountryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryConnection = {
  __typename?: 'CountryConnection';
  edges: Array<CountryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountryEdge = {
  __typename?: 'CountryEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Country;
};

/** Which countries a list holds. */
export type CountryFilter = {
  /** The name starts with this text, as written (case-sensitive). */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
};

/** A page of countries. */
export type CountryListConnection = {
  __typename?: 'CountryListConnection';
  /** The countries of this page. */
  edges: Array<CountryListEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many countries match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One country of a list. */
export type CountryListEdge = {
  __typename?: 'CountryListEdge';
  /** Opaque cursor of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The country. */
  node: Country;
};

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** A thing of the world the graph knows about: a person, organisation, country, position, event or agreement. */
export type Entity = {
  /** Every other name seen or given: spellings, surface forms, acronyms. */
  aliases: Array<Scalars['String']['output']>;
  /** Analyst corrections that touched this entity, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};


/** A thing of the world the graph knows about: a person, organisation, country, position, event or agreement. */
export type EntityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityType =
  | 'AGREEMENT'
  | 'COUNTRY'
  | 'EVENT'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POSITION';

export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Who accompanied whom at this event. */
  accompaniments: AccompanimentConnection;
  aliases: Array<Scalars['String']['output']>;
  /** The country it took place in (LOCATED_IN). */
  country: Maybe<CountryEdge>;
  /** The first day of what is known, with its precision. */
  date: Maybe<PartialDate>;
  /** The last day of an event of several days. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** The chain behind this event: what it follows, what that follows, and so on, nearest first. */
  followUpChain: FollowUpConnection;
  /** What follows from this event: agreements planned or signed as its follow-up. */
  followUps: FollowUpConnection;
  /** The agreements (or events) this event follows up or implements. */
  follows: FollowUpConnection;
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EventKind;
  /** Delegation leads (LED_BY). */
  leaders: LeaderConnection;
  name: Scalars['String']['output'];
  /** Persons, organisations and countries that took part, one edge per role. */
  participants: ParticipantConnection;
  place: Maybe<Scalars['String']['output']>;
  /** Visits received at this event: host and visitor. */
  visits: VisitConnection;
};


export type EventAccompanimentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventFollowUpChainArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventFollowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventLeadersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ParticipantRole>;
};


export type EventVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  /** How many of the events the arguments select (all pages) fall under each value of one dimension: meetings with a country per year. */
  counts: Array<FacetCount>;
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};


export type EventConnectionCountsArgs = {
  by: FacetDimension;
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventKind =
  | 'CONFERENCE'
  | 'COURTESY_VISIT'
  | 'JOINT_WORKING_GROUP'
  | 'MEETING'
  | 'OTHER'
  | 'SIGNING'
  | 'WORKING_VISIT'
  | 'WORKSHOP';

export type EventOutsideAgreementPeriod = Contradiction & {
  __typename?: 'EventOutsideAgreementPeriod';
  agreement: Agreement;
  description: Scalars['String']['output'];
  event: Event;
  kind: ContradictionKind;
};

/** Order of an event list. */
export type EventSort =
  /** Oldest first (by date, then name). */
  | 'DATE_ASC'
  /** Newest first (by date, then name). */
  | 'DATE_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC';

/** Why the graph holds a fact: the words of an article (or of an analyst) that state it. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Null for evidence entered by an analyst. */
  article: Maybe<Article>;
  /**
   * How sure the rule that read it is, 0 to 1 (not a calibrated probability): 0.9 a cue with both ends in its clause,
   * 0.8 one end read from the structure around it, 0.6 an end taken from an earlier sentence, 0.5 a guess; 1 for an
   * analyst's evidence.
   */
  confidence: Maybe<Scalars['Float']['output']>;
  /** The date the evidence speaks of (the event's date). */
  date: Maybe<PartialDate>;
  /** Character offset just past the quote; null for evidence entered by an analyst. */
  end: Maybe<Scalars['Int']['output']>;
  /** Version of the extractor that read it, or 'analyst'. */
  extractorVersion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The words that state the fact. */
  quote: Scalars['String']['output'];
  /**
   * The extractor's rule that read it: the cue list, with how its ends were found after a slash ("receivedVisit",
   * "accompaniedBy/fronted"); docs/ingest-format.md lists them. Null for an analyst's evidence and for evidence read
   * before rules were recorded.
   */
  rule: Maybe<Scalars['String']['output']>;
  /** The whole sentence around the quote. */
  sentence: Maybe<Scalars['String']['output']>;
  /** Character offset of the quote in the article body; null for evidence entered by an analyst. */
  start: Maybe<Scalars['Int']['output']>;
};

/** How many items of a list have one value of a dimension. An item with several (two countries party to one agreement) counts under each. */
export type FacetCount = {
  __typename?: 'FacetCount';
  /** Number of items with this value. */
  count: Scalars['Int']['output'];
  /** What to show: the year, the kind, or the country's or organisation's name. */
  label: Scalars['String']['output'];
  /** The value: a year ("2020"), a kind (MEETING), or a Country or Organization id. */
  value: Scalars['String']['output'];
};

/** A dimension a list is counted by. */
export type FacetDimension =
  /** The country an event took place in (LOCATED_IN), or each country party to an agreement. */
  | 'COUNTRY'
  /** The kind of the event or agreement. */
  | 'KIND'
  /** Each organisation taking part in an event (PARTICIPATED_IN), or party to an agreement. */
  | 'ORGANIZATION'
  /** The year of the event's date, or of the start of the agreement's period (items without one are not counted). */
  | 'YEAR';

/** One fact: a relationship between two entities, with its evidence. */
export type Fact = {
  __typename?: 'Fact';
  /** ACCOMPANIED_BY and RECEIVED_VISIT_FROM: the event it happened at. */
  event: Maybe<Event>;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  /** PARTICIPATED_IN only. */
  role: Maybe<ParticipantRole>;
  to: Entity;
  type: FactType;
};

/** Properties of a fact, by type: role (PARTICIPATED_IN), eventId (ACCOMPANIED_BY, RECEIVED_VISIT_FROM), … */
export type FactAttributesInput = {
  delegationOf?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  firstSeen?: InputMaybe<Scalars['Date']['input']>;
  firstSeenPrecision?: InputMaybe<DatePrecision>;
  former?: InputMaybe<Scalars['Boolean']['input']>;
  lastSeen?: InputMaybe<Scalars['Date']['input']>;
  lastSeenPrecision?: InputMaybe<DatePrecision>;
  role?: InputMaybe<ParticipantRole>;
};

/** The relationship types that state facts (docs/model.md). */
export type FactType =
  | 'ACCOMPANIED_BY'
  | 'ACCREDITED_TO'
  | 'FOLLOW_UP_OF'
  | 'HOLDS_POSITION'
  | 'LED_BY'
  | 'LOCATED_IN'
  | 'PARTICIPATED_IN'
  | 'PARTY_TO'
  | 'POSITION_OF'
  | 'RECEIVED_VISIT_FROM';

export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  edges: Array<FollowUpEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * One FOLLOW_UP_OF fact. The node is the other end: what is followed (follows, followUpChain) or what follows
 * (followUps). `from` follows up `to`. In a chain, depth 1 is followed directly, depth 2 through one step, ….
 */
export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  cursor: Scalars['String']['output'];
  depth: Scalars['Int']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  from: FollowUpNode;
  node: FollowUpNode;
  to: FollowUpNode;
};

export type FollowUpNode = Agreement | Event;

export type LeaderConnection = {
  __typename?: 'LeaderConnection';
  edges: Array<LeaderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A delegation lead of an event (LED_BY). */
export type LeaderEdge = {
  __typename?: 'LeaderEdge';
  cursor: Scalars['String']['output'];
  /** Whose delegation it is: a country or organisation. */
  delegationOf: Maybe<Entity>;
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Person;
};

/**
 * Analyst corrections. Each needs the API key (header x-api-key) and records a Change (who, when, why) linked to every
 * entity it touches; the actor is taken from the x-actor header.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** States a fact on the analyst's authority, with the quote that supports it. Reversible. */
  addFact: ChangeResult;
  /** Merges mergeId into keepId: its facts move to keepId, its names become aliases, all evidence is kept. Reversible. */
  mergeEntities: ChangeResult;
  /** Removes a fact; its evidence is kept. Reversible. */
  retractFact: ChangeResult;
  /** Creates a new entity of the same type named newName and moves the listed facts of id to it. Reversible. */
  splitEntity: ChangeResult;
  /** Reverts a change that has not been undone yet, recording the undo as a change of its own. */
  undoChange: ChangeResult;
};


/**
 * Analyst corrections. Each needs the API key (header x-api-key) and records a Change (who, when, why) linked to every
 * entity it touches; the actor is taken from the x-actor header.
 */
export type MutationAddFactArgs = {
  attributes?: InputMaybe<FactAttributesInput>;
  fromId: Scalars['ID']['input'];
  quote: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  toId: Scalars['ID']['input'];
  type: FactType;
};


/**
 * Analyst corrections. Each needs the API key (header x-api-key) and records a Change (who, when, why) linked to every
 * entity it touches; the actor is taken from the x-actor header.
 */
export type MutationMergeEntitiesArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Analyst corrections. Each needs the API key (header x-api-key) and records a Change (who, when, why) linked to every
 * entity it touches; the actor is taken from the x-actor header.
 */
export type MutationRetractFactArgs = {
  factId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Analyst corrections. Each needs the API key (header x-api-key) and records a Change (who, when, why) linked to every
 * entity it touches; the actor is taken from the x-actor header.
 */
export type MutationSplitEntityArgs = {
  factIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  newName: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Analyst corrections. Each needs the API key (header x-api-key) and records a Change (who, when, why) linked to every
 * entity it touches; the actor is taken from the x-actor header.
 */
export type MutationUndoChangeArgs = {
  changeId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Order of a list by display name. */
export type NameSort =
  /** A to Z (by code point: upper case before lower case). */
  | 'NAME_ASC'
  /** Z to A. */
  | 'NAME_DESC';

/** The entities met, most events first, then by name. */
export type NetworkConnection = {
  __typename?: 'NetworkConnection';
  /** The entities of this page. */
  edges: Array<NetworkEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many entities were met, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity met, with the events where they met. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** Number of distinct events where they met. */
  count: Scalars['Int']['output'];
  /** Opaque cursor of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** Those events, oldest first. */
  events: Array<Event>;
  /** The person, organisation or country met. */
  node: Participant;
};

/** Anything with a stable global id. The id is the graph id; its prefix names the type: person:suhardi-alius. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Organization = Entity & Node & {
  __typename?: 'Organization';
  acronym: Maybe<Scalars['String']['output']>;
  agreements: AgreementConnection;
  aliases: Array<Scalars['String']['output']>;
  /** The country it is located in (LOCATED_IN). */
  country: Maybe<CountryEdge>;
  events: ParticipationConnection;
  history: ChangeConnection;
  /** Holders of any of its posts whose tenure contains asOf (today's holders when asOf is omitted). */
  holders: TenureConnection;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** Whom this organisation met at the events it took part in, hosted or was visited at; as Person.network. */
  network: NetworkConnection;
  /** Its posts (POSITION_OF). */
  positions: PositionConnection;
  /** Every tenure of every one of its posts, by post and then in order of succession. */
  succession: TenureConnection;
};


export type OrganizationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  role?: InputMaybe<ParticipantRole>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type OrganizationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationNetworkArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type OrganizationPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationSuccessionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The organisation a post belongs to, or an organisation's post (POSITION_OF). */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Organization;
};

/** Which organisations a list holds. Every field given must hold. */
export type OrganizationFilter = {
  /** Located in this country (a Country id, e.g. country:FR). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Their kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Party to this agreement (an Agreement id). */
  partyTo?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganizationKind =
  | 'AGENCY'
  | 'EMBASSY'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_ORGANISATION'
  | 'MILITARY'
  | 'MINISTRY'
  | 'OTHER'
  | 'POLICE';

/** A page of organisations. */
export type OrganizationListConnection = {
  __typename?: 'OrganizationListConnection';
  /** The organisations of this page. */
  edges: Array<OrganizationListEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many organisations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One organisation of a list. */
export type OrganizationListEdge = {
  __typename?: 'OrganizationListEdge';
  /** Opaque cursor of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

export type OverlappingTenures = Contradiction & {
  __typename?: 'OverlappingTenures';
  description: Scalars['String']['output'];
  kind: ContradictionKind;
  position: Position;
  tenures: Array<Tenure>;
};

/** Relay page information (https://relay.dev/graphql/connections.htm). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A date with how much of it is known: 2018-09-01 with MONTH precision means September 2018. */
export type PartialDate = {
  __typename?: 'PartialDate';
  date: Scalars['Date']['output'];
  precision: DatePrecision;
};

export type Participant = Country | Organization | Person;

export type ParticipantConnection = {
  __typename?: 'ParticipantConnection';
  edges: Array<ParticipantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Taking part in an event with a role, seen from the event: the node is the participant. */
export type ParticipantEdge = {
  __typename?: 'ParticipantEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Participant;
  role: ParticipantRole;
};

export type ParticipantRole =
  | 'ACCOMPANYING'
  | 'DELEGATION_LEAD'
  | 'DELEGATION_MEMBER'
  | 'FACILITATOR'
  | 'GUEST'
  | 'HOST'
  | 'PARTICIPANT'
  | 'SPEAKER'
  | 'WITNESS';

export type ParticipationConnection = {
  __typename?: 'ParticipationConnection';
  edges: Array<ParticipationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Taking part in an event with a role, seen from the participant: the node is the event. */
export type ParticipationEdge = {
  __typename?: 'ParticipationEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Event;
  role: ParticipantRole;
};

/** An event a person took part in. Every field given must hold. */
export type ParticipationFilter = {
  /** The event took place in this country (a Country id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** The event ended on or after this date (inclusive). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The event's kind. */
  kind?: InputMaybe<EventKind>;
  /** The event started on or before this date (inclusive). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Party = Country | Organization;

export type PartyConnection = {
  __typename?: 'PartyConnection';
  edges: Array<PartyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Being party to an agreement (PARTY_TO), seen from the agreement: the node is the party. */
export type PartyEdge = {
  __typename?: 'PartyEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Party;
};

export type Path = {
  __typename?: 'Path';
  hops: Array<PathHop>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from `from` to `to`. */
  nodes: Array<Entity>;
};

/** One step of a path: a fact between the entity before it and the entity after it. */
export type PathHop = {
  __typename?: 'PathHop';
  /** The fact, whose own direction may be the other way. */
  fact: Fact;
  /** The entity this hop starts from, in the direction of the path. */
  from: Entity;
  /** The entity this hop arrives at. */
  to: Entity;
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Whom this person accompanied (they were the principal's companion), with the event. */
  accompanied: AccompanimentConnection;
  /** Who accompanied this person, with the event. */
  accompaniedBy: AccompanimentConnection;
  aliases: Array<Scalars['String']['output']>;
  /** Events taken part in, in date order, one edge per role. */
  events: ParticipationConnection;
  history: ChangeConnection;
  /** Ranks, titles and degrees split off the name: Komjen Pol., Drs., MH. */
  honorifics: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /**
   * Whom this person met: every person, organisation or country that took part in the same events (any role, leading,
   * accompanying, accompanied, visiting or visited), most events first, each with those events. Dates are ISO and
   * inclusive: an event counts when it ends on or after from and starts on or before to.
   */
  network: NetworkConnection;
  /** Posts held, oldest first; with asOf, only those whose tenure contains that date. */
  positions: TenureConnection;
  /** Events and the starts of tenures, in date order. */
  timeline: TimelineConnection;
};


export type PersonAccompaniedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonAccompaniedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  role?: InputMaybe<ParticipantRole>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonNetworkArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Which persons a list holds. Every field given must hold (AND). Dates are ISO (YYYY-MM-DD) and inclusive. The post
 * fields (heldPosition, asOf, from, to, country) speak of one and the same holding.
 */
export type PersonFilter = {
  /** Their tenure of the post contains this date (it started on or before it and the next holder had not started yet). Not with from or to. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** The post is one of an organisation located in this country (a Country id, e.g. country:ID). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Their tenure of the post overlaps the range from … to (either end may be left out). Not with asOf. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Held this post (a Position id) or a post of this organisation (an Organization id). Without asOf, from or to: at any time, former posts included. */
  heldPosition?: InputMaybe<Scalars['ID']['input']>;
  /** The name starts with this text, as written (case-sensitive): "Boy" finds Boy Rafli Amar. */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Took part (PARTICIPATED_IN, in any role) in an event that matches this. */
  participatedIn?: InputMaybe<ParticipationFilter>;
  /** End of the range, inclusive; see from. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type PersonInTwoPlaces = Contradiction & {
  __typename?: 'PersonInTwoPlaces';
  date: Scalars['Date']['output'];
  description: Scalars['String']['output'];
  events: Array<Event>;
  kind: ContradictionKind;
  person: Person;
};

/** A page of persons. */
export type PersonListConnection = {
  __typename?: 'PersonListConnection';
  /** The persons of this page. */
  edges: Array<PersonListEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many persons match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One person of a list. */
export type PersonListEdge = {
  __typename?: 'PersonListEdge';
  /** Opaque cursor of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

export type Position = Entity & Node & {
  __typename?: 'Position';
  /** Countries an ambassador's post is accredited to (ACCREDITED_TO). */
  accreditedTo: CountryConnection;
  aliases: Array<Scalars['String']['output']>;
  history: ChangeConnection;
  /**
   * Holders whose tenure contains asOf: they were first seen in the post on or before it and no later holder had
   * started by then. Without asOf: the current holder (the last to start).
   */
  holders: TenureConnection;
  id: Scalars['ID']['output'];
  /** The full post: Kepala BNPT. */
  name: Scalars['String']['output'];
  /** The organisation the post belongs to (POSITION_OF). */
  organization: Maybe<OrganizationEdge>;
  /** Every holder of the post in order: each tenure ends when the next holder's starts. */
  succession: TenureConnection;
  /** The title alone: Kepala. */
  title: Maybe<Scalars['String']['output']>;
};


export type PositionAccreditedToArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PositionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PositionHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PositionSuccessionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PositionConnection = {
  __typename?: 'PositionConnection';
  edges: Array<PositionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PositionEdge = {
  __typename?: 'PositionEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  node: Position;
};

/** Which posts a list holds. Every field given must hold. */
export type PositionFilter = {
  /** A post of an organisation located in this country (a Country id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Someone's tenure of the post contains this date (ISO, inclusive). */
  heldAsOf?: InputMaybe<Scalars['Date']['input']>;
  /** A post of this organisation (an Organization id). */
  organization?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of posts. */
export type PositionListConnection = {
  __typename?: 'PositionListConnection';
  /** The posts of this page. */
  edges: Array<PositionListEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many posts match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One post of a list. */
export type PositionListEdge = {
  __typename?: 'PositionListEdge';
  /** Opaque cursor of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The post. */
  node: Position;
};

export type Query = {
  __typename?: 'Query';
  /** Agreements, filtered by kind, status, parties (all required), start of their period and topic. */
  agreements: AgreementListConnection;
  /** Countries, optionally by a prefix of their name. */
  countries: CountryListConnection;
  /** Contradictions in the graph that an analyst should look at. */
  dataQuality: ContradictionConnection;
  /**
   * Events, oldest first unless sort says otherwise. Every argument given must hold: of one kind, between two ISO
   * dates (inclusive: an event counts when it ends on or after from and starts on or before to), with one participant
   * (any role, leading or accompanying), in a country, at a place, with an organisation taking part, with or without
   * a follow-up.
   */
  events: EventConnection;
  /** The entity with this id, or null. The id of an entity merged into another answers the one it was merged into. */
  node: Maybe<Node>;
  /** Organisations, filtered by kind, country and the agreements they are party to. */
  organizations: OrganizationListConnection;
  /**
   * The shortest chain of facts between two entities, in any direction, at most maxHops long (1 to 6), with the
   * evidence of each hop; null when there is none.
   */
  path: Maybe<Path>;
  /** Persons, filtered by name, by the posts they held (and when), by their organisation's country and by the events they took part in. */
  persons: PersonListConnection;
  /** Posts, filtered by organisation, by the country of their organisation and by whether someone held them on a date. */
  positions: PositionListConnection;
  /**
   * Full-text search over names, aliases, acronyms and variant spellings; case and accent insensitive. Words are
   * matched whole, by prefix, and (for words of five letters or more) with one typo. Best match first.
   */
  search: SearchConnection;
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AgreementSort>;
  where?: InputMaybe<AgreementFilter>;
};


export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
  where?: InputMaybe<CountryFilter>;
};


export type QueryDataQualityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  hasFollowUp?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<EventKind>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  participantId?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<EventSort>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
  where?: InputMaybe<OrganizationFilter>;
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
  where?: InputMaybe<PersonFilter>;
};


export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
  where?: InputMaybe<PositionFilter>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
  /** Relevance score of the full-text index: higher is better. */
  score: Scalars['Float']['output'];
};

/** A person's hold on a post (HOLDS_POSITION), placed in time. */
export type Tenure = {
  __typename?: 'Tenure';
  /** When the next holder started; for a former post, the date by which it had ended. Null while open. */
  end: Maybe<PartialDate>;
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  firstSeen: Maybe<PartialDate>;
  /** The post is known only as held before ("Mantan Sestama Lemhanas"). */
  former: Scalars['Boolean']['output'];
  lastSeen: Maybe<PartialDate>;
  person: Person;
  position: Position;
  /** The first dated attestation; null when the post is only known as a former one. */
  start: Maybe<PartialDate>;
};

export type TenureConnection = {
  __typename?: 'TenureConnection';
  edges: Array<TenureEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TenureEdge = {
  __typename?: 'TenureEdge';
  cursor: Scalars['String']['output'];
  node: Tenure;
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  date: PartialDate;
  event: Maybe<Event>;
  kind: TimelineEntryKind;
  /** Roles in the event (EVENT entries). */
  roles: Array<ParticipantRole>;
  tenure: Maybe<Tenure>;
};

export type TimelineEntryKind =
  /** Took part in an event (any role, accompanying or leading). */
  | 'EVENT'
  /** First seen in a post. */
  | 'TENURE_START';

export type VisitConnection = {
  __typename?: 'VisitConnection';
  edges: Array<VisitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A visit received at an event (RECEIVED_VISIT_FROM): the node is the visitor. */
export type VisitEdge = {
  __typename?: 'VisitEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  factId: Scalars['ID']['output'];
  host: Visitor;
  node: Visitor;
};

export type Visitor = Organization | Person;

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FollowUpNode:
    | ( EntityRow )
    | ( EntityRow )
  ;
  Participant:
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
  Party:
    | ( EntityRow )
    | ( EntityRow )
  ;
  Visitor:
    | ( EntityRow )
    | ( EntityRow )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Contradiction:
    | ( EventOutsideAgreementPeriodRow )
    | ( OverlappingTenuresRow )
    | ( PersonInTwoPlacesRow )
  ;
  Entity:
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
  Node:
    | ( EntityRow )
    | ( ChangeRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccompanimentConnection: ResolverTypeWrapper<Omit<AccompanimentConnection, 'edges'> & { edges: Array<ResolversTypes['AccompanimentEdge']> }>;
  AccompanimentEdge: ResolverTypeWrapper<Omit<AccompanimentEdge, 'companion' | 'event' | 'evidence' | 'node' | 'principal'> & { companion: ResolversTypes['Person'], event?: Maybe<ResolversTypes['Event']>, evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Person'], principal: ResolversTypes['Person'] }>;
  Agreement: ResolverTypeWrapper<EntityRow>;
  AgreementConnection: ResolverTypeWrapper<Omit<AgreementConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementEdge']> }>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'evidence' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Agreement'] }>;
  AgreementFilter: AgreementFilter;
  AgreementKind: AgreementKind;
  AgreementListConnection: ResolverTypeWrapper<CountableConnection>;
  AgreementListEdge: ResolverTypeWrapper<Omit<AgreementListEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementSort: AgreementSort;
  AgreementStatus: AgreementStatus;
  Article: ResolverTypeWrapper<ArticleRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeRow>;
  ChangeAction: ChangeAction;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeResult: ResolverTypeWrapper<Omit<ChangeResult, 'change' | 'entity'> & { change: ResolversTypes['Change'], entity?: Maybe<ResolversTypes['Entity']> }>;
  Contradiction: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Contradiction']>;
  ContradictionConnection: ResolverTypeWrapper<Omit<ContradictionConnection, 'edges'> & { edges: Array<ResolversTypes['ContradictionEdge']> }>;
  ContradictionEdge: ResolverTypeWrapper<Omit<ContradictionEdge, 'node'> & { node: ResolversTypes['Contradiction'] }>;
  ContradictionKind: ContradictionKind;
  Country: ResolverTypeWrapper<EntityRow>;
  CountryConnection: ResolverTypeWrapper<Omit<CountryConnection, 'edges'> & { edges: Array<ResolversTypes['CountryEdge']> }>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'evidence' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Country'] }>;
  CountryFilter: CountryFilter;
  CountryListConnection: ResolverTypeWrapper<Omit<CountryListConnection, 'edges'> & { edges: Array<ResolversTypes['CountryListEdge']> }>;
  CountryListEdge: ResolverTypeWrapper<Omit<CountryListEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EntityRow>;
  EventConnection: ResolverTypeWrapper<CountableConnection>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventKind: EventKind;
  EventOutsideAgreementPeriod: ResolverTypeWrapper<EventOutsideAgreementPeriodRow>;
  EventSort: EventSort;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  FacetDimension: FacetDimension;
  Fact: ResolverTypeWrapper<FactRow>;
  FactAttributesInput: FactAttributesInput;
  FactType: FactType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpConnection: ResolverTypeWrapper<Omit<FollowUpConnection, 'edges'> & { edges: Array<ResolversTypes['FollowUpEdge']> }>;
  FollowUpEdge: ResolverTypeWrapper<Omit<FollowUpEdge, 'evidence' | 'from' | 'node' | 'to'> & { evidence: Array<ResolversTypes['Evidence']>, from: ResolversTypes['FollowUpNode'], node: ResolversTypes['FollowUpNode'], to: ResolversTypes['FollowUpNode'] }>;
  FollowUpNode: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FollowUpNode']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LeaderConnection: ResolverTypeWrapper<Omit<LeaderConnection, 'edges'> & { edges: Array<ResolversTypes['LeaderEdge']> }>;
  LeaderEdge: ResolverTypeWrapper<Omit<LeaderEdge, 'delegationOf' | 'evidence' | 'node'> & { delegationOf?: Maybe<ResolversTypes['Entity']>, evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Person'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameSort: NameSort;
  NetworkConnection: ResolverTypeWrapper<Omit<NetworkConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkEdge']> }>;
  NetworkEdge: ResolverTypeWrapper<Omit<NetworkEdge, 'events' | 'node'> & { events: Array<ResolversTypes['Event']>, node: ResolversTypes['Participant'] }>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<EntityRow>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'evidence' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationListConnection: ResolverTypeWrapper<Omit<OrganizationListConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationListEdge']> }>;
  OrganizationListEdge: ResolverTypeWrapper<Omit<OrganizationListEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OverlappingTenures: ResolverTypeWrapper<OverlappingTenuresRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<PartialDate>;
  Participant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Participant']>;
  ParticipantConnection: ResolverTypeWrapper<Omit<ParticipantConnection, 'edges'> & { edges: Array<ResolversTypes['ParticipantEdge']> }>;
  ParticipantEdge: ResolverTypeWrapper<Omit<ParticipantEdge, 'evidence' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Participant'] }>;
  ParticipantRole: ParticipantRole;
  ParticipationConnection: ResolverTypeWrapper<Omit<ParticipationConnection, 'edges'> & { edges: Array<ResolversTypes['ParticipationEdge']> }>;
  ParticipationEdge: ResolverTypeWrapper<Omit<ParticipationEdge, 'evidence' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Event'] }>;
  ParticipationFilter: ParticipationFilter;
  Party: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Party']>;
  PartyConnection: ResolverTypeWrapper<Omit<PartyConnection, 'edges'> & { edges: Array<ResolversTypes['PartyEdge']> }>;
  PartyEdge: ResolverTypeWrapper<Omit<PartyEdge, 'evidence' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Party'] }>;
  Path: ResolverTypeWrapper<PathRow>;
  PathHop: ResolverTypeWrapper<PathHopRow>;
  Person: ResolverTypeWrapper<EntityRow>;
  PersonFilter: PersonFilter;
  PersonInTwoPlaces: ResolverTypeWrapper<PersonInTwoPlacesRow>;
  PersonListConnection: ResolverTypeWrapper<Omit<PersonListConnection, 'edges'> & { edges: Array<ResolversTypes['PersonListEdge']> }>;
  PersonListEdge: ResolverTypeWrapper<Omit<PersonListEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Position: ResolverTypeWrapper<EntityRow>;
  PositionConnection: ResolverTypeWrapper<Omit<PositionConnection, 'edges'> & { edges: Array<ResolversTypes['PositionEdge']> }>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'evidence' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, node: ResolversTypes['Position'] }>;
  PositionFilter: PositionFilter;
  PositionListConnection: ResolverTypeWrapper<Omit<PositionListConnection, 'edges'> & { edges: Array<ResolversTypes['PositionListEdge']> }>;
  PositionListEdge: ResolverTypeWrapper<Omit<PositionListEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tenure: ResolverTypeWrapper<TenureRow>;
  TenureConnection: ResolverTypeWrapper<Omit<TenureConnection, 'edges'> & { edges: Array<ResolversTypes['TenureEdge']> }>;
  TenureEdge: ResolverTypeWrapper<Omit<TenureEdge, 'node'> & { node: ResolversTypes['Tenure'] }>;
  TimelineConnection: ResolverTypeWrapper<Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineEdge']> }>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<Omit<TimelineEntry, 'event' | 'tenure'> & { event?: Maybe<ResolversTypes['Event']>, tenure?: Maybe<ResolversTypes['Tenure']> }>;
  TimelineEntryKind: TimelineEntryKind;
  VisitConnection: ResolverTypeWrapper<Omit<VisitConnection, 'edges'> & { edges: Array<ResolversTypes['VisitEdge']> }>;
  VisitEdge: ResolverTypeWrapper<Omit<VisitEdge, 'evidence' | 'host' | 'node'> & { evidence: Array<ResolversTypes['Evidence']>, host: ResolversTypes['Visitor'], node: ResolversTypes['Visitor'] }>;
  Visitor: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Visitor']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccompanimentConnection: Omit<AccompanimentConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccompanimentEdge']> };
  AccompanimentEdge: Omit<AccompanimentEdge, 'companion' | 'event' | 'evidence' | 'node' | 'principal'> & { companion: ResolversParentTypes['Person'], event?: Maybe<ResolversParentTypes['Event']>, evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Person'], principal: ResolversParentTypes['Person'] };
  Agreement: EntityRow;
  AgreementConnection: Omit<AgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementEdge']> };
  AgreementEdge: Omit<AgreementEdge, 'evidence' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Agreement'] };
  AgreementFilter: AgreementFilter;
  AgreementListConnection: CountableConnection;
  AgreementListEdge: Omit<AgreementListEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  Article: ArticleRow;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeRow;
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeResult: Omit<ChangeResult, 'change' | 'entity'> & { change: ResolversParentTypes['Change'], entity?: Maybe<ResolversParentTypes['Entity']> };
  Contradiction: ResolversInterfaceTypes<ResolversParentTypes>['Contradiction'];
  ContradictionConnection: Omit<ContradictionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContradictionEdge']> };
  ContradictionEdge: Omit<ContradictionEdge, 'node'> & { node: ResolversParentTypes['Contradiction'] };
  Country: EntityRow;
  CountryConnection: Omit<CountryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CountryEdge']> };
  CountryEdge: Omit<CountryEdge, 'evidence' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Country'] };
  CountryFilter: CountryFilter;
  CountryListConnection: Omit<CountryListConnection, 'edges'> & { edges: Array<ResolversParentTypes['CountryListEdge']> };
  CountryListEdge: Omit<CountryListEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  Event: EntityRow;
  EventConnection: CountableConnection;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventOutsideAgreementPeriod: EventOutsideAgreementPeriodRow;
  Evidence: EvidenceRow;
  FacetCount: FacetCount;
  Fact: FactRow;
  FactAttributesInput: FactAttributesInput;
  Float: Scalars['Float']['output'];
  FollowUpConnection: Omit<FollowUpConnection, 'edges'> & { edges: Array<ResolversParentTypes['FollowUpEdge']> };
  FollowUpEdge: Omit<FollowUpEdge, 'evidence' | 'from' | 'node' | 'to'> & { evidence: Array<ResolversParentTypes['Evidence']>, from: ResolversParentTypes['FollowUpNode'], node: ResolversParentTypes['FollowUpNode'], to: ResolversParentTypes['FollowUpNode'] };
  FollowUpNode: ResolversUnionTypes<ResolversParentTypes>['FollowUpNode'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LeaderConnection: Omit<LeaderConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeaderEdge']> };
  LeaderEdge: Omit<LeaderEdge, 'delegationOf' | 'evidence' | 'node'> & { delegationOf?: Maybe<ResolversParentTypes['Entity']>, evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Person'] };
  Mutation: Record<PropertyKey, never>;
  NetworkConnection: Omit<NetworkConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkEdge']> };
  NetworkEdge: Omit<NetworkEdge, 'events' | 'node'> & { events: Array<ResolversParentTypes['Event']>, node: ResolversParentTypes['Participant'] };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityRow;
  OrganizationEdge: Omit<OrganizationEdge, 'evidence' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationListConnection: Omit<OrganizationListConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationListEdge']> };
  OrganizationListEdge: Omit<OrganizationListEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OverlappingTenures: OverlappingTenuresRow;
  PageInfo: PageInfo;
  PartialDate: PartialDate;
  Participant: ResolversUnionTypes<ResolversParentTypes>['Participant'];
  ParticipantConnection: Omit<ParticipantConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParticipantEdge']> };
  ParticipantEdge: Omit<ParticipantEdge, 'evidence' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Participant'] };
  ParticipationConnection: Omit<ParticipationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParticipationEdge']> };
  ParticipationEdge: Omit<ParticipationEdge, 'evidence' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Event'] };
  ParticipationFilter: ParticipationFilter;
  Party: ResolversUnionTypes<ResolversParentTypes>['Party'];
  PartyConnection: Omit<PartyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyEdge']> };
  PartyEdge: Omit<PartyEdge, 'evidence' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Party'] };
  Path: PathRow;
  PathHop: PathHopRow;
  Person: EntityRow;
  PersonFilter: PersonFilter;
  PersonInTwoPlaces: PersonInTwoPlacesRow;
  PersonListConnection: Omit<PersonListConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonListEdge']> };
  PersonListEdge: Omit<PersonListEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Position: EntityRow;
  PositionConnection: Omit<PositionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PositionEdge']> };
  PositionEdge: Omit<PositionEdge, 'evidence' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, node: ResolversParentTypes['Position'] };
  PositionFilter: PositionFilter;
  PositionListConnection: Omit<PositionListConnection, 'edges'> & { edges: Array<ResolversParentTypes['PositionListEdge']> };
  PositionListEdge: Omit<PositionListEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  Query: Record<PropertyKey, never>;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  String: Scalars['String']['output'];
  Tenure: TenureRow;
  TenureConnection: Omit<TenureConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenureEdge']> };
  TenureEdge: Omit<TenureEdge, 'node'> & { node: ResolversParentTypes['Tenure'] };
  TimelineConnection: Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineEdge']> };
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: Omit<TimelineEntry, 'event' | 'tenure'> & { event?: Maybe<ResolversParentTypes['Event']>, tenure?: Maybe<ResolversParentTypes['Tenure']> };
  VisitConnection: Omit<VisitConnection, 'edges'> & { edges: Array<ResolversParentTypes['VisitEdge']> };
  VisitEdge: Omit<VisitEdge, 'evidence' | 'host' | 'node'> & { evidence: Array<ResolversParentTypes['Evidence']>, host: ResolversParentTypes['Visitor'], node: ResolversParentTypes['Visitor'] };
  Visitor: ResolversUnionTypes<ResolversParentTypes>['Visitor'];
}>;

export type AccompanimentConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccompanimentConnection'] = ResolversParentTypes['AccompanimentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccompanimentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccompanimentEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccompanimentEdge'] = ResolversParentTypes['AccompanimentEdge']> = ResolversObject<{
  companion?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  followUps?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<AgreementFollowUpsArgs, 'first'>>;
  follows?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<AgreementFollowsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<AgreementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<ResolversTypes['PartyConnection'], ParentType, ContextType, RequireFields<AgreementPartiesArgs, 'first'>>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
}>;

export type AgreementListConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementListConnection'] = ResolversParentTypes['AgreementListConnection']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType, RequireFields<AgreementListConnectionCountsArgs, 'by'>>;
  edges?: Resolver<Array<ResolversTypes['AgreementListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementListEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementListEdge'] = ResolversParentTypes['AgreementListEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  factId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undoes?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChangeConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
}>;

export type ChangeResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChangeResult'] = ResolversParentTypes['ChangeResult']> = ResolversObject<{
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type ContradictionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Contradiction'] = ResolversParentTypes['Contradiction']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EventOutsideAgreementPeriod' | 'OverlappingTenures' | 'PersonInTwoPlaces', ParentType, ContextType>;
}>;

export type ContradictionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContradictionConnection'] = ResolversParentTypes['ContradictionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContradictionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContradictionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContradictionEdge'] = ResolversParentTypes['ContradictionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contradiction'], ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<CountryAgreementsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<CountryEventsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<CountryHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
}>;

export type CountryListConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountryListConnection'] = ResolversParentTypes['CountryListConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CountryListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryListEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountryListEdge'] = ResolversParentTypes['CountryListEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Country' | 'Event' | 'Organization' | 'Person' | 'Position', ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  accompaniments?: Resolver<ResolversTypes['AccompanimentConnection'], ParentType, ContextType, RequireFields<EventAccompanimentsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followUpChain?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<EventFollowUpChainArgs, 'first'>>;
  followUps?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<EventFollowUpsArgs, 'first'>>;
  follows?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<EventFollowsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<EventHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  leaders?: Resolver<ResolversTypes['LeaderConnection'], ParentType, ContextType, RequireFields<EventLeadersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['ParticipantConnection'], ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['VisitConnection'], ParentType, ContextType, RequireFields<EventVisitsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType, RequireFields<EventConnectionCountsArgs, 'by'>>;
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventOutsideAgreementPeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventOutsideAgreementPeriod'] = ResolversParentTypes['EventOutsideAgreementPeriod']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContradictionKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  extractorVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type FacetCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FactResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = ResolversObject<{
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ParticipantRole']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FactType'], ParentType, ContextType>;
}>;

export type FollowUpConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUpConnection'] = ResolversParentTypes['FollowUpConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FollowUpEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FollowUpEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUpEdge'] = ResolversParentTypes['FollowUpEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['FollowUpNode'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FollowUpNode'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['FollowUpNode'], ParentType, ContextType>;
}>;

export type FollowUpNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUpNode'] = ResolversParentTypes['FollowUpNode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Event', ParentType, ContextType>;
}>;

export type LeaderConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaderConnection'] = ResolversParentTypes['LeaderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeaderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaderEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaderEdge'] = ResolversParentTypes['LeaderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delegationOf?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addFact?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationAddFactArgs, 'fromId' | 'quote' | 'reason' | 'toId' | 'type'>>;
  mergeEntities?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keepId' | 'mergeId' | 'reason'>>;
  retractFact?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationRetractFactArgs, 'factId' | 'reason'>>;
  splitEntity?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationSplitEntityArgs, 'factIds' | 'id' | 'newName' | 'reason'>>;
  undoChange?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationUndoChangeArgs, 'changeId'>>;
}>;

export type NetworkConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkConnection'] = ResolversParentTypes['NetworkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Change' | 'Country' | 'Event' | 'Organization' | 'Person' | 'Position', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<OrganizationAgreementsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<OrganizationHistoryArgs, 'first'>>;
  holders?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<OrganizationHoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkConnection'], ParentType, ContextType, RequireFields<OrganizationNetworkArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<OrganizationPositionsArgs, 'first'>>;
  succession?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<OrganizationSuccessionArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationListConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationListConnection'] = ResolversParentTypes['OrganizationListConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationListEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationListEdge'] = ResolversParentTypes['OrganizationListEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OverlappingTenuresResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OverlappingTenures'] = ResolversParentTypes['OverlappingTenures']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContradictionKind'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  tenures?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartialDateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartialDate'] = ResolversParentTypes['PartialDate']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Country' | 'Organization' | 'Person', ParentType, ContextType>;
}>;

export type ParticipantConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParticipantConnection'] = ResolversParentTypes['ParticipantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParticipantEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParticipantEdge'] = ResolversParentTypes['ParticipantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
}>;

export type ParticipationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParticipationConnection'] = ResolversParentTypes['ParticipationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ParticipationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParticipationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParticipationEdge'] = ResolversParentTypes['ParticipationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Country' | 'Organization', ParentType, ContextType>;
}>;

export type PartyConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartyConnection'] = ResolversParentTypes['PartyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartyEdge'] = ResolversParentTypes['PartyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  hops?: Resolver<Array<ResolversTypes['PathHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type PathHopResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathHop'] = ResolversParentTypes['PathHop']> = ResolversObject<{
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  accompanied?: Resolver<ResolversTypes['AccompanimentConnection'], ParentType, ContextType, RequireFields<PersonAccompaniedArgs, 'first'>>;
  accompaniedBy?: Resolver<ResolversTypes['AccompanimentConnection'], ParentType, ContextType, RequireFields<PersonAccompaniedByArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<PersonEventsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<PersonHistoryArgs, 'first'>>;
  honorifics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkConnection'], ParentType, ContextType, RequireFields<PersonNetworkArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<PersonPositionsArgs, 'first'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<PersonTimelineArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonInTwoPlacesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonInTwoPlaces'] = ResolversParentTypes['PersonInTwoPlaces']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContradictionKind'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonListConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonListConnection'] = ResolversParentTypes['PersonListConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonListEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonListEdge'] = ResolversParentTypes['PersonListEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  accreditedTo?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, RequireFields<PositionAccreditedToArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<PositionHistoryArgs, 'first'>>;
  holders?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<PositionHoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  succession?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<PositionSuccessionArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PositionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PositionConnection'] = ResolversParentTypes['PositionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PositionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PositionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PositionEdge'] = ResolversParentTypes['PositionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
}>;

export type PositionListConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PositionListConnection'] = ResolversParentTypes['PositionListConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PositionListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PositionListEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PositionListEdge'] = ResolversParentTypes['PositionListEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['AgreementListConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first' | 'sort'>>;
  countries?: Resolver<ResolversTypes['CountryListConnection'], ParentType, ContextType, RequireFields<QueryCountriesArgs, 'first' | 'sort'>>;
  dataQuality?: Resolver<ResolversTypes['ContradictionConnection'], ParentType, ContextType, RequireFields<QueryDataQualityArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'sort'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationListConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first' | 'sort'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  persons?: Resolver<ResolversTypes['PersonListConnection'], ParentType, ContextType, RequireFields<QueryPersonsArgs, 'first' | 'sort'>>;
  positions?: Resolver<ResolversTypes['PositionListConnection'], ParentType, ContextType, RequireFields<QueryPositionsArgs, 'first' | 'sort'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
}>;

export type SearchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TenureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  former?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
}>;

export type TenureConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TenureConnection'] = ResolversParentTypes['TenureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TenureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TenureEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TenureEdge'] = ResolversParentTypes['TenureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tenure'], ParentType, ContextType>;
}>;

export type TimelineConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = ResolversObject<{
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['ParticipantRole']>, ParentType, ContextType>;
  tenure?: Resolver<Maybe<ResolversTypes['Tenure']>, ParentType, ContextType>;
}>;

export type VisitConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VisitConnection'] = ResolversParentTypes['VisitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VisitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VisitEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VisitEdge'] = ResolversParentTypes['VisitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['Visitor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Visitor'], ParentType, ContextType>;
}>;

export type VisitorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Visitor'] = ResolversParentTypes['Visitor']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ApiContext> = ResolversObject<{
  AccompanimentConnection?: AccompanimentConnectionResolvers<ContextType>;
  AccompanimentEdge?: AccompanimentEdgeResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AgreementListConnection?: AgreementListConnectionResolvers<ContextType>;
  AgreementListEdge?: AgreementListEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeResult?: ChangeResultResolvers<ContextType>;
  Contradiction?: ContradictionResolvers<ContextType>;
  ContradictionConnection?: ContradictionConnectionResolvers<ContextType>;
  ContradictionEdge?: ContradictionEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  CountryListConnection?: CountryListConnectionResolvers<ContextType>;
  CountryListEdge?: CountryListEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventOutsideAgreementPeriod?: EventOutsideAgreementPeriodResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FollowUpConnection?: FollowUpConnectionResolvers<ContextType>;
  FollowUpEdge?: FollowUpEdgeResolvers<ContextType>;
  FollowUpNode?: FollowUpNodeResolvers<ContextType>;
  LeaderConnection?: LeaderConnectionResolvers<ContextType>;
  LeaderEdge?: LeaderEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkConnection?: NetworkConnectionResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationListConnection?: OrganizationListConnectionResolvers<ContextType>;
  OrganizationListEdge?: OrganizationListEdgeResolvers<ContextType>;
  OverlappingTenures?: OverlappingTenuresResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: PartialDateResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  ParticipantConnection?: ParticipantConnectionResolvers<ContextType>;
  ParticipantEdge?: ParticipantEdgeResolvers<ContextType>;
  ParticipationConnection?: ParticipationConnectionResolvers<ContextType>;
  ParticipationEdge?: ParticipationEdgeResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PartyConnection?: PartyConnectionResolvers<ContextType>;
  PartyEdge?: PartyEdgeResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonInTwoPlaces?: PersonInTwoPlacesResolvers<ContextType>;
  PersonListConnection?: PersonListConnectionResolvers<ContextType>;
  PersonListEdge?: PersonListEdgeResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  PositionListConnection?: PositionListConnectionResolvers<ContextType>;
  PositionListEdge?: PositionListEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
  TenureConnection?: TenureConnectionResolvers<ContextType>;
  TenureEdge?: TenureEdgeResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  VisitConnection?: VisitConnectionResolvers<ContextType>;
  VisitEdge?: VisitEdgeResolvers<ContextType>;
  Visitor?: VisitorResolvers<ContextType>;
}>;

