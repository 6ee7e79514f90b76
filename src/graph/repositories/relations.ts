/**
 * Relations: the facts of an entity seen from one end, by name. Each is one Cypher body over a bound key
 * (./neighbours.ts, ./tenure.ts, ./events.ts) and one step that turns its rows into the answer, so that a batch
 * of keys (`loadRelation`, one round trip per level of a request) and a fused statement over several levels
 * (./prefetch.ts, one round trip for a whole request) run the same Cypher and give the same answers.
 */
import type { Database } from '../database.js';
import { FactType } from '../model.js';
import { type EventFactRow, eventFactRows } from './events.js';
import { NEIGHBOUR_SHAPES, type NeighbourRelation, neighbourRows } from './neighbours.js';
import {
  ENTITY_FIELDS,
  type EntityField,
  type EvidenceField,
  filterParameters,
  type NeighbourRow,
  type RowFilter,
  type RowShape,
} from './rows.js';
import { holdingRows, type TenureRow, type TenureScope, tenuresOf } from './tenure.js';

/** What each relation answers for one key. */
export type RelationValues = { [Name in NeighbourRelation]: NeighbourRow[] } & {
  personTenures: TenureRow[];
  positionSuccession: TenureRow[];
  organizationSuccession: TenureRow[];
  eventAccompaniments: EventFactRow[];
  eventVisits: EventFactRow[];
};

export type RelationName = keyof RelationValues;

/** Which field of a relation's rows holds an entity further on (the keys of a next level): an end, or the event. */
export type RelationEnd = 'other' | 'person' | 'position' | 'from' | 'to' | 'event';

interface RelationDefinition<Name extends RelationName> {
  /** A COLLECT expression of the rows of the entity whose id is bound to the variable `key`. */
  rows(key: string, fields: RowShape): string;
  /** The answer for one key from its rows. */
  finish(key: string, rows: unknown[]): RelationValues[Name];
}

/** The shape of a relation whose rows take no filter: a filter asked of it is a programming error. */
function unfiltered(name: string, fields: RowShape): RowShape {
  if (fields.filter !== undefined) throw new Error(`expected no row filter for the ${name} relation, but got one.`);
  return fields;
}

const tenures = (scope: TenureScope) => ({
  rows: (key: string, fields: RowShape) => holdingRows(scope, key, unfiltered(`${scope} tenure`, fields)),
  finish: (_key: string, rows: unknown[]) => tenuresOf(rows as TenureRow[]),
});

const eventFacts = (type: FactType) => ({
  rows: (key: string, fields: RowShape) => eventFactRows(type, key, unfiltered(type, fields)),
  finish: (_key: string, rows: unknown[]) => rows as EventFactRow[],
});

const neighbours = Object.fromEntries(
  Object.entries(NEIGHBOUR_SHAPES).map(([name, shape]) => [
    name,
    {
      rows: (key: string, fields: RowShape) => neighbourRows(shape, key, fields),
      finish: (_key: string, rows: unknown[]) => rows as NeighbourRow[],
    },
  ]),
) as { [Name in NeighbourRelation]: RelationDefinition<Name> };

const RELATIONS: { [Name in RelationName]: RelationDefinition<Name> } = {
  ...neighbours,
  personTenures: tenures('person'),
  positionSuccession: tenures('position'),
  organizationSuccession: tenures('organization'),
  eventAccompaniments: eventFacts(FactType.ACCOMPANIED_BY),
  eventVisits: eventFacts(FactType.RECEIVED_VISIT_FROM),
};

/** Every relation name, for checks and tests. */
export const RELATION_NAMES = Object.keys(RELATIONS) as RelationName[];

/** The Cypher of `name`'s rows for the key bound to `key`, with the fields of `fields`. */
export function relationRows(name: RelationName, key: string, fields: RowShape): string {
  return RELATIONS[name].rows(key, fields);
}

/** The answer of `name` for `key` from the rows its Cypher returned. */
export function finishRelation<Name extends RelationName>(
  name: Name,
  key: string,
  rows: unknown[],
): RelationValues[Name] {
  return RELATIONS[name].finish(key, rows);
}

/**
 * The answers of relation `name` for each of `ids`, in the order of `ids` (an empty list for an unknown id), in
 * one round trip, with the given fields of each fact's evidence (none: every row's `evidence` is empty) and of the
 * entities at its ends (all by default), only the rows `filter` keeps (all without it).
 */
export async function loadRelation<Name extends RelationName>(
  db: Database,
  options: {
    name: Name;
    ids: readonly string[];
    evidence: readonly EvidenceField[];
    entity?: readonly EntityField[];
    filter?: RowFilter;
  },
): Promise<RelationValues[Name][]> {
  const { name, ids, evidence, entity = ENTITY_FIELDS, filter } = options;
  if (ids.length === 0) return [];
  const shape = { evidence, entity, ...(filter === undefined ? {} : { filter: 'filter' }) };
  const rows = await db.read<{ key: string; rows: unknown[] }>(
    `UNWIND $ids AS key
     RETURN key, ${relationRows(name, 'key', shape)} AS rows`,
    { ids, ...(filter === undefined ? {} : filterParameters('filter', filter)) },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.rows]));
  return ids.map((id) => finishRelation(name, id, byKey.get(id) ?? []));
}
