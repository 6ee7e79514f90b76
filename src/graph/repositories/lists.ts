/**
 * The list roots: persons, organisations, countries, posts, agreements and events, each filtered by the questions of
 * this domain, counted, sorted and cut into a page in one statement. Each statement starts from the most selective
 * filter given, through an index or a unique id, and checks the others as patterns; only fixed fragments are
 * joined, and every value is a `$parameter`.
 */
import type { Database, Params } from '../database.js';
import {
  type AgreementKind,
  type AgreementStatus,
  EntityLabel,
  type EventKind,
  FactType,
  Label,
  type OrganizationKind,
} from '../model.js';
import { type EntityRow, entityProjection } from './rows.js';

/** A page of a list: the rows of the page and how many match over all pages, and the counts asked for with it. */
export interface ListPage {
  total: number;
  rows: EntityRow[];
  facets: Partial<Record<FacetDimension, FacetCountRow[]>>;
}

/** Which rows of the sorted list a page holds. */
export interface ListWindow {
  skip: number;
  limit: number;
}

export type NameOrder = 'NAME_ASC' | 'NAME_DESC';
export type AgreementOrder = 'PERIOD_START_ASC' | 'PERIOD_START_DESC' | 'NAME_ASC';
export type EventOrder = 'DATE_ASC' | 'DATE_DESC' | 'NAME_ASC';

const E = Label.Entity;
const { Person, Organization, Country, Position, Event, Agreement } = EntityLabel;

export interface ListQuery {
  /** The first MATCH: where the list starts. */
  anchor: string;
  /** Conditions on the anchored rows, joined by AND. */
  where: string[];
  /** The variable of the listed entity. */
  variable: string;
  label: EntityLabel;
  orderBy: string;
  params: Params;
}

function matchedOf(query: ListQuery): string {
  return `${query.anchor}
     ${query.where.length > 0 ? `WHERE ${query.where.join('\n       AND ')}` : ''}`;
}

/**
 * The statement and parameters of one page of a list: the count of every match, the page sorted and cut with
 * SKIP and LIMIT (a top-k sort, so a long list is never held whole in memory), and its counts by each of `facets`
 * (as `facetStatement` counts them), so that a page and its counts are one round trip.
 */
export function listStatement(
  query: ListQuery,
  window: ListWindow,
  facets: readonly FacetDimension[] = [],
): { cypher: string; params: Params } {
  const v = query.variable;
  const matched = matchedOf(query);
  const counts = facets.map(
    (by) => `${by}: COLLECT {
       ${matched}
       ${facetCounts(query, by)}
       ORDER BY ${FACET_ORDER[by]}
       RETURN { value: value, label: label, count: count } AS facet
     }`,
  );
  const cypher = `CALL () {
       ${matched}
       RETURN count(DISTINCT ${v}) AS total
     }
     RETURN total, COLLECT {
       ${matched}
       WITH DISTINCT ${v}
       ORDER BY ${query.orderBy}
       SKIP toInteger($skip) LIMIT toInteger($limit)
       RETURN ${entityProjection(v, [query.label])} AS row
     } AS rows, { ${counts.join(', ')} } AS facets`;
  return { cypher, params: { ...query.params, skip: window.skip, limit: window.limit } };
}

async function runList(
  db: Database,
  query: ListQuery,
  window: ListWindow,
  facets: readonly FacetDimension[],
): Promise<ListPage> {
  const { cypher, params } = listStatement(query, window, facets);
  const [row] = await db.read<ListPage>(cypher, params);
  return row ?? { total: 0, rows: [], facets: {} };
}

/**
 * The hint that a list starts from the node `seek` by its unique id: on a small or skewed graph the planner may
 * otherwise start from a label scan at the other end of the pattern.
 */
function byId(label: string): string {
  return `USING INDEX seek:${label}(id)`;
}

const NAME_ORDER: Readonly<Record<NameOrder, (v: string) => string>> = {
  NAME_ASC: (v) => `${v}.name, ${v}.id`,
  NAME_DESC: (v) => `${v}.name DESC, ${v}.id`,
};

/**
 * A tenure of the holding `r` (of person `p`, post `pos`) placed in time (docs/model.md, "Time"): it starts at
 * `r.firstSeen` and ends when another holder of the post is first seen later. Conditions that it contains `asOf`,
 * or overlaps `from`–`to` (parameters named by the caller).
 */
