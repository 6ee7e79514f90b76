/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AgreementKind =
  | 'DECLARATION'
  | 'MOU'
  | 'OTHER'
  | 'WORKPLAN';

export type AgreementStatus =
  | 'ENDED'
  | 'IN_FORCE'
  | 'PLANNED'
  | 'SIGNED';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type EventKind =
  | 'CONFERENCE'
  | 'COURTESY_VISIT'
  | 'JOINT_WORKING_GROUP'
  | 'MEETING'
  | 'OTHER'
  | 'SIGNING'
  | 'WORKING_VISIT'
  | 'WORKSHOP';

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

export type OrganizationKind =
  | 'AGENCY'
  | 'EMBASSY'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_ORGANISATION'
  | 'MILITARY'
  | 'MINISTRY'
  | 'OTHER'
  | 'POLICE';

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

export type TimelineEntryKind =
  /** Took part in an event (any role, accompanying or leading). */
  | 'EVENT'
  /** First seen in a post. */
  | 'TENURE_START';

type EntityRef_Agreement_Fragment = { __typename: 'Agreement', id: string, name: string };

type EntityRef_Country_Fragment = { __typename: 'Country', id: string, name: string };

type EntityRef_Event_Fragment = { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null };

type EntityRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type EntityRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

type EntityRef_Position_Fragment = { __typename: 'Position', id: string, name: string };

export type EntityRefFragment =
  | EntityRef_Agreement_Fragment
  | EntityRef_Country_Fragment
  | EntityRef_Event_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Position_Fragment
;

export type EvidenceFieldsFragment = { __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null };

export type TenureFieldsFragment = { __typename: 'Tenure', factId: string, former: boolean, start: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, end: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, person: { __typename: 'Person', id: string, name: string }, position: { __typename: 'Position', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> };

export type AccompanimentFieldsFragment = { __typename: 'AccompanimentEdge', factId: string, principal: { __typename: 'Person', id: string, name: string }, companion: { __typename: 'Person', id: string, name: string }, event: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null } | null, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> };

export type FollowUpFieldsFragment = { __typename: 'FollowUpEdge', factId: string, from:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
  , to:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
  , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> };

export type PageFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { __typename: 'Query', search: { __typename: 'SearchConnection', totalCount: number, edges: Array<{ __typename: 'SearchEdge', score: number, node:
        | { __typename: 'Agreement', aliases: Array<string>, id: string, name: string }
        | { __typename: 'Country', aliases: Array<string>, id: string, name: string }
        | { __typename: 'Event', aliases: Array<string>, kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
        | { __typename: 'Organization', aliases: Array<string>, id: string, name: string }
        | { __typename: 'Person', aliases: Array<string>, id: string, name: string }
        | { __typename: 'Position', aliases: Array<string>, id: string, name: string }
       }> } };

export type EntityCardQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityCardQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', aliases: Array<string>, status: AgreementStatus, periodStart: string | null, periodEnd: string | null, topics: Array<string>, id: string, name: string, agreementKind: AgreementKind }
    | { __typename: 'Change' }
    | { __typename: 'Country', aliases: Array<string>, iso2: string, id: string, name: string }
    | { __typename: 'Event', aliases: Array<string>, endDate: string | null, place: string | null, kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
    | { __typename: 'Organization', aliases: Array<string>, acronym: string | null, id: string, name: string, orgKind: OrganizationKind }
    | { __typename: 'Person', aliases: Array<string>, honorifics: Array<string>, id: string, name: string, positions: { __typename: 'TenureConnection', totalCount: number, edges: Array<{ __typename: 'TenureEdge', node: { __typename: 'Tenure', factId: string, former: boolean, start: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, end: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, person: { __typename: 'Person', id: string, name: string }, position: { __typename: 'Position', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> } }> } }
    | { __typename: 'Position', aliases: Array<string>, title: string | null, id: string, name: string }
   | null };

export type PersonNeighboursQueryVariables = Exact<{
  id: string | number;
  first: number;
  aPositions?: string | null | undefined;
  wPositions?: boolean | null | undefined;
  aEvents?: string | null | undefined;
  wEvents?: boolean | null | undefined;
  aAccompanied?: string | null | undefined;
  wAccompanied?: boolean | null | undefined;
  aAccompaniedBy?: string | null | undefined;
  wAccompaniedBy?: boolean | null | undefined;
}>;


export type PersonNeighboursQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'Change' }
    | { __typename: 'Country' }
    | { __typename: 'Event' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', positions?: { __typename: 'TenureConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'TenureEdge', node: { __typename: 'Tenure', factId: string, former: boolean, start: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, end: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, person: { __typename: 'Person', id: string, name: string }, position: { __typename: 'Position', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> } }> }, events?: { __typename: 'ParticipationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ParticipationEdge', role: ParticipantRole, factId: string, node: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, accompanied?: { __typename: 'AccompanimentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccompanimentEdge', factId: string, principal: { __typename: 'Person', id: string, name: string }, companion: { __typename: 'Person', id: string, name: string }, event: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null } | null, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, accompaniedBy?: { __typename: 'AccompanimentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccompanimentEdge', factId: string, principal: { __typename: 'Person', id: string, name: string }, companion: { __typename: 'Person', id: string, name: string }, event: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null } | null, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> } }
    | { __typename: 'Position' }
   | null };

