/** For exhaustive switches: the compiler proves this is never reached. Knows nothing of GraphQL or Neo4j. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
