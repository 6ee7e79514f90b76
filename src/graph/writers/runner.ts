/** What the writers run their statements on, and the conversions every writer shares. */
import neo4j from 'neo4j-driver';
import type { Database, Tx } from '../database.js';

/** A database (each statement its own transaction) or an open transaction. */
export type Runner = Pick<Database, 'write'> | Tx;

export function run<Row>(runner: Runner, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  return 'write' in runner ? runner.write<Row>(cypher, params) : runner.run<Row>(cypher, params);
}

/** A Neo4j `Date` for an ISO date string (YYYY-MM-DD). */
export function toNeo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`expected an ISO date such as 2018-09-19, but got "${iso}"`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** An integer the driver stores as an integer: a JavaScript number would be stored as a float. */
export function toNeo4jInt(value: number | null): ReturnType<typeof neo4j.int> | null {
  if (value === null) return null;
  if (!Number.isInteger(value)) throw new RangeError(`expected an integer, but got ${value}`);
  return neo4j.int(value);
}