export type OrganizationNeighboursQueryVariables = Exact<{
  id: string | number;
  first: number;
  aPositions?: string | null | undefined;
  wPositions?: boolean | null | undefined;
  aEvents?: string | null | undefined;
  wEvents?: boolean | null | undefined;
  aAgreements?: string | null | undefined;
  wAgreements?: boolean | null | undefined;
  wCountry?: boolean | null | undefined;
}>;


export type OrganizationNeighboursQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'Change' }
    | { __typename: 'Country' }
    | { __typename: 'Event' }
    | { __typename: 'Organization', country?: { __typename: 'CountryEdge', factId: string, node: { __typename: 'Country', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> } | null, positions?: { __typename: 'PositionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PositionEdge', factId: string, node: { __typename: 'Position', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, events?: { __typename: 'ParticipationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ParticipationEdge', role: ParticipantRole, factId: string, node: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, agreements?: { __typename: 'AgreementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AgreementEdge', factId: string, node: { __typename: 'Agreement', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> } }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
   | null };

export type CountryNeighboursQueryVariables = Exact<{
  id: string | number;
  first: number;
  aEvents?: string | null | undefined;
  wEvents?: boolean | null | undefined;
  aAgreements?: string | null | undefined;
  wAgreements?: boolean | null | undefined;
}>;


export type CountryNeighboursQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'Change' }
    | { __typename: 'Country', events?: { __typename: 'ParticipationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ParticipationEdge', role: ParticipantRole, factId: string, node: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, agreements?: { __typename: 'AgreementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AgreementEdge', factId: string, node: { __typename: 'Agreement', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> } }
    | { __typename: 'Event' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
   | null };

export type PositionNeighboursQueryVariables = Exact<{
  id: string | number;
  first: number;
  aSuccession?: string | null | undefined;
  wSuccession?: boolean | null | undefined;
  aAccreditedTo?: string | null | undefined;
  wAccreditedTo?: boolean | null | undefined;
  wOrganization?: boolean | null | undefined;
}>;


export type PositionNeighboursQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'Change' }
    | { __typename: 'Country' }
    | { __typename: 'Event' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position', organization?: { __typename: 'OrganizationEdge', factId: string, node: { __typename: 'Organization', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> } | null, accreditedTo?: { __typename: 'CountryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CountryEdge', factId: string, node: { __typename: 'Country', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, succession?: { __typename: 'TenureConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'TenureEdge', node: { __typename: 'Tenure', factId: string, former: boolean, start: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, end: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, person: { __typename: 'Person', id: string, name: string }, position: { __typename: 'Position', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> } }> } }
   | null };

export type EventNeighboursQueryVariables = Exact<{
  id: string | number;
  first: number;
  aParticipants?: string | null | undefined;
  wParticipants?: boolean | null | undefined;
  aAccompaniments?: string | null | undefined;
  wAccompaniments?: boolean | null | undefined;
  aLeaders?: string | null | undefined;
  wLeaders?: boolean | null | undefined;
  aVisits?: string | null | undefined;
  wVisits?: boolean | null | undefined;
  aFollows?: string | null | undefined;
  wFollows?: boolean | null | undefined;
  aFollowUps?: string | null | undefined;
  wFollowUps?: boolean | null | undefined;
  wCountry?: boolean | null | undefined;
}>;


export type EventNeighboursQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'Change' }
    | { __typename: 'Country' }
    | { __typename: 'Event', country?: { __typename: 'CountryEdge', factId: string, node: { __typename: 'Country', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> } | null, participants?: { __typename: 'ParticipantConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ParticipantEdge', role: ParticipantRole, factId: string, node:
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, accompaniments?: { __typename: 'AccompanimentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccompanimentEdge', factId: string, principal: { __typename: 'Person', id: string, name: string }, companion: { __typename: 'Person', id: string, name: string }, event: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null } | null, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, leaders?: { __typename: 'LeaderConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'LeaderEdge', factId: string, node: { __typename: 'Person', id: string, name: string }, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, visits?: { __typename: 'VisitConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'VisitEdge', factId: string, node:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          , host:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, follows?: { __typename: 'FollowUpConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FollowUpEdge', factId: string, from:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , to:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, followUps?: { __typename: 'FollowUpConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FollowUpEdge', factId: string, from:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , to:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> } }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
   | null };

export type AgreementNeighboursQueryVariables = Exact<{
  id: string | number;
  first: number;
  aParties?: string | null | undefined;
  wParties?: boolean | null | undefined;
  aFollows?: string | null | undefined;
  wFollows?: boolean | null | undefined;
  aFollowUps?: string | null | undefined;
  wFollowUps?: boolean | null | undefined;
}>;


export type AgreementNeighboursQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', parties?: { __typename: 'PartyConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PartyEdge', factId: string, node:
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, follows?: { __typename: 'FollowUpConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FollowUpEdge', factId: string, from:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , to:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> }, followUps?: { __typename: 'FollowUpConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FollowUpEdge', factId: string, from:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , to:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          , evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> }> } }
    | { __typename: 'Change' }
    | { __typename: 'Country' }
    | { __typename: 'Event' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
   | null };

export type TimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type TimelineQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'Change' }
    | { __typename: 'Country' }
    | { __typename: 'Event' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', timeline: { __typename: 'TimelineConnection', totalCount: number, edges: Array<{ __typename: 'TimelineEdge', node: { __typename: 'TimelineEntry', kind: TimelineEntryKind, roles: Array<ParticipantRole>, date: { __typename: 'PartialDate', date: string, precision: DatePrecision }, event: { __typename: 'Event', place: string | null, kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null } | null, tenure: { __typename: 'Tenure', factId: string, former: boolean, position: { __typename: 'Position', id: string, name: string }, start: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, end: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null } | null } }> } }
    | { __typename: 'Position' }
   | null };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type PathQuery = { __typename: 'Query', path: { __typename: 'Path', length: number, nodes: Array<
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Position', id: string, name: string }
    >, hops: Array<{ __typename: 'PathHop', from:
        | { __typename: 'Agreement', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, name: string }
      , to:
        | { __typename: 'Agreement', id: string, name: string }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, name: string }
      , fact: { __typename: 'Fact', id: string, type: FactType, role: ParticipantRole | null, from:
          | { __typename: 'Agreement', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, name: string }
        , to:
          | { __typename: 'Agreement', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, name: string }
        , event: { __typename: 'Event', kind: EventKind, id: string, name: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null } | null, evidence: Array<{ __typename: 'Evidence', id: string, quote: string, sentence: string | null, start: number | null, end: number | null, confidence: number | null, extractorVersion: string, date: { __typename: 'PartialDate', date: string, precision: DatePrecision } | null, article: { __typename: 'Article', id: string, title: string | null, url: string | null, publishedAt: string | null, source: string | null } | null }> } }> } | null };
