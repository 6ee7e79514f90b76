/**
 * One table of relation fields: every resolver of the schema that loads a relation is made from an entry of the
 * tables the look-ahead plans from (src/api/resolvers/relation-fields.ts), and loads that entry's relation. Each
 * resolver is called with a context whose loaders record what they are asked for, and no database.
 */
import { buildSchema, type GraphQLSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/api/context.js';
import { resolvers, typeDefs } from '../../src/api/index.js';
import { isRelationResolver } from '../../src/api/resolvers/related.js';
import { RELATION_FIELDS } from '../../src/api/resolvers/relation-fields.js';

const schema = buildSchema(typeDefs);

type ResolverMap = Readonly<Record<string, unknown>>;
type FieldResolver = (parent: unknown, args: unknown, ctx: ApiContext, info: unknown) => unknown;

function resolverOf(map: ResolverMap, type: string, field: string): FieldResolver | undefined {
  const found = (map[type] as ResolverMap | undefined)?.[field];
  if (typeof found === 'function') return found as FieldResolver;
  const resolve = (found as { resolve?: unknown } | undefined)?.resolve;
  return typeof resolve === 'function' ? (resolve as FieldResolver) : undefined;
}

/** The relations a resolver asks its loaders for, called on a stand-in parent with a context that only records. */
async function relationsLoadedBy(resolve: FieldResolver, type: string): Promise<string[]> {
  const asked: string[] = [];
  const loader = { load: async () => [], loadMany: async () => [], prime: () => loader };
  const loaders = new Proxy(
    {},
    {
      get: (_target, name) =>
        name === 'relation'
          ? (relation: string) => {
              asked.push(relation);
              return loader;
            }
          : loader,
    },
  );
  const db = new Proxy(
    {},
    {
      get: () => {
        throw new Error('expected no database call in this test, but a resolver made one.');
      },
    },
  );
  const ctx = { db, loaders, config: { lookahead: false }, auth: { isAnalyst: false, actor: 'test' } };
  try {
    // A stand-in answers nothing useful: whatever the resolver makes of it afterwards does not matter here.
    await resolve({ id: `${type.toLowerCase()}:x`, label: type, name: 'x' }, {}, ctx as unknown as ApiContext, {});
  } catch {
    // Only the loaders asked for count.
  }
  return asked;
}

/** Every object field of `schema` whose resolver in `map` loads a relation without being made from a table. */
async function relationLoadsOutsideTables(map: ResolverMap, against: GraphQLSchema): Promise<string[]> {
  const found: string[] = [];
  for (const type of Object.values(against.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.keys(type.getFields())) {
      const resolve = resolverOf(map, type.name, field);
      if (resolve === undefined || isRelationResolver(resolve)) continue;
      for (const relation of await relationsLoadedBy(resolve, type.name))
        found.push(`${type.name}.${field} loads ${relation}`);
    }
  }
  return found;
}

const TABLE_ENTRIES = Object.entries(RELATION_FIELDS).flatMap(([type, fields]) =>
  Object.entries(fields).map(([field, entry]) => ({ type, field, relation: entry.relation })),
);

describe('the relation fields', () => {
  it('are all in the tables the look-ahead reads: no other resolver loads a relation', async () => {
    expect(await relationLoadsOutsideTables(resolvers as ResolverMap, schema)).toEqual([]);
  });

  it('would be caught if a resolver loaded a relation without a table entry', async () => {
    const person = resolvers.Person as ResolverMap;
    const withStray: ResolverMap = {
      ...resolvers,
      Person: {
        ...person,
        events: (row: { id: string }, _args: unknown, ctx: ApiContext) =>
          ctx.loaders.relation('participations', { evidence: [], entity: [] }).load(row.id),
      },
    };
    expect(await relationLoadsOutsideTables(withStray, schema)).toEqual(['Person.events loads participations']);
  });

  it.each(TABLE_ENTRIES)(
    'resolve $type.$field from its entry, loading $relation',
    async ({ type, field, relation }) => {
      expect(schema.getType(type)).toSatisfy(isObjectType);
      const resolve = resolverOf(resolvers as ResolverMap, type, field);
      expect(resolve).toSatisfy(isRelationResolver);
      expect(await relationsLoadedBy(resolve!, type)).toEqual([relation]);
    },
  );

  it('name only fields of the schema', () => {
    const missing = TABLE_ENTRIES.filter(({ type, field }) => {
      const found = schema.getType(type);
      return !isObjectType(found) || found.getFields()[field] === undefined;
    });
    expect(missing).toEqual([]);
  });
});