function tenureConditions(names: { asOf?: string; from?: string; to?: string }): string[] {
  const nextHolderBy = (param: string) => `NOT EXISTS {
         MATCH (pos)<-[o:${FactType.HOLDS_POSITION}]-(other:${E}:${Person})
         WHERE other <> p AND NOT coalesce(o.former, false) AND o.firstSeen > r.firstSeen AND o.firstSeen <= date($${param}) }`;
  const conditions: string[] = [];
  if (names.asOf || names.from || names.to) conditions.push('r.firstSeen IS NOT NULL', 'NOT coalesce(r.former, false)');
  if (names.asOf) conditions.push(`r.firstSeen <= date($${names.asOf})`, nextHolderBy(names.asOf));
  if (names.to) conditions.push(`r.firstSeen <= date($${names.to})`);
  if (names.from) conditions.push(nextHolderBy(names.from));
  return conditions;
}

export interface ParticipationFilter {
  kind?: EventKind | null;
  country?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface PersonFilter {
  namePrefix?: string | null;
  /** A Position or Organization id; which of the two is said by `heldPositionIs`. */
  heldPosition?: string | null;
  heldPositionIs?: 'Position' | 'Organization' | null;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  country?: string | null;
  participatedIn?: ParticipationFilter | null;
}

/** The list of persons: see `PersonFilter` in schema/lists.graphql for what each filter means. */
export function personsQuery(filter: PersonFilter, order: NameOrder): ListQuery {
  const params: Params = {};
  const where: string[] = [];
  const holding = Boolean(filter.heldPosition || filter.asOf || filter.from || filter.to || filter.country);
  let anchor: string;
  if (filter.heldPosition && filter.heldPositionIs === Organization) {
    anchor = `MATCH (seek:${E}:${Organization} {id: $heldPosition})<-[:${FactType.POSITION_OF}]-(pos:${E}:${Position})<-[r:${FactType.HOLDS_POSITION}]-(p:${E}:${Person}) ${byId(Organization)}`;
  } else if (filter.heldPosition) {
    anchor = `MATCH (seek:${E}:${Position} {id: $heldPosition})<-[r:${FactType.HOLDS_POSITION}]-(p:${E}:${Person}) ${byId(Position)} WITH seek AS pos, r, p`;
  } else if (filter.country) {
    anchor = `MATCH (seek:${E}:${Country} {id: $country})<-[:${FactType.LOCATED_IN}]-(:${E}:${Organization})<-[:${FactType.POSITION_OF}]-(pos:${E}:${Position})<-[r:${FactType.HOLDS_POSITION}]-(p:${E}:${Person}) ${byId(Country)}`;
  } else if (holding) {
    anchor = `MATCH (pos:${E}:${Position})<-[r:${FactType.HOLDS_POSITION}]-(p:${E}:${Person})`;
  } else {
    anchor = `MATCH (p:${E}:${Person})`;
  }
  if (filter.heldPosition) params.heldPosition = filter.heldPosition;
  if (filter.country) {
    params.country = filter.country;
    if (filter.heldPosition) {
      where.push(
        `EXISTS { MATCH (pos)-[:${FactType.POSITION_OF}]->(:${E}:${Organization})-[:${FactType.LOCATED_IN}]->(:${E}:${Country} {id: $country}) }`,
      );
    }
  }
  if (filter.namePrefix) {
    params.namePrefix = filter.namePrefix;
    where.push('p.name STARTS WITH $namePrefix');
  }
  for (const name of ['asOf', 'from', 'to'] as const) if (filter[name]) params[name] = filter[name];
  where.push(
    ...tenureConditions({
      ...(filter.asOf ? { asOf: 'asOf' } : {}),
      ...(filter.from ? { from: 'from' } : {}),
      ...(filter.to ? { to: 'to' } : {}),
    }),
  );
  const taking = filter.participatedIn;
  if (taking) {
    const conditions: string[] = [];
    if (taking.kind) {
      params.eventKind = taking.kind;
      conditions.push('pe.kind = $eventKind');
    }
    if (taking.from) {
      params.eventFrom = taking.from;
      conditions.push('coalesce(pe.endDate, pe.date) >= date($eventFrom)');
    }
    if (taking.to) {
      params.eventTo = taking.to;
      conditions.push('pe.date <= date($eventTo)');
    }
    if (taking.country) {
      params.eventCountry = taking.country;
      conditions.push(`EXISTS { MATCH (pe)-[:${FactType.LOCATED_IN}]->(:${E}:${Country} {id: $eventCountry}) }`);
    }
    where.push(`EXISTS { MATCH (p)-[:${FactType.PARTICIPATED_IN}]->(pe:${E}:${Event})
         ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} }`);
  }
  return { anchor, where, variable: 'p', label: Person, orderBy: NAME_ORDER[order]('p'), params };
}

export interface OrganizationFilter {
  kind?: OrganizationKind | null;
  country?: string | null;
  partyTo?: string | null;
}

/** The list of organisations: by kind, country (LOCATED_IN) and agreement (PARTY_TO). */
export function organizationsQuery(filter: OrganizationFilter, order: NameOrder): ListQuery {
  const params: Params = {};
  const where: string[] = [];
  let anchor = `MATCH (o:${E}:${Organization})`;
  if (filter.partyTo) {
    params.partyTo = filter.partyTo;
    anchor = `MATCH (seek:${E}:${Agreement} {id: $partyTo})<-[:${FactType.PARTY_TO}]-(o:${E}:${Organization}) ${byId(Agreement)}`;
  }
  if (filter.country) {
    params.country = filter.country;
    if (filter.partyTo) where.push(`EXISTS { MATCH (o)-[:${FactType.LOCATED_IN}]->(:${E}:${Country} {id: $country}) }`);
    else
      anchor = `MATCH (seek:${E}:${Country} {id: $country})<-[:${FactType.LOCATED_IN}]-(o:${E}:${Organization}) ${byId(Country)}`;
  }
  if (filter.kind) {
    params.kind = filter.kind;
    where.push('o.kind = $kind');
  }
  return { anchor, where, variable: 'o', label: Organization, orderBy: NAME_ORDER[order]('o'), params };
}

export interface CountryFilter {
  namePrefix?: string | null;
}

/** The list of countries, by a prefix of the name. */
export function countriesQuery(filter: CountryFilter, order: NameOrder): ListQuery {
  const params: Params = {};
  const where: string[] = [];
  if (filter.namePrefix) {
    params.namePrefix = filter.namePrefix;
    where.push('c.name STARTS WITH $namePrefix');
  }
  return {
    anchor: `MATCH (c:${E}:${Country})`,
    where,
    variable: 'c',
    label: Country,
    orderBy: NAME_ORDER[order]('c'),
    params,
  };
}

export interface PositionFilter {
  organization?: string | null;
  country?: string | null;
  heldAsOf?: string | null;
}

/** The list of posts: of an organisation, of an organisation in a country, held by someone on a date. */
export function positionsQuery(filter: PositionFilter, order: NameOrder): ListQuery {
  const params: Params = {};
  const where: string[] = [];
  let anchor = `MATCH (pos:${E}:${Position})`;
  if (filter.organization) {
    params.organization = filter.organization;
    anchor = `MATCH (seek:${E}:${Organization} {id: $organization})<-[:${FactType.POSITION_OF}]-(pos:${E}:${Position}) ${byId(Organization)}`;
  }
  if (filter.country) {
    params.country = filter.country;
    const path = `(:${E}:${Country} {id: $country})<-[:${FactType.LOCATED_IN}]-(:${E}:${Organization})<-[:${FactType.POSITION_OF}]-(pos`;
    if (filter.organization) where.push(`EXISTS { MATCH ${path}) }`);
    else anchor = `MATCH ${path.replace('(:', '(seek:')}:${E}:${Position}) ${byId(Country)}`;
  }
  if (filter.heldAsOf) {
    params.heldAsOf = filter.heldAsOf;
    where.push(`EXISTS { MATCH (pos)<-[r:${FactType.HOLDS_POSITION}]-(p:${E}:${Person})
         WHERE ${tenureConditions({ asOf: 'heldAsOf' }).join(' AND ')} }`);
  }
  return { anchor, where, variable: 'pos', label: Position, orderBy: NAME_ORDER[order]('pos'), params };
}

export interface AgreementFilter {
  kind?: AgreementKind | null;
  status?: AgreementStatus | null;
  parties?: readonly string[] | null;
  signedFrom?: string | null;
  signedTo?: string | null;
  topic?: string | null;
}

const AGREEMENT_ORDER: Readonly<Record<AgreementOrder, string>> = {
  PERIOD_START_ASC: 'a.periodStart IS NULL, a.periodStart, a.name, a.id',
  PERIOD_START_DESC: 'a.periodStart IS NULL, a.periodStart DESC, a.name, a.id',
  NAME_ASC: 'a.name, a.id',
};

/** The list of agreements: by kind, status, parties (every one required), start of the period and topic. */
export function agreementsQuery(filter: AgreementFilter, order: AgreementOrder): ListQuery {
  const params: Params = {};
  const where: string[] = [];
  const [firstParty] = filter.parties ?? [];
  let anchor = `MATCH (a:${E}:${Agreement})`;
  if (firstParty !== undefined) {
    params.firstParty = firstParty;
    params.parties = filter.parties;
    anchor = `MATCH (seek:${E} {id: $firstParty})-[:${FactType.PARTY_TO}]->(a:${E}:${Agreement}) ${byId(E)}`;
    where.push(`all(party IN $parties WHERE EXISTS { MATCH (:${E} {id: party})-[:${FactType.PARTY_TO}]->(a) })`);
  }
  if (filter.kind) {
    params.kind = filter.kind;
    where.push('a.kind = $kind');
  }
  if (filter.status) {
    params.status = filter.status;
    where.push('a.status = $status');
  }
  if (filter.signedFrom) {
    params.signedFrom = filter.signedFrom;
    where.push('a.periodStart >= date($signedFrom)');
  }
  if (filter.signedTo) {
    params.signedTo = filter.signedTo;
    where.push('a.periodStart <= date($signedTo)');
  }
  if (filter.topic) {
    params.topic = filter.topic;
    where.push('$topic IN a.topics');
  }
  return { anchor, where, variable: 'a', label: Agreement, orderBy: AGREEMENT_ORDER[order], params };
}

export interface EventListFilter {
  kind?: EventKind | null;
  from?: string | null;
  to?: string | null;
  participantId?: string | null;
  country?: string | null;
  place?: string | null;
  organization?: string | null;
  hasFollowUp?: boolean | null;
}

const EVENT_ORDER: Readonly<Record<EventOrder, string>> = {
  DATE_ASC: 'e.date, e.name, e.id',
  DATE_DESC: 'e.date DESC, e.name, e.id',
  NAME_ASC: 'e.name, e.date, e.id',
};

/** The list of events: the filters of `Query.events` (schema/query.graphql). */
export function eventsQuery(filter: EventListFilter, order: EventOrder): ListQuery {
  const params: Params = {};
  const where: string[] = [];
  let anchor = `MATCH (e:${E}:${Event})`;
  if (filter.organization) {
    params.organization = filter.organization;
    anchor = `MATCH (seek:${E}:${Organization} {id: $organization})-[:${FactType.PARTICIPATED_IN}]->(e:${E}:${Event}) ${byId(Organization)}`;
  }
  if (filter.country) {
    params.country = filter.country;
    if (filter.organization)
      where.push(`EXISTS { MATCH (e)-[:${FactType.LOCATED_IN}]->(:${E}:${Country} {id: $country}) }`);
    else
      anchor = `MATCH (e:${E}:${Event})-[:${FactType.LOCATED_IN}]->(seek:${E}:${Country} {id: $country}) ${byId(Country)}`;
  }
  if (filter.kind) {
    params.kind = filter.kind;
    where.push('e.kind = $kind');
  }
  if (filter.from) {
    params.from = filter.from;
    where.push('coalesce(e.endDate, e.date) >= date($from)');
  }
  if (filter.to) {
    params.to = filter.to;
    where.push('e.date <= date($to)');
  }
  if (filter.place) {
    params.place = filter.place;
    where.push('e.place CONTAINS $place');
  }
  if (filter.hasFollowUp !== null && filter.hasFollowUp !== undefined) {
    where.push(`${filter.hasFollowUp ? '' : 'NOT '}EXISTS { MATCH (e)<-[:${FactType.FOLLOW_UP_OF}]-(:${E}) }`);
  }
  if (filter.participantId) {
    params.participantId = filter.participantId;
    where.push(`(EXISTS { MATCH (:${E} {id: $participantId})-[:${FactType.PARTICIPATED_IN}]->(e) }
            OR EXISTS { MATCH (e)-[:${FactType.LED_BY}]->(:${E} {id: $participantId}) }
            OR EXISTS { MATCH (:${E} {id: $participantId})-[pr:${FactType.ACCOMPANIED_BY}|${FactType.RECEIVED_VISIT_FROM}]-()
                        WHERE pr.eventId = e.id })`);
  }
  return { anchor, where, variable: 'e', label: Event, orderBy: EVENT_ORDER[order], params };
}

/** A page of a list, and the list's statement, for its counts. */
export interface CountableListPage extends ListPage {
  query: ListQuery;
}

async function page(
  db: Database,
  query: ListQuery,
  window: ListWindow,
  facets: readonly FacetDimension[] = [],
): Promise<CountableListPage> {
  return { ...(await runList(db, query, window, facets)), query };
}

/** Persons matching `filter`, one page. */
export const findPersons = (db: Database, options: { filter: PersonFilter; order: NameOrder; window: ListWindow }) =>
  page(db, personsQuery(options.filter, options.order), options.window);

/** Organisations matching `filter`, one page. */
export const findOrganizations = (
  db: Database,
  options: { filter: OrganizationFilter; order: NameOrder; window: ListWindow },
) => page(db, organizationsQuery(options.filter, options.order), options.window);

/** Countries matching `filter`, one page. */
export const findCountries = (db: Database, options: { filter: CountryFilter; order: NameOrder; window: ListWindow }) =>
  page(db, countriesQuery(options.filter, options.order), options.window);

/** Posts matching `filter`, one page. */
export const findPositions = (
  db: Database,
  options: { filter: PositionFilter; order: NameOrder; window: ListWindow },
) => page(db, positionsQuery(options.filter, options.order), options.window);

/** Agreements matching `filter`, one page, with its counts by each of `facets`. */
export const findAgreements = (
  db: Database,
  options: { filter: AgreementFilter; order: AgreementOrder; window: ListWindow; facets?: readonly FacetDimension[] },
) => page(db, agreementsQuery(options.filter, options.order), options.window, options.facets);

/** Events matching `filter`, one page, with its counts by each of `facets`. */
export const listEvents = (
  db: Database,
  options: { filter: EventListFilter; order: EventOrder; window: ListWindow; facets?: readonly FacetDimension[] },
) => page(db, eventsQuery(options.filter, options.order), options.window, options.facets);

/** A dimension a list is counted by (schema/lists.graphql, FacetDimension). */
export type FacetDimension = 'YEAR' | 'COUNTRY' | 'KIND' | 'ORGANIZATION';

/** How many listed items have one value of a dimension. */
export interface FacetCountRow {
  value: string;
  label: string;
  count: number;
}

/** Of each dimension, per listed label: the pattern from the listed entity `v` to its values, and the value's label. */
const FACETS: Readonly<
  Record<FacetDimension, (v: string, label: EntityLabel) => { match: string; value: string; label: string }>
> = {
  YEAR: (v, label) => {
    const date = label === Agreement ? `${v}.periodStart` : `${v}.date`;
    return {
      match: `WITH ${v} WHERE ${date} IS NOT NULL`,
      value: `toString(${date}.year)`,
      label: `toString(${date}.year)`,
    };
  },
  KIND: (v) => ({ match: `WITH ${v} WHERE ${v}.kind IS NOT NULL`, value: `${v}.kind`, label: `${v}.kind` }),
  COUNTRY: (v, label) => ({
    match:
      label === Agreement
        ? `MATCH (f:${E}:${Country})-[:${FactType.PARTY_TO}]->(${v})`
        : `MATCH (${v})-[:${FactType.LOCATED_IN}]->(f:${E}:${Country})`,
    value: 'f.id',
    label: 'f.name',
  }),
  ORGANIZATION: (v, label) => ({
    match: `MATCH (f:${E}:${Organization})-[:${label === Agreement ? FactType.PARTY_TO : FactType.PARTICIPATED_IN}]->(${v})`,
    value: 'f.id',
    label: 'f.name',
  }),
};

/** The order of the counts: years in order, other values by count, most first, then by label. */
const FACET_ORDER: Readonly<Record<FacetDimension, string>> = {
  YEAR: 'value',
  KIND: 'count DESC, label, value',
  COUNTRY: 'count DESC, label, value',
  ORGANIZATION: 'count DESC, label, value',
};

/** The clauses after the list's match that count its items by `by`, as `value`, `label` and `count`. */
function facetCounts(query: ListQuery, by: FacetDimension): string {
  const v = query.variable;
  const facet = FACETS[by](v, query.label);
  return `WITH DISTINCT ${v}
     ${facet.match}
     WITH ${facet.value} AS value, ${facet.label} AS label, count(DISTINCT ${v}) AS count`;
}

/** The statement counting the items a list selects (every page) by one dimension, in `FACET_ORDER`. */
export function facetStatement(query: ListQuery, by: FacetDimension): { cypher: string; params: Params } {
  const cypher = `${matchedOf(query)}
     ${facetCounts(query, by)}
     RETURN value, label, count
     ORDER BY ${FACET_ORDER[by]}`;
  return { cypher, params: query.params };
}

/** The counts of a list by one dimension. */
export function countListBy(db: Database, options: { query: ListQuery; by: FacetDimension }): Promise<FacetCountRow[]> {
  const { cypher, params } = facetStatement(options.query, options.by);
  return db.read<FacetCountRow>(cypher, params);
}
