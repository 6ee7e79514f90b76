/**
 * Look-ahead for `node(id)`: reads the selection of a query for the relation fields it asks for, level below
 * level, and loads the entity and all of them in one statement (src/graph/repositories/prefetch.ts), priming this
 * request's loaders with the answers. The resolvers stay as they are: they read their loaders, which answer from
 * what was primed, and load in batches whatever the look-ahead did not cover. So the look-ahead can only save
 * round trips, never change an answer.
 */
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { labelOfId, type EntityLabel } from '../graph/model.js';
import { MAX_PREFETCH_DEPTH, prefetchEntity, prefetchRelations, type PrefetchedRelation, type PrefetchStep } from '../graph/repositories/prefetch.js';
import type { RelationEnd, RelationName } from '../graph/repositories/relations.js';
import { EVIDENCE_FIELDS, type EntityRow, type EvidenceField } from '../graph/repositories/rows.js';
import type { ApiContext } from './context.js';

interface RelationField {
  relation: RelationName;
  /** Where, below the field, the entities at the far end are selected, and which end of the rows they are. */
  next: readonly { path: readonly string[]; end: RelationEnd }[];
}

const EDGE_NODE = ['edges', 'node'];
const tenureEnds = [
  { path: [...EDGE_NODE, 'person'], end: 'person' },
  { path: [...EDGE_NODE, 'position'], end: 'position' },
] as const;
const otherEnd = (relation: RelationName, ...paths: (readonly string[])[]): RelationField => ({
  relation,
  next: paths.map((path) => ({ path, end: 'other' as const })),
});

/** Accompaniment edges also name the event, whose own relations can be loaded with them. */
const withEvent = (field: RelationField): RelationField => ({ ...field, next: [...field.next, { path: ['edges', 'event'], end: 'event' }] });

/** The fields each type resolves through a relation loader (see the resolvers), by GraphQL type and field. */
const RELATION_FIELDS: Readonly<Record<string, Readonly<Record<string, RelationField>>>> = {
  Person: {
    positions: { relation: 'personTenures', next: tenureEnds },
    events: otherEnd('participations', EDGE_NODE),
    accompanied: withEvent(otherEnd('principals', EDGE_NODE, ['edges', 'principal'])),
    accompaniedBy: withEvent(otherEnd('companions', EDGE_NODE, ['edges', 'companion'])),
  },
  Event: {
    country: otherEnd('locations', ['node']),
    participants: otherEnd('participants', EDGE_NODE),
    leaders: otherEnd('leaders', EDGE_NODE),
    accompaniments: {
      relation: 'eventAccompaniments',
      next: [
        { path: EDGE_NODE, end: 'to' },
        { path: ['edges', 'principal'], end: 'from' },
        { path: ['edges', 'companion'], end: 'to' },
      ],
    },
    visits: { relation: 'eventVisits', next: [{ path: EDGE_NODE, end: 'to' }, { path: ['edges', 'host'], end: 'from' }] },
    follows: otherEnd('follows', EDGE_NODE),
    followUps: otherEnd('followUps', EDGE_NODE),
  },
  Position: {
    organization: otherEnd('organizationOfPosition', ['node']),
    accreditedTo: otherEnd('accreditations', EDGE_NODE),
    holders: { relation: 'positionSuccession', next: tenureEnds },
    succession: { relation: 'positionSuccession', next: tenureEnds },
  },
  Organization: {
    country: otherEnd('locations', ['node']),
    positions: otherEnd('positionsOfOrganization', EDGE_NODE),
    holders: { relation: 'organizationSuccession', next: tenureEnds },
    succession: { relation: 'organizationSuccession', next: tenureEnds },
    events: otherEnd('participations', EDGE_NODE),
    agreements: otherEnd('agreementsOfParty', EDGE_NODE),
  },
  Country: {
    events: otherEnd('participations', EDGE_NODE),
    agreements: otherEnd('agreementsOfParty', EDGE_NODE),
  },
  Agreement: {
    parties: otherEnd('parties', EDGE_NODE),
    follows: otherEnd('follows', EDGE_NODE),
    followUps: otherEnd('followUps', EDGE_NODE),
  },
};

