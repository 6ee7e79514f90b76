/**
 * Every document the explorer sends (web/src/generated/graphql.ts, one per operation) passes the server's own
 * guardrails with the configured limits: tokens (counted by the same parser option), depth, aliases and directives
 * (the same validation rules), and cost at the largest page size; and it holds one operation and only the fragments
 * that operation spreads.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type FragmentDefinitionNode,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/api/index.js';
import { loadConfig } from '../../src/config.js';
import { operationCost } from '../../src/server/plugins/guardrails/cost.js';
import { guardrails } from '../../src/server/plugins/guardrails/index.js';
import * as generated from '../../web/src/generated/graphql.js';

const limits = loadConfig({ NODE_ENV: 'production' }).limits;
const { parseOptions, validationRules } = guardrails(limits);
const schema = buildSchema(typeDefs);
const OPERATIONS_DIR = path.resolve('web/src/graphql');

/** The operations' documents, by export name (`SearchDocument`…); fragments alone are never sent. */
const documents: Array<[string, string]> = Object.entries(generated).flatMap(
  ([name, value]): Array<[string, string]> =>
    name.endsWith('Document') && value instanceof generated.TypedDocumentString ? [[name, value.toString()]] : [],
);

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

describe("the explorer's GraphQL documents", () => {
  it('are one per operation of web/src/graphql/*.graphql', () => {
    const operations = readdirSync(OPERATIONS_DIR)
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => parse(readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).definitions)
      .flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION ? [`${definition.name?.value}Document`] : [],
      );
    expect(operations.length).toBeGreaterThan(0);
    expect(documents.map(([name]) => name).sort()).toEqual(operations.sort());
  });

  it.each(documents)('%s holds one operation, named after it, and no fragment it does not spread', (name, document) => {
    const ast = parse(document);
    const operations = ast.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.map((operation) => `${operation.name?.value}Document`)).toEqual([name]);
    // NoUnusedFragmentsRule and KnownFragmentNamesRule are among graphql-js's specified rules.
    expect(validate(schema, ast, specifiedRules).map((error) => error.message)).toEqual([]);
  });

  it.each(documents)("%s stays under the server's token limit", (_name, document) => {
    expect(tokenCount(document)).toBeLessThanOrEqual(limits.tokens);
    // The server's parser, with its limit, accepts it.
    expect(() => parse(document, parseOptions)).not.toThrow();
  });

  it.each(documents)("%s passes the server's depth, alias and directive rules", (_name, document) => {
    const errors = validate(schema, parse(document, parseOptions), validationRules);
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it.each(documents)("%s costs less than the server's limit at the largest page size", (_name, document) => {
    const ast = parse(document);
    const fragments: Record<string, FragmentDefinitionNode> = {};
    let operation: OperationDefinitionNode | undefined;
    for (const definition of ast.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
    }
    if (!operation) throw new Error('expected an operation in the document, but got none.');
    // 100 is the largest page the API gives (`first` ≤ 100); the explorer asks for 12 or fewer but for the timeline.
    expect(operationCost({ schema, operation, fragments, variables: { first: 100 } })).toBeLessThanOrEqual(limits.cost);
  });

  it('would refuse a document of more tokens than the limit, so the token test can fail', () => {
    const tooLong = `{ ${'__typename '.repeat(limits.tokens)}}`;
    expect(tokenCount(tooLong)).toBeGreaterThan(limits.tokens);
    expect(() => parse(tooLong, parseOptions)).toThrow(/tokens/);
  });
});
