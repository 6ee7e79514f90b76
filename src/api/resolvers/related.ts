/**
 * Relation fields: a field whose answer is made from one relation of its parent (src/graph/repositories/
 * relations.ts) is declared once, as an entry of its type's table, and both its resolver and the look-ahead
 * (../prefetch.ts) are derived from that entry, so that adding such a field is one edit. The entry names the
 * relation, which evidence fields its loader loads, where the entities at the far end stand in the answer (the
 * look-ahead's next level), and how the rows become the answer.
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { RelationEnd, RelationName, RelationValues } from '../../graph/repositories/relations.js';
import {
  ENTITY_FIELDS,
  type EntityField,
  type EntityRow,
  EVIDENCE_FIELDS,
  type EvidenceField,
  type RowFilter,
} from '../../graph/repositories/rows.js';
import type { ApiContext } from '../context.js';
import {
  cacheBySelection,
  entityFieldsSelectedBelow,
  evidenceSelectedAt,
  type SelectionContext,
  selectionContextOf,
} from '../selection.js';

/** Where, below the field, entities at the far end are selected, and which end of the relation's rows they are. */
export interface FarEnd {
  readonly path: readonly string[];
  readonly end: RelationEnd;
}

/**
 * Which evidence fields the relation's loader loads: those the field's selection asks for (`selected`), or all of
 * them (`all`), for an answer that places the rows where no selection path reaches (a timeline's tenures).
 */
export type EvidenceOfField = 'selected' | 'all';

/** What a relation field's answer is made from besides the rows: the parent, the field's arguments, the context. */
export interface FieldInput<Args> {
  readonly parent: EntityRow;
  readonly args: Args;
  readonly ctx: ApiContext;
}

/** An argument of a relation field that can filter its relation's rows in the statement (a key of `RowFilter`). */
export type FilterArgument = keyof RowFilter;

/** One relation field: the relation it loads, with which evidence, where its far ends are, and its answer. */
export interface RelationField<Name extends RelationName, Args, Result> {
  readonly relation: Name;
  /** Default `selected`. */
  readonly evidence?: EvidenceOfField;
  readonly next: readonly FarEnd[];
  /**
   * The field's arguments that the relation's statement filters its rows by, as `answer` filters them: with the
   * look-ahead off every row is loaded and `answer` alone filters, with the same result.
   */
  readonly filter?: readonly FilterArgument[];
  answer(rows: RelationValues[Name], input: FieldInput<Args>): Result;
}

/** A relation field of any relation, discriminated by `relation` so that `answer` gets that relation's rows. */
export type AnyRelationField<Args = never, Result = unknown> = {
  [Name in RelationName]: RelationField<Name, Args, Result>;
}[RelationName];

type FieldResolverFn<Resolver> = Extract<NonNullable<Resolver>, (...args: never[]) => unknown>;

/**
 * The relation fields of a GraphQL type whose resolvers are `Resolvers` (codegen's `PersonResolvers`…): each
 * entry's `answer` takes that field's arguments and returns what its resolver must.
 */
export type RelationTable<Resolvers> = {
  readonly [Field in keyof Resolvers]?: AnyRelationField<
    Parameters<FieldResolverFn<Resolvers[Field]>>[1],
    ReturnType<FieldResolverFn<Resolvers[Field]>>
  >;
};

/** Where a relation field's selection names evidence: on a single edge, on the edges, or on a tenure. */
const EVIDENCE_PATHS: readonly (readonly string[])[] = [
  ['evidence'],
  ['edges', 'evidence'],
  ['edges', 'node', 'evidence'],
];

const selectedOfField = cacheBySelection<EvidenceField[]>();

/**
 * The evidence fields the loader of `field` loads for the merged selection `fields`: what its resolver reads, and
 * what the look-ahead primes, so that both name the same loader.
 */
export function evidenceOfField(
  field: Pick<AnyRelationField, 'evidence'>,
  options: { fields: readonly FieldNode[]; context: SelectionContext },
): readonly EvidenceField[] {
  if (field.evidence === 'all') return EVIDENCE_FIELDS;
  return selectedOfField(options.fields, 'evidence', () =>
    evidenceSelectedAt(options.fields, { fragments: options.context.fragments, paths: EVIDENCE_PATHS }),
  );
}

const entityOfSelection = cacheBySelection<EntityField[]>();

/**
 * The entity fields the loader of `field` loads for the merged selection `fields`: every one named anywhere below
 * it (a superset of what its far ends select, however deep they are), or all for an answer that places its rows
 * where no selection path reaches.
 */
export function entityOfField(
  field: Pick<AnyRelationField, 'evidence'>,
  options: { fields: readonly FieldNode[]; context: SelectionContext },
): readonly EntityField[] {
  if (field.evidence === 'all') return ENTITY_FIELDS;
  return entityOfSelection(options.fields, 'entity', () =>
    entityFieldsSelectedBelow(options.fields, options.context.fragments),
  );
}

/**
 * The rows `field`'s arguments `values` keep, to filter in its statement: none when the field filters by no
 * argument or none of them is given (the loader is then the one every unfiltered use shares).
 */
export function rowFilterOf(
  field: Pick<AnyRelationField, 'filter'>,
  values: Readonly<Record<string, unknown>>,
): RowFilter | undefined {
  const names = field.filter ?? [];
  const value = (name: FilterArgument): string | null => {
    const given = values[name];
    return names.includes(name) && typeof given === 'string' ? given : null;
  };
  const filter = { from: value('from'), to: value('to'), role: value('role') };
  return filter.from === null && filter.to === null && filter.role === null ? undefined : filter;
}

/**
 * The loader the field being resolved with `args` reads. With the look-ahead off nothing of the selection is read:
 * all fields, every row.
 */
function loaderOf<Name extends RelationName>(
  field: RelationField<Name, unknown, unknown>,
  options: { ctx: ApiContext; info: GraphQLResolveInfo; args: unknown },
) {
  const { ctx, info, args } = options;
  if (!ctx.config.lookahead) {
    return ctx.loaders.relation(field.relation, { evidence: EVIDENCE_FIELDS, entity: ENTITY_FIELDS });
  }
  const selection = { fields: info.fieldNodes, context: selectionContextOf(info) };
  const filter = rowFilterOf(field, args as Record<string, unknown>);
  return ctx.loaders.relation(field.relation, {
    evidence: evidenceOfField(field, selection),
    entity: entityOfField(field, selection),
    ...(filter === undefined ? {} : { filter }),
  });
}

/** The resolvers made from a table, to spread into its type's resolver map. */
const fromTables = new WeakSet<object>();

/**
 * The resolvers of a type's relation fields: each loads its relation for the parent (batched, or primed by the
 * look-ahead) and answers from the rows.
 */
export function relationResolvers<Resolvers>(table: RelationTable<Resolvers>): Partial<Resolvers> {
  const resolvers: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(table) as [string, RelationField<RelationName, unknown, unknown>][]) {
    const resolve = async (parent: EntityRow, args: unknown, ctx: ApiContext, info: GraphQLResolveInfo) =>
      field.answer(await loaderOf(field, { ctx, info, args }).load(parent.id), { parent, args, ctx });
    fromTables.add(resolve);
    resolvers[name] = resolve;
  }
  return resolvers as Partial<Resolvers>;
}

/** Whether `resolver` was made from a relation table (for the test that every relation field is in one). */
export function isRelationResolver(resolver: unknown): boolean {
  return typeof resolver === 'function' && fromTables.has(resolver);
}
