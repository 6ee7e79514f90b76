/**
 * Look-ahead for `node(id)`, `search` and `events`: reads the selection of a query for the relation fields it asks
 * for, level below level, and loads the entities and all of them in one statement
 * (src/graph/repositories/prefetch.ts), priming this request's loaders with the answers. The resolvers stay as they
 * are: they read their loaders, which answer from what was primed, and load in batches whatever the look-ahead did
 * not cover. The plan reads the same table the relation fields' resolvers are made from
 * (./resolvers/relation-fields.ts), with the same evidence fields, so a primed value is what the loader the resolver
 * reads would load itself; the plan follows the merged selections (./selection.ts) as graphql-js executes them.
 * A field's filtering arguments (`from`, `to`, `role`) are planned by their source, literal or variable, and valued
 * per request, so that the statement filters its rows as the resolver's loader does.
 */
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  valueFromAST,
} from 'graphql';
import { type EntityLabel, labelOfId } from '../graph/model.js';
import type { FacetDimension } from '../graph/repositories/lists.js';
import {
  MAX_PREFETCH_DEPTH,
  type PrefetchedRelation,
  type PrefetchStep,
  prefetchEntity,
  prefetchRelations,
} from '../graph/repositories/prefetch.js';
import type { RelationEnd } from '../graph/repositories/relations.js';
import { type EntityRow, EVIDENCE_FIELDS, type EvidenceField } from '../graph/repositories/rows.js';
import type { ApiContext } from './context.js';
import { entityOfField, evidenceOfField, type FilterArgument, rowFilterOf } from './resolvers/related.js';
import { type PlannedField, RELATION_FIELDS } from './resolvers/relation-fields.js';
import {
  cacheBySelection,
  collectSubfields,
  evidenceSelectedAt,
  hasConditions,
  type SelectionContext,
  selectionContextOf,
} from './selection.js';

/** The evidence fields selected at `path` (ending in the evidence field) below the field being resolved. */
export function selectedEvidenceAt(
  ctx: ApiContext,
  options: { info: GraphQLResolveInfo; path: readonly string[] },
): readonly EvidenceField[] {
  if (!ctx.config.lookahead) return EVIDENCE_FIELDS;
  return evidenceSelectedAt(options.info.fieldNodes, { fragments: options.info.fragments, paths: [options.path] });
}

/**
 * The dimensions of the `counts(by:)` fields selected on the list connection the field being resolved answers,
 * so that the page's statement counts them too (none with the look-ahead off: each `counts` then counts alone).
 */
export function selectedCounts(ctx: ApiContext, info: GraphQLResolveInfo): FacetDimension[] {
  const type = getNamedType(info.returnType);
  const counts = isObjectType(type) ? type.getFields().counts : undefined;
  if (!ctx.config.lookahead || !isObjectType(type) || counts === undefined) return [];
  const groups = collectSubfields(selectionContextOf(info), type, info.fieldNodes).filter(
    (group) => group[0]?.name.value === 'counts',
  );
  const by = groups.map((group) => getArgumentValues(counts, group[0] as FieldNode, info.variableValues).by);
  return [...new Set(by as FacetDimension[])];
}

/** The object types an object of a field of abstract or object type `type` may be. */
function objectTypesOf(context: SelectionContext, type: ReturnType<typeof getNamedType>): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  return type && isAbstractType(type) ? context.schema.getPossibleTypes(type) : [];
}

/**
 * The places at `path` (field names) below the merged field `fields` of `type`: one merged selection per response
 * key along the way (`edges` and `more: edges` are two places), each with the object types found there.
 */
function placesAt(
  context: SelectionContext,
  start: { type: GraphQLObjectType; fields: readonly FieldNode[] },
  path: readonly string[],
): { fields: readonly FieldNode[]; types: readonly GraphQLObjectType[] }[] {
  const name = start.fields[0]?.name.value ?? '';
  let places = [{ fields: start.fields, type: getNamedType(start.type.getFields()[name]?.type) }];
  for (const step of path) {
    places = places.flatMap(({ fields, type }) => {
      if (!isObjectType(type)) return [];
      const below = getNamedType(type.getFields()[step]?.type);
      return collectSubfields(context, type, fields)
        .filter((group) => group[0]?.name.value === step)
        .map((group) => ({ fields: group, type: below }));
    });
  }
  return places.map(({ fields, type }) => ({ fields, types: objectTypesOf(context, type) }));
}

/** Where the value of an argument that filters rows comes from: the query's text, or one of its variables. */
type ArgumentSource = { readonly value: unknown } | { readonly variable: string };

/**
 * A step as planned once per selection: the arguments that filter its rows are named by their source, not valued,
 * since a variable's value changes from request to request.
 */
interface PlannedStep extends Omit<PrefetchStep, 'filter' | 'next'> {
  readonly filter?: Readonly<Partial<Record<FilterArgument, ArgumentSource>>>;
  readonly next: readonly { end: RelationEnd; steps: readonly PlannedStep[] }[];
}

