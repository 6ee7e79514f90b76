/**
 * The benchmark's PROFILE check of a list question: it passes the statements that start from an index and stops
 * the run, naming the operator and the statement, when one scans a label.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { profileQuestion } from '../../bench/harness.js';
import { type BenchQuery, benchQueries } from '../../bench/queries.js';
import { generateSyntheticGraph } from '../../bench/synthetic-graph.js';
import { openTestDatabase } from '../helpers/database.js';

const db = openTestDatabase();
afterAll(() => db.close());

const listQuestion = (): BenchQuery => {
  const query = benchQueries(generateSyntheticGraph({ nodes: 2_000 }).samples).find((q) => q.profiled);
  if (!query) throw new Error('expected a list question among the benchmark questions, but found none.');
  return query;
};

describe('the PROFILE check of a list question', () => {
  it("passes our page and counts and the raw statement of countryEvents, which seek the country's unique id", async () => {
    const report = await profileQuestion(db.driver, listQuestion());
    expect(report?.statements).toBe(8);
    expect(report?.indexOperators).toContain('NodeUniqueIndexSeek');
    expect(report?.operators).not.toContain('NodeByLabelScan');
    // Eight statements planned afresh: on a busy machine planning alone takes seconds.
  }, 90_000);

  it('stops the run on a statement that scans a label, naming the operator', async () => {
    // An expression on the property hides it from every index: the planner can only scan the label.
    const scanning = { cypher: "MATCH (e:Event) WHERE e.kind + '' = 'MEETING' RETURN e.id", params: {} };
    const question: BenchQuery = {
      ...listQuestion(),
      raw: () => scanning,
      profiled: () => [scanning],
    };
    await expect(profileQuestion(db.driver, question)).rejects.toThrow(
      /^expected the statements of countryEvents to read indexes, but PROFILE found NodeByLabelScan in:/,
    );
  });

  it('answers nothing for a question that is not a list', async () => {
    const card = benchQueries(generateSyntheticGraph({ nodes: 2_000 }).samples).find((q) => q.name === 'personCard');
    expect(card?.profiled).toBeUndefined();
    if (card) expect(await profileQuestion(db.driver, card)).toBeUndefined();
  });
});
