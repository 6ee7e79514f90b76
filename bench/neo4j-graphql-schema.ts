/**
 * Type definitions for @neo4j/graphql 7 over our graph model (docs/model.md), as its user would write them to
 * answer the benchmark's questions: one type per label, one @relationship per fact type and direction, the fact
 * properties as @relationshipProperties. Evidence is joined by `factId`, which no @relationship can express, so
 * the facts' evidence is a @cypher field; so are the path and the counts of events per year, which the generated
 * API has no operation for (it aggregates, but does not group).
 */
import { EntityLabel, FactType, Label, LinkType } from '../src/graph/model.js';

const ANY_FACT = Object.values(FactType).join('|');

/** @cypher field listing the evidence of the fact with id `this.id` (on a relationship properties type). */
function evidenceOfFact(): string {
  return `evidence: [Evidence!]! @cypher(statement: "MATCH (ev:${Label.Evidence} {factId: this.id}) RETURN ev", columnName: "ev")`;
}

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Person @node(labels: ["${EntityLabel.Person}", "${Label.Entity}"]) {
    id: ID!
    name: String!
    aliases: [String!]
    honorifics: [String!]
    positions: [Position!]! @relationship(type: "${FactType.HOLDS_POSITION}", direction: OUT, properties: "Holding")
    events: [Event!]! @relationship(type: "${FactType.PARTICIPATED_IN}", direction: OUT, properties: "Participation")
    companions: [Person!]! @relationship(type: "${FactType.ACCOMPANIED_BY}", direction: OUT, properties: "Accompaniment")
  }

  type Accompaniment @relationshipProperties {
    id: ID!
    eventId: ID
  }

  type Holding @relationshipProperties {
    id: ID!
    firstSeen: Date
    lastSeen: Date
    former: Boolean
    ${evidenceOfFact()}
  }

  type Participation @relationshipProperties {
    id: ID!
    role: String!
    ${evidenceOfFact()}
  }

  type Fact @relationshipProperties {
    id: ID!
    ${evidenceOfFact()}
  }

  type Position @node(labels: ["${EntityLabel.Position}", "${Label.Entity}"]) {
    id: ID!
    name: String!
    title: String
    holders: [Person!]! @relationship(type: "${FactType.HOLDS_POSITION}", direction: IN, properties: "Holding")
    organization: [Organization!]! @relationship(type: "${FactType.POSITION_OF}", direction: OUT, properties: "Fact")
  }

  type Organization @node(labels: ["${EntityLabel.Organization}", "${Label.Entity}"]) {
    id: ID!
    name: String!
    acronym: String
    kind: String
  }

  type Country @node(labels: ["${EntityLabel.Country}", "${Label.Entity}"]) {
    id: ID!
    name: String!
    iso2: String
  }

  type Event @node(labels: ["${EntityLabel.Event}", "${Label.Entity}"]) {
    id: ID!
    name: String!
    kind: String
    place: String
    date: Date
    country: [Country!]! @relationship(type: "${FactType.LOCATED_IN}", direction: OUT)
    personParticipants: [Person!]! @relationship(type: "${FactType.PARTICIPATED_IN}", direction: IN, properties: "Participation")
    organizationParticipants: [Organization!]! @relationship(type: "${FactType.PARTICIPATED_IN}", direction: IN, properties: "Participation")
    countryParticipants: [Country!]! @relationship(type: "${FactType.PARTICIPATED_IN}", direction: IN, properties: "Participation")
  }

  type Article @node(labels: ["${Label.Article}"]) {
    id: ID!
    title: String
    url: String
    publishedAt: Date
  }

  type Evidence @node(labels: ["${Label.Evidence}"]) {
    id: ID!
    factId: String!
    quote: String!
    sentence: String
    article: [Article!]! @relationship(type: "${LinkType.FROM_ARTICLE}", direction: OUT)
  }

  type PathHop {
    index: Int!
    fromId: ID!
    toId: ID!
    factId: ID!
    type: String!
    fromName: String!
    toName: String!
    evidence: [PathEvidence!]!
  }

  type PathEvidence {
    factId: String!
    quote: String!
    articleId: ID
    articleTitle: String
  }

  type YearCount {
    year: String!
    count: Int!
  }

  type Query {
    eventCountsByYear(country: ID!, from: Date!, to: Date!): [YearCount!]!
      @cypher(
        statement: """
        MATCH (e:${EntityLabel.Event}:${Label.Entity})-[:${FactType.LOCATED_IN}]->(:${EntityLabel.Country}:${Label.Entity} {id: $country})
        WHERE e.date >= $from AND e.date <= $to
        WITH toString(e.date.year) AS year, count(*) AS count
        RETURN { year: year, count: count } AS yearCount ORDER BY year
        """
        columnName: "yearCount"
      )
    path(from: ID!, to: ID!): [PathHop!]!
      @cypher(
        statement: """
        MATCH (a:${Label.Entity} {id: $from}), (b:${Label.Entity} {id: $to})
        MATCH p = shortestPath((a)-[:${ANY_FACT}*..4]-(b))
        UNWIND range(0, length(p) - 1) AS i
        WITH i, nodes(p)[i] AS x, nodes(p)[i + 1] AS y, relationships(p)[i] AS r
        RETURN { index: i, fromId: x.id, toId: y.id, fromName: x.name, toName: y.name, factId: r.id, type: type(r),
                 evidence: COLLECT { MATCH (ev:${Label.Evidence} {factId: r.id})-[:${LinkType.FROM_ARTICLE}]->(a:${Label.Article})
                                     RETURN ev { .factId, .quote, articleId: a.id, articleTitle: a.title } } } AS hop
        """
        columnName: "hop"
      )
  }
`;