/** The sources of the filtering arguments of `definition` in its field `node` of `type`. */
function filterSources(
  definition: PlannedField,
  options: { type: GraphQLObjectType; node: FieldNode | undefined },
): PlannedStep['filter'] {
  const field = options.node === undefined ? undefined : options.type.getFields()[options.node.name.value];
  if (definition.filter === undefined || field === undefined) return undefined;
  const sources: Partial<Record<FilterArgument, ArgumentSource>> = {};
  for (const name of definition.filter) {
    const node = options.node?.arguments?.find((argument) => argument.name.value === name)?.value;
    const argument = field.args.find((candidate) => candidate.name === name);
    if (node === undefined || argument === undefined) continue;
    sources[name] =
      node.kind === Kind.VARIABLE ? { variable: node.name.value } : { value: valueFromAST(node, argument.type) };
  }
  return sources;
}

/** The steps of `planned` with the values of this request's variables in their filters. */
function withValues(planned: readonly PlannedStep[], variables: Readonly<Record<string, unknown>>): PrefetchStep[] {
  return planned.map(({ filter, next, ...step }) => {
    const values =
      filter === undefined
        ? {}
        : Object.fromEntries(
            Object.entries(filter).map(([name, source]) => [
              name,
              'variable' in source ? variables[source.variable] : source.value,
            ]),
          );
    const rows =
      filter === undefined ? undefined : rowFilterOf({ filter: Object.keys(filter) as FilterArgument[] }, values);
    return {
      ...step,
      ...(rows === undefined ? {} : { filter: rows }),
      next: next.map(({ end, steps }) => ({ end, steps: withValues(steps, variables) })),
    };
  });
}

/** The steps that load what the merged selection `fields` asks for below an entity of `type`, as the resolvers will. */
function plan(
  context: SelectionContext,
  options: { fields: readonly FieldNode[]; type: GraphQLObjectType; depth: number },
): PlannedStep[] {
  const { fields, type, depth } = options;
  const byType = RELATION_FIELDS[type.name];
  if (byType === undefined || depth > MAX_PREFETCH_DEPTH) return [];
  const steps: PlannedStep[] = [];
  for (const group of collectSubfields(context, type, fields)) {
    const definition = byType[group[0]?.name.value ?? ''];
    if (definition === undefined) continue;
    const filter = filterSources(definition, { type, node: group[0] });
    steps.push({
      relation: definition.relation,
      evidence: evidenceOfField(definition, { fields: group, context }),
      entity: entityOfField(definition, { fields: group, context }),
      ...(filter === undefined ? {} : { filter }),
      next: definition.next.map(({ path, end }) => ({
        end,
        steps: distinct(
          placesAt(context, { type, fields: group }, path).flatMap((place) =>
            place.types.flatMap((farType) =>
              plan(context, { fields: place.fields, type: farType, depth: depth + 1 }).map((step) => ({
                ...step,
                labels: [farType.name as EntityLabel],
              })),
            ),
          ),
        ),
      })),
    });
  }
  return steps;
}

const planOfField = cacheBySelection<PlannedStep[]>();

/**
 * The plan for the field being resolved, kept per merged selection and `key`; worked out anew in every request
 * when `@skip` or `@include` make it depend on the variables.
 */
function planFor(
  info: GraphQLResolveInfo,
  key: string,
  make: (context: SelectionContext) => PlannedStep[],
): PrefetchStep[] {
  const context = selectionContextOf(info);
  const planned = hasConditions(info) ? make(context) : planOfField(info.fieldNodes, key, () => make(context));
  return withValues(planned, info.variableValues);
}

/** The steps, each once: two places (`edges` and `more: edges`) often select the same below them. */
function distinct(steps: readonly PlannedStep[]): PlannedStep[] {
  return [...new Map(steps.map((step) => [JSON.stringify(step), step])).values()];
}

function prime(ctx: ApiContext, relations: readonly PrefetchedRelation[]): void {
  for (const { relation, evidence, entity, filter, key, value } of relations) {
    ctx.loaders.relation(relation, { evidence, entity, ...(filter === undefined ? {} : { filter }) }).prime(key, value);
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
  const steps = planFor(info, type.name, (context) => plan(context, { fields: info.fieldNodes, type, depth: 1 }));
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
export async function prefetchBelow(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  options: { entities: readonly EntityRow[]; path: readonly string[] },
): Promise<void> {
  if (!ctx.config.lookahead || options.entities.length === 0) return;
  // Keyed by the path, which has dots where a type name has none.
  const steps = planFor(info, options.path.join('.'), (context) =>
    distinct(
      placesAt(context, { type: info.parentType, fields: info.fieldNodes }, options.path).flatMap((place) =>
        place.types.flatMap((type) =>
          plan(context, { fields: place.fields, type, depth: 1 }).map((step) => ({
            ...step,
            labels: [type.name as EntityLabel],
          })),
        ),
      ),
    ),
  );
  // A step for a type that no entity of the page has would cost a round trip for nothing.
  const labels = new Set(options.entities.map((entity) => entity.label));
  const needed = steps.filter((step) => step.labels === undefined || step.labels.some((label) => labels.has(label)));
  if (needed.length === 0) return;
  prime(ctx, await prefetchRelations(ctx.db, { ids: options.entities.map((entity) => entity.id), steps: needed }));
}
