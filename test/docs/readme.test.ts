import { readFileSync } from 'node:fs';
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/api/index.js';

const schema = buildASTSchema(parse(typeDefs));
const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('the GraphQL examples of README.md', () => {
  it('are there', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((block, index) => [index + 1, block]))(
    'example %i is valid against the schema',
    (_index, block) => {
      // A block may hold several anonymous operations: each is validated on its own.
      const document = parse(String(block));
      for (const definition of document.definitions) {
        const errors = validate(schema, { kind: document.kind, definitions: [definition] });
        expect(errors.map((error) => error.message)).toEqual([]);
      }
    },
  );
});