type Fragments = GraphQLResolveInfo['fragments'];

/** Whether a fragment with this type condition applies to an object of `type`. */
function applies(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

/** The selection sets of a field's nodes. */
function selectionSetsOf(fields: readonly FieldNode[]): SelectionSetNode[] {
  return fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
}

/** The fields of `sets` that apply to `type` (null: to any type), fragments expanded. */
function fieldsOf(options: { sets: readonly SelectionSetNode[]; fragments: Fragments; schema: GraphQLSchema; type: GraphQLObjectType | null }): FieldNode[] {
  const { fragments, schema, type } = options;
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields.push(selection);
      } else {
        const fragment: FragmentDefinitionNode | undefined =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : undefined;
        const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : fragment?.typeCondition;
        const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragment?.selectionSet;
        if (inner && (type === null || applies(schema, condition?.name.value, type))) visit(inner);
      }
    }
  };
  options.sets.forEach(visit);
  return fields;
}

/** The selection sets at `path` below `sets` (fragments expanded whatever their type: a superset is harmless). */
function setsAt(sets: readonly SelectionSetNode[], path: readonly string[], fragments: Fragments, schema: GraphQLSchema): SelectionSetNode[] {
  let current = [...sets];
  for (const name of path) {
    current = fieldsOf({ sets: current, fragments, schema, type: null })
      .filter((field) => field.name.value === name && field.selectionSet !== undefined)
      .map((field) => field.selectionSet as SelectionSetNode);
  }
  return current;
}

/** Where a relation field's selection names evidence: on a single edge, on the edges, or on a tenure. */
const EVIDENCE_PATHS: readonly (readonly string[])[] = [['evidence'], ['edges', 'evidence'], ['edges', 'node', 'evidence']];

/** The evidence fields selected below `fields`, in a canonical order; none when evidence is not selected. */
function evidenceIn(fields: readonly FieldNode[], fragments: Fragments, schema: GraphQLSchema): EvidenceField[] {
  return evidenceFieldsOf(fields, EVIDENCE_PATHS, fragments, schema);
}

function evidenceFieldsOf(
  fields: readonly FieldNode[],
  paths: readonly (readonly string[])[],
  fragments: Fragments,
  schema: GraphQLSchema,
): EvidenceField[] {
  const sets = selectionSetsOf(fields);
  const evidence = paths.flatMap((path) => setsAt(sets, path, fragments, schema));
  if (evidence.length === 0) return [];
  const names = new Set(fieldsOf({ sets: evidence, fragments, schema, type: null }).map((field) => field.name.value));
  // The id always: a list of evidence asked for only by `__typename` still has its length.
  return EVIDENCE_FIELDS.filter((field) => field === 'id' || names.has(field));
}

/**
 * A cache per field and key: Apollo Server reuses the parsed document of a query it has seen, and a document's
 * nodes belong to it alone, so a field's first node stands for the field in every request and every list item.
 */
