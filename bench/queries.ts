/**
 * The six analyst questions of the benchmark, each written three ways that answer the same thing on the same
 * data: our GraphQL API, hand-written Cypher through neo4j-driver (one statement, the floor), and the GraphQL of
 * @neo4j/graphql over the type definitions of ./neo4j-graphql-schema.ts. Arguments rotate through ids of ordinary
 * degree picked by the generator, so every way sees the same sequence of arguments.
 */

import { EntityLabel, FactType, Label, LinkType } from '../src/graph/model.js';
import { eventsQuery, listStatement } from '../src/graph/repositories/lists.js';
import type { SyntheticGraph } from './synthetic-graph.js';

export const QUERY_NAMES = [
  'personCard',
  'eventDetail',
  'holdersAsOf',
  'neighbourhood',
  'path',
  'countryEvents',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
}

export interface BenchQuery {
  name: QueryName;
  /** One sentence for the table and the docs. */
  question: string;
  /** Whether the answer has the same size at every scale (the p50 growth target applies). */
  fixedSize: boolean;
  /** The i-th request of each way (i rotates through the sample). */
  ours(i: number): GraphqlRequest;
  raw(i: number): CypherRequest;
  neo4jGraphql(i: number): GraphqlRequest;
  /**
   * The Cypher statements our API sends for the i-th request, when the question is a list: the benchmark runs them
   * under PROFILE on the loaded graph, with the raw statement, and fails when one scans a label.
   */
  profiled?(i: number): CypherRequest[];
}

/** "Recent" events of a person card: those since this date (the synthetic dates span 2010–2024). */
const RECENT_SINCE = '2020-01-01';

const EVIDENCE_FIELDS = 'quote article { id title }';

const PERSON_CARD = /* GraphQL */ `
  query PersonCard($id: ID!, $since: Date!) {
    node(id: $id) {
      ... on Person {
        id name honorifics
        positions(first: 20) {
          edges { node { start { date } end { date } former position { id name organization { node { id name } } } } }
        }
        events(from: $since, first: 10) { totalCount edges { role node { id name kind date { date } } } }
      }
    }
  }`;

const EVENT_DETAIL = /* GraphQL */ `
  query EventDetail($id: ID!) {
    node(id: $id) {
      ... on Event {
        id name kind place date { date }
        participants(first: 50) {
          edges { role node { ... on Person { id name } ... on Organization { id name } ... on Country { id name } } }
        }
        accompaniments(first: 50) { edges { principal { id name } companion { id name } } }
      }
    }
  }`;

