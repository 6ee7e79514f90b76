/**
 * The facts of an entity seen from one end, as Cypher bodies over a bound key: the other end, the fact's
 * properties, the event it names, and the fields of its evidence a query asks for. ./relations.ts names them and runs them.
 */
import { EntityLabel, FACT_ENDPOINTS, FACTS_AT_EVENTS, FactType, Label } from '../model.js';
import { entityProjection, evidenceOf, type RowShape } from './rows.js';

export type Direction = 'OUT' | 'IN';

export interface NeighbourShape {
  type: FactType;
  /** OUT: the entities the key points to; IN: the entities pointing to the key. */
  direction: Direction;
  /** Restricts the other end to one entity label. */
  otherLabel?: EntityLabel;
}

/**
 * The predicate keeping the rows that the `RowFilter` in the parameters named `name` (./rows.ts, filterParameters)
 * keeps, `date` being the row's date: the event's for a fact at an event, else the other end's (an event's own).
 */
function kept(name: string, date: string): string {
  return `($${name}_from IS NULL OR ${date} >= date($${name}_from))
      AND ($${name}_to IS NULL OR ${date} <= date($${name}_to))
      AND ($${name}_role IS NULL OR nb_r.role = $${name}_role)`;
}

/**
 * A COLLECT expression of the `NeighbourRow`s of the entity whose id is bound to `key`, ordered by the event's
 * (or the other end's) date, then name and role, with the fields of `fields`, only those its filter keeps.
 */
export function neighbourRows(shape: NeighbourShape, key: string, fields: RowShape): string {
  const other = shape.otherLabel ? `nb_o:${Label.Entity}:${shape.otherLabel}` : `nb_o:${Label.Entity}`;
  const ends = FACT_ENDPOINTS[shape.type];
  const otherLabels = shape.otherLabel ? [shape.otherLabel] : shape.direction === 'OUT' ? ends.to : ends.from;
  const pattern =
    shape.direction === 'OUT' ? `(nb_n)-[nb_r:${shape.type}]->(${other})` : `(nb_n)<-[nb_r:${shape.type}]-(${other})`;
  // Only some facts name an event; for the others, looking one up would cost an index seek per row for nothing.
  const atEvent = FACTS_AT_EVENTS.includes(shape.type);
  const event = atEvent ? `OPTIONAL MATCH (nb_e:${Label.Entity}:${EntityLabel.Event} {id: nb_r.eventId})` : '';
  const eventRow = atEvent
    ? `CASE WHEN nb_e IS NULL THEN null ELSE ${entityProjection('nb_e', [EntityLabel.Event], fields.entity)} END`
    : 'null';
  const order = atEvent ? 'coalesce(nb_e.date, nb_o.date)' : 'nb_o.date';
  // A fact's own filter goes with its pattern; one on the event it names, after the event is looked up.
  const filter = fields.filter;
  const ofFact = filter !== undefined && !atEvent ? `WHERE ${kept(filter, 'nb_o.date')}` : '';
  const ofEvent = filter !== undefined && atEvent ? `WITH * WHERE ${kept(filter, 'nb_e.date')}` : '';
  return `COLLECT {
    MATCH (nb_n:${Label.Entity} {id: ${key}})
    MATCH ${pattern} ${ofFact}
    ${event}
    ${ofEvent}
    RETURN { factId: nb_r.id, role: nb_r.role, eventId: nb_r.eventId, delegationOf: nb_r.delegationOf,
             other: ${entityProjection('nb_o', otherLabels, fields.entity)},
             event: ${eventRow},
             evidence: ${evidenceOf('nb_r', fields.evidence)} } AS row
    ORDER BY ${order}, nb_o.name, nb_r.role
  }`;
}

/** The neighbour relations of the API, by the question each answers. */
export const NEIGHBOUR_SHAPES = {
  /** Events each person, organisation or country took part in, one row per role. */
  participations: { type: FactType.PARTICIPATED_IN, direction: 'OUT', otherLabel: EntityLabel.Event },
  /** Persons, organisations and countries that took part in each event, one row per role. */
  participants: { type: FactType.PARTICIPATED_IN, direction: 'IN' },
  /** The companions of each principal (ACCOMPANIED_BY out), with the event. */
  companions: { type: FactType.ACCOMPANIED_BY, direction: 'OUT', otherLabel: EntityLabel.Person },
  /** The principals each person accompanied (ACCOMPANIED_BY in), with the event. */
  principals: { type: FactType.ACCOMPANIED_BY, direction: 'IN', otherLabel: EntityLabel.Person },
  /** The delegation leads of each event. */
  leaders: { type: FactType.LED_BY, direction: 'OUT', otherLabel: EntityLabel.Person },
  /** What each event or agreement follows up (FOLLOW_UP_OF out). */
  follows: { type: FactType.FOLLOW_UP_OF, direction: 'OUT' },
  /** What follows up each event or agreement (FOLLOW_UP_OF in). */
  followUps: { type: FactType.FOLLOW_UP_OF, direction: 'IN' },
  /** The parties of each agreement. */
  parties: { type: FactType.PARTY_TO, direction: 'IN' },
  /** The agreements each country or organisation is party to. */
  agreementsOfParty: { type: FactType.PARTY_TO, direction: 'OUT', otherLabel: EntityLabel.Agreement },
  /** The country each organisation or event is located in. */
  locations: { type: FactType.LOCATED_IN, direction: 'OUT', otherLabel: EntityLabel.Country },
  /** The organisation of each post. */
  organizationOfPosition: { type: FactType.POSITION_OF, direction: 'OUT', otherLabel: EntityLabel.Organization },
  /** The posts of each organisation. */
  positionsOfOrganization: { type: FactType.POSITION_OF, direction: 'IN', otherLabel: EntityLabel.Position },
  /** The countries each post is accredited to. */
  accreditations: { type: FactType.ACCREDITED_TO, direction: 'OUT', otherLabel: EntityLabel.Country },
} as const satisfies Record<string, NeighbourShape>;

export type NeighbourRelation = keyof typeof NEIGHBOUR_SHAPES;