function perField<T>(): (info: GraphQLResolveInfo, key: string, make: () => T) => T {
  const cache = new WeakMap<FieldNode, Map<string, T>>();
  return (info, key, make) => {
    const node = info.fieldNodes[0] as FieldNode;
    let byKey = cache.get(node);
    if (byKey === undefined) {
      byKey = new Map();
      cache.set(node, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = make();
      byKey.set(key, value);
    }
    return value;
  };
}

const evidenceOfField = perField<EvidenceField[]>();
const planOfField = perField<PrefetchStep[]>();

/** The evidence fields the field being resolved asks for (its relation loads those, or none). */
export function selectedEvidence(info: GraphQLResolveInfo): EvidenceField[] {
  return evidenceOfField(info, 'evidence', () => evidenceIn(info.fieldNodes, info.fragments, info.schema));
}

/** The evidence fields selected at `path` (ending in the evidence field) below the field being resolved. */
export function selectedEvidenceAt(info: GraphQLResolveInfo, path: readonly string[]): EvidenceField[] {
  return evidenceFieldsOf(info.fieldNodes, [path], info.fragments, info.schema);
}

/** The object type at `path` below field `field` of `type`, with its possible object types. */
function typesAt(schema: GraphQLSchema, type: GraphQLObjectType, field: string, path: readonly string[]): GraphQLObjectType[] {
  let current = getNamedType(type.getFields()[field]?.type);
  for (const name of path) {
    if (!isObjectType(current)) return [];
    current = getNamedType(current.getFields()[name]?.type);
  }
  if (isObjectType(current)) return [current];
  return current && isAbstractType(current) ? [...schema.getPossibleTypes(current)] : [];
}

interface PlanContext {
  fragments: Fragments;
  schema: GraphQLSchema;
}

function plan(context: PlanContext, sets: readonly SelectionSetNode[], type: GraphQLObjectType, depth: number): PrefetchStep[] {
  const byType = RELATION_FIELDS[type.name];
  if (byType === undefined || depth > MAX_PREFETCH_DEPTH) return [];
  const steps: PrefetchStep[] = [];
  for (const field of fieldsOf({ ...context, sets, type })) {
    const definition = byType[field.name.value];
    if (definition === undefined || field.selectionSet === undefined) continue;
    steps.push({
      relation: definition.relation,
      evidence: evidenceIn([field], context.fragments, context.schema),
      next: definition.next.map(({ path, end }) => {
        const below = setsAt([field.selectionSet as SelectionSetNode], path, context.fragments, context.schema);
        return {
          end,
          steps: typesAt(context.schema, type, field.name.value, path).flatMap((farType) =>
            plan(context, below, farType, depth + 1).map((step) => ({ ...step, labels: [farType.name as EntityLabel] })),
          ),
        };
      }),
    });
  }
  return steps;
}

function prime(ctx: ApiContext, relations: readonly PrefetchedRelation[]): void {
  for (const { relation, evidence, key, value } of relations) {
    ctx.loaders.relation(relation, { evidence }).prime(key, value);
  }
}

/**
 * Answers `node(id)` for an entity: the entity and every relation the selection asks for, in one round trip,
 * with this request's loaders primed; null when the id names no entity directly (the loaders then follow merges).
 */
export async function prefetchNode(ctx: ApiContext, info: GraphQLResolveInfo, id: string): Promise<EntityRow | null> {
  if (!ctx.config.lookahead) return null;
  const label = labelOfId(id);
  const type = label === undefined ? undefined : info.schema.getType(label);
  if (!isObjectType(type)) return null;
  const steps = planOfField(info, type.name, () =>
    plan({ fragments: info.fragments, schema: info.schema }, selectionSetsOf(info.fieldNodes), type, 1),
  );
  const prefetched = await prefetchEntity(ctx.db, { id, steps });
  if (prefetched.entity === null) return null;
  ctx.loaders.entity.prime(id, prefetched.entity);
  prime(ctx, prefetched.relations);
  return prefetched.entity;
}

/**
 * For a root field answering a page of entities (`search`, `events`) at `path` below it: loads every relation the
 * selection asks for below them in one round trip and primes this request's loaders.
 */
export async function prefetchBelow(ctx: ApiContext, info: GraphQLResolveInfo, options: { entities: readonly EntityRow[]; path: readonly string[] }): Promise<void> {
  if (!ctx.config.lookahead) return;
  // Keyed by the path, which has dots where a type name has none.
  const steps = planOfField(info, options.path.join('.'), () => {
    const context = { fragments: info.fragments, schema: info.schema };
    const sets = setsAt(selectionSetsOf(info.fieldNodes), options.path, info.fragments, info.schema);
    return typesAt(info.schema, info.parentType, info.fieldName, options.path).flatMap((type) =>
      plan(context, sets, type, 1).map((step) => ({ ...step, labels: [type.name as EntityLabel] })),
    );
  });
  if (steps.length === 0 || options.entities.length === 0) return;
  prime(ctx, await prefetchRelations(ctx.db, { ids: options.entities.map((entity) => entity.id), steps }));
}
