/**
 * The schema documents itself (issue 17): every type, field, argument, input field and enum value of the list
 * roots, their counts and the networks has a description, which is what GraphiQL's docs pane shows an analyst.
 */
import { readFileSync } from 'node:fs';
import { type ASTNode, parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';

/** The names of the described-able nodes of `document` that have no description, as Type.field(argument). */
function undescribed(source: string, only?: (path: string) => boolean): string[] {
  const missing: string[] = [];
  const path: string[] = [];
  const describable = new Set([
    'ObjectTypeDefinition',
    'ObjectTypeExtension',
    'InputObjectTypeDefinition',
    'EnumTypeDefinition',
    'FieldDefinition',
    'InputValueDefinition',
    'EnumValueDefinition',
  ]);
  visit(parse(source), {
    enter(node: ASTNode) {
      if (!describable.has(node.kind) || !('name' in node) || !node.name) return;
      path.push(node.name.value);
      const name = path.join('.');
      // An extension of a type carries no description of its own: its fields do.
      if (
        node.kind !== 'ObjectTypeExtension' &&
        !('description' in node && node.description) &&
        (!only || only(name))
      ) {
        missing.push(name);
      }
    },
    leave(node: ASTNode) {
      if (describable.has(node.kind) && 'name' in node && node.name) path.pop();
    },
  });
  return missing;
}

describe('the descriptions of the schema', () => {
  it.each(['schema/lists.graphql', 'schema/network.graphql'])('cover everything %s defines', (file) => {
    expect(undescribed(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it("cover the events list's arguments and its counts", () => {
    const source = readFileSync('schema/query.graphql', 'utf8');
    const ours = (name: string) => name.startsWith('Query.events') || name.startsWith('EventConnection.counts');
    expect(undescribed(source, ours)).toEqual([]);
  });
});