const HOLDERS_AS_OF = /* GraphQL */ `
  query HoldersAsOf($id: ID!, $asOf: Date!) {
    node(id: $id) {
      ... on Position { id name holders(asOf: $asOf) { edges { node { start { date } person { id name } } } } }
    }
  }`;

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!) {
    node(id: $id) {
      ... on Person {
        id name
        positions(first: 50) {
          edges { node { evidence { ${EVIDENCE_FIELDS} } position { id name organization { node { id name } evidence { ${EVIDENCE_FIELDS} } } } } }
        }
        events(first: 50) {
          edges {
            role evidence { ${EVIDENCE_FIELDS} }
            node {
              id name
              participants(first: 50) {
                edges { role evidence { ${EVIDENCE_FIELDS} } node { ... on Person { id name } ... on Organization { id name } ... on Country { id name } } }
              }
            }
          }
        }
      }
    }
  }`;

const PATH = /* GraphQL */ `
  query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to, maxHops: 4) {
      length
      nodes { id name }
      hops { fact { id type evidence { ${EVIDENCE_FIELDS} } } }
    }
  }`;

const COUNTRY_EVENTS = /* GraphQL */ `
  query CountryEvents($country: ID!, $from: Date!, $to: Date!) {
    events(country: $country, from: $from, to: $to, first: 20) {
      totalCount
      edges { node { id name kind date { date } } }
      counts(by: YEAR) { value count }
    }
  }`;

// Hand-written Cypher: one statement per question, the same answer as ours, nothing more.

const PERSON = `${Label.Entity}:${EntityLabel.Person}`;
const EVIDENCE_OF = (variable: string): string => `COLLECT {
    MATCH (ev:${Label.Evidence} {factId: ${variable}.id})-[:${LinkType.FROM_ARTICLE}]->(a:${Label.Article})
    RETURN ev { .quote, article: a { .id, .title } } AS evidence }`;

const RAW_PERSON_CARD = `
  MATCH (p:${PERSON} {id: $id})
  CALL (p) {
    MATCH (p)-[h:${FactType.HOLDS_POSITION}]->(pos:${EntityLabel.Position})
    OPTIONAL MATCH (pos)-[:${FactType.POSITION_OF}]->(o:${EntityLabel.Organization})
    OPTIONAL MATCH (pos)<-[n:${FactType.HOLDS_POSITION}]-() WHERE n.firstSeen > h.firstSeen AND NOT coalesce(n.former, false)
    WITH h, pos, o, min(n.firstSeen) AS ended ORDER BY h.firstSeen LIMIT 20
    RETURN collect({ start: h.firstSeen, end: ended, former: h.former, position: pos { .id, .name, organization: o { .id, .name } } }) AS positions
  }
  CALL (p) {
    MATCH (p)-[r:${FactType.PARTICIPATED_IN}]->(e:${EntityLabel.Event}) WHERE e.date >= date($since)
    WITH r, e ORDER BY e.date, e.name
    RETURN count(*) AS total, collect({ role: r.role, event: e { .id, .name, .kind, .date } })[0..10] AS events
  }
  RETURN p { .id, .name, .honorifics, positions: positions, events: events, totalCount: total } AS card`;

const RAW_EVENT_DETAIL = `
  MATCH (e:${Label.Entity}:${EntityLabel.Event} {id: $id})
  RETURN e { .id, .name, .kind, .place, .date,
    participants: COLLECT { MATCH (e)<-[r:${FactType.PARTICIPATED_IN}]-(x:${Label.Entity}) RETURN { role: r.role, node: x { .id, .name } } AS participant ORDER BY x.name, r.role LIMIT 50 },
    accompaniments: COLLECT {
      MATCH (a:${PERSON})-[r:${FactType.ACCOMPANIED_BY} {eventId: e.id}]->(b:${PERSON})
      RETURN { principal: a { .id, .name }, companion: b { .id, .name } } AS accompaniment ORDER BY a.name, b.name LIMIT 50 } } AS event`;

const RAW_HOLDERS_AS_OF = `
  MATCH (pos:${Label.Entity}:${EntityLabel.Position} {id: $id})
  CALL (pos) {
    OPTIONAL MATCH (pos)<-[h:${FactType.HOLDS_POSITION}]-(p:${EntityLabel.Person})
    WHERE h.firstSeen <= date($asOf) AND NOT coalesce(h.former, false)
    WITH h, p ORDER BY h.firstSeen DESC LIMIT 1
    RETURN CASE WHEN h IS NULL THEN [] ELSE [{ start: h.firstSeen, person: p { .id, .name } }] END AS holders
  }
  RETURN pos { .id, .name, holders: holders } AS position`;

const RAW_NEIGHBOURHOOD = `
  MATCH (p:${PERSON} {id: $id})
  RETURN p { .id, .name,
    positions: COLLECT {
      MATCH (p)-[h:${FactType.HOLDS_POSITION}]->(pos:${EntityLabel.Position})
      OPTIONAL MATCH (pos)-[po:${FactType.POSITION_OF}]->(o:${EntityLabel.Organization})
      RETURN { evidence: ${EVIDENCE_OF('h')}, position: pos { .id, .name, organization: o { .id, .name },
               organizationEvidence: CASE WHEN po IS NULL THEN [] ELSE ${EVIDENCE_OF('po')} END } } AS tenure
      ORDER BY h.firstSeen LIMIT 50 },
    events: COLLECT {
      MATCH (p)-[r:${FactType.PARTICIPATED_IN}]->(e:${EntityLabel.Event})
      RETURN { role: r.role, evidence: ${EVIDENCE_OF('r')}, event: e { .id, .name,
        participants: COLLECT { MATCH (e)<-[q:${FactType.PARTICIPATED_IN}]-(x:${Label.Entity})
                                RETURN { role: q.role, node: x { .id, .name }, evidence: ${EVIDENCE_OF('q')} } AS participant
                                ORDER BY x.name, q.role LIMIT 50 } } } AS participation
      ORDER BY e.date, e.name LIMIT 50 } } AS neighbourhood`;

const ANY_FACT = Object.values(FactType).join('|');
const RAW_PATH = `
  MATCH (a:${Label.Entity} {id: $from}), (b:${Label.Entity} {id: $to})
  MATCH p = shortestPath((a)-[:${ANY_FACT}*..4]-(b))
  RETURN length(p) AS length, [n IN nodes(p) | n { .id, .name }] AS nodes,
         [r IN relationships(p) | { id: r.id, type: type(r), evidence: ${EVIDENCE_OF('r')} }] AS hops`;

// Events "between" two dates are those that end on or after the first and start on or before the second; the
// synthetic events last one day, so the event's date alone decides (as the @neo4j/graphql query below says it).
const RAW_COUNTRY_EVENTS = `
  MATCH (:${Label.Entity}:${EntityLabel.Country} {id: $country})<-[:${FactType.LOCATED_IN}]-(e:${Label.Entity}:${EntityLabel.Event})
  WHERE coalesce(e.endDate, e.date) >= date($from) AND e.date <= date($to)
  WITH e ORDER BY e.date, e.name, e.id
  WITH collect(e) AS events
  RETURN size(events) AS totalCount,
         [e IN events[0..20] | e { .id, .name, .kind, .date }] AS page,
         COLLECT { UNWIND events AS e WITH e.date.year AS year, count(*) AS count RETURN { value: toString(year), count: count } AS facet ORDER BY year } AS counts`;

// @neo4j/graphql: the same questions against ./neo4j-graphql-schema.ts, as a user of that library would write them.

const NG_PERSON_CARD = /* GraphQL */ `
  query PersonCard($id: ID!, $since: Date!) {
    people(where: { id: { eq: $id } }) {
      id name honorifics
      positionsConnection(first: 20, sort: [{ edge: { firstSeen: ASC } }]) {
        edges { properties { firstSeen lastSeen former } node { id name organization { id name } } }
      }
      eventsConnection(first: 10, where: { node: { date: { gte: $since } } }, sort: [{ node: { date: ASC } }]) {
        totalCount edges { properties { role } node { id name kind date } }
      }
    }
  }`;

const NG_EVENT_DETAIL = /* GraphQL */ `
  query EventDetail($id: ID!) {
    events(where: { id: { eq: $id } }) {
      id name kind place date
      personParticipantsConnection(first: 50) {
        edges {
          properties { role }
          node { id name companionsConnection(where: { edge: { eventId: { eq: $id } } }) { edges { node { id name } } } }
        }
      }
      organizationParticipantsConnection(first: 50) { edges { properties { role } node { id name } } }
      countryParticipantsConnection(first: 50) { edges { properties { role } node { id name } } }
    }
  }`;

const NG_HOLDERS_AS_OF = /* GraphQL */ `
  query HoldersAsOf($id: ID!, $asOf: Date!) {
    positions(where: { id: { eq: $id } }) {
      id name
      holdersConnection(first: 1, where: { edge: { firstSeen: { lte: $asOf }, former: { eq: false } } }, sort: [{ edge: { firstSeen: DESC } }]) {
        edges { properties { firstSeen } node { id name } }
      }
    }
  }`;

const NG_EVIDENCE = 'factId quote article { id title }';
const NG_NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!) {
    people(where: { id: { eq: $id } }) {
      id name
      positionsConnection(first: 50) {
        edges {
          properties { id firstSeen evidence { ${NG_EVIDENCE} } }
          node { id name organizationConnection { edges { properties { id evidence { ${NG_EVIDENCE} } } node { id name } } } }
        }
      }
      eventsConnection(first: 50) {
        edges {
          properties { id role evidence { ${NG_EVIDENCE} } }
          node {
            id name
            personParticipantsConnection(first: 50) { edges { properties { id role evidence { ${NG_EVIDENCE} } } node { id name } } }
            organizationParticipantsConnection(first: 50) { edges { properties { id role evidence { ${NG_EVIDENCE} } } node { id name } } }
            countryParticipantsConnection(first: 50) { edges { properties { id role evidence { ${NG_EVIDENCE} } } node { id name } } }
          }
        }
      }
    }
  }`;

