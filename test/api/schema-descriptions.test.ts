/**
 * The schema documents itself, as GitHub's GraphQL API does: every type, field, argument, enum value and input field
 * of the schema built from schema/*.graphql has a description, which is what GraphiQL's docs pane shows an analyst.
 * The check walks the built schema with graphql-js, so fields added by `extend type` and types added in a new file
 * are covered as soon as they exist; it names every element it misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const SCHEMA_DIR = 'schema';

function ourSchema(): GraphQLSchema {
  const files = readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  return buildSchema(files.map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8')).join('\n'));
}

const described = (element: { description?: string | null | undefined }): boolean =>
  (element.description ?? '').trim().length > 0;

/** Our named types: neither graphql-js's own scalars nor the introspection types. */
function ourTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every element of `schema` without a description: `Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`. */
function undescribedElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of ourTypes(schema)) {
    if (!described(type)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
        for (const argument of field.args as readonly GraphQLArgument[]) {
          if (!described(argument)) missing.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('the descriptions of the schema', () => {
  it('cover every type, field, argument, input field and enum value of schema/*.graphql', () => {
    expect(undescribedElements(ourSchema())).toEqual([]);
  });

  it('are found missing on an element added without one, by its path', () => {
    const schema = buildSchema(`
      "Root."
      type Query {
        "A described field."
        described(
          "A described argument."
          first: Int
        ): Kind
        bare(after: String): Int
      }
      "Kinds."
      enum Kind {
        "One."
        ONE
        TWO
      }
      input Filter {
        "A described input field."
        a: Int
        b: Int
      }
      "Its name is in its description, but its field has none."
      type Extra { x: Int }
      extend type Query { filtered(where: Filter): Extra }
    `);
    expect(undescribedElements(schema)).toEqual([
      'Extra.x',
      'Filter',
      'Filter.b',
      'Kind.TWO',
      'Query.bare',
      'Query.bare(after)',
      'Query.filtered',
      'Query.filtered(where)',
    ]);
  });
});