const NG_PATH = /* GraphQL */ `
  query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to) { index fromId fromName toId toName factId type evidence { factId quote articleId articleTitle } }
  }`;

const NG_COUNTRY_EVENTS = /* GraphQL */ `
  query CountryEvents($country: ID!, $from: Date!, $to: Date!) {
    eventsConnection(
      where: { country: { some: { id: { eq: $country } } }, date: { gte: $from, lte: $to } }
      first: 20
      sort: [{ date: ASC }, { name: ASC }]
    ) {
      totalCount
      edges { node { id name kind date } }
    }
    eventCountsByYear(country: $country, from: $from, to: $to) { year count }
  }`;

/** The dates at which holders are asked for: spread over the synthetic years. */
const AS_OF = ['2012-06-30', '2015-01-01', '2017-09-19', '2020-07-14', '2023-03-01'];

/** The ranges of the list question: one to five of the fifteen years the synthetic dates span. */
const RANGES: readonly { from: string; to: string }[] = [
  { from: '2015-01-01', to: '2019-12-31' },
  { from: '2011-03-01', to: '2015-02-28' },
  { from: '2019-07-01', to: '2024-06-30' },
  { from: '2017-01-01', to: '2017-12-31' },
];

/** The six questions over the sample ids of `graph`. */
export function benchQueries(samples: SyntheticGraph['samples']): BenchQuery[] {
  const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;
  const person = (i: number) => ({ id: at(samples.persons, i), since: RECENT_SINCE });
  const event = (i: number) => ({ id: at(samples.events, i) });
  const holders = (i: number) => ({ id: at(samples.positions, i), asOf: at(AS_OF, i) });
  const neighbour = (i: number) => ({ id: at(samples.persons, i) });
  const pair = (i: number) => {
    const [from, to] = at(samples.pairs, i);
    return { from, to };
  };
  const inCountry = (i: number) => ({ country: at(samples.countries, i), ...at(RANGES, i) });
  return [
    {
      name: 'personCard',
      question: 'A person card: posts with tenure and organisation, and the events since 2020.',
      fixedSize: true,
      ours: (i) => ({ query: PERSON_CARD, variables: person(i) }),
      raw: (i) => ({ cypher: RAW_PERSON_CARD, params: person(i) }),
      neo4jGraphql: (i) => ({ query: NG_PERSON_CARD, variables: person(i) }),
    },
    {
      name: 'eventDetail',
      question: 'An event with its participants and roles, and who accompanied whom.',
      fixedSize: true,
      ours: (i) => ({ query: EVENT_DETAIL, variables: event(i) }),
      raw: (i) => ({ cypher: RAW_EVENT_DETAIL, params: event(i) }),
      neo4jGraphql: (i) => ({ query: NG_EVENT_DETAIL, variables: event(i) }),
    },
    {
      name: 'holdersAsOf',
      question: 'The holder of a post as of a date.',
      fixedSize: true,
      ours: (i) => ({ query: HOLDERS_AS_OF, variables: holders(i) }),
      raw: (i) => ({ cypher: RAW_HOLDERS_AS_OF, params: holders(i) }),
      neo4jGraphql: (i) => ({ query: NG_HOLDERS_AS_OF, variables: holders(i) }),
    },
    {
      name: 'neighbourhood',
      question:
        "A person's 2-hop neighbourhood (posts and their organisations, events and their participants) with the evidence of every fact.",
      fixedSize: true,
      ours: (i) => ({ query: NEIGHBOURHOOD, variables: neighbour(i) }),
      raw: (i) => ({ cypher: RAW_NEIGHBOURHOOD, params: neighbour(i) }),
      neo4jGraphql: (i) => ({ query: NG_NEIGHBOURHOOD, variables: neighbour(i) }),
    },
    {
      name: 'path',
      question: 'The shortest chain of facts (at most 4 hops) between two people, with evidence.',
      // A path search explores the graph around both ends, whose size does not grow with the graph here, but
      // the number of alternatives it compares can.
      fixedSize: false,
      ours: (i) => ({ query: PATH, variables: pair(i) }),
      raw: (i) => ({ cypher: RAW_PATH, params: pair(i) }),
      neo4jGraphql: (i) => ({ query: NG_PATH, variables: pair(i) }),
    },
    {
      name: 'countryEvents',
      question: 'The events in a country between two dates: how many, the first 20 by date, and how many per year.',
      // Events per country grow with the graph: the count and the counts per year read every one of them.
      fixedSize: false,
      ours: (i) => ({ query: COUNTRY_EVENTS, variables: inCountry(i) }),
      raw: (i) => ({ cypher: RAW_COUNTRY_EVENTS, params: inCountry(i) }),
      neo4jGraphql: (i) => ({ query: NG_COUNTRY_EVENTS, variables: inCountry(i) }),
      profiled: (i) => {
        const { country, from, to } = inCountry(i);
        const query = eventsQuery({ country, from, to }, 'DATE_ASC');
        return [listStatement(query, { skip: 0, limit: 20 }, ['YEAR'])];
      },
    },
  ];
}
