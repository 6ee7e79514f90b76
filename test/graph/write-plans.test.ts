/**
 * The plans of the fact writer, as Neo4j makes them for the statement the writer sends: every type's MERGE seeks
 * that type's unique id index, whatever the statistics say. A MERGE of a dynamic type (`$(row.type)`) was planned
 * from the statistics instead, and on a young graph it scanned every relationship once per row (a bulk load of 10k
 * nodes took a minute).
 */
import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/graph/database.js';
import { FACT_TYPES, FactType } from '../../src/graph/model.js';
import { mergeFacts } from '../../src/graph/writers/index.js';
import { useEmptyDatabase } from '../helpers/database.js';

const graph = useEmptyDatabase({ name: 'write-plans' });

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): { operator: string; details: string }[] {
  return [
    { operator: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? '') },
    ...plan.children.flatMap(operators),
  ];
}

/** The plan of each statement a writer sends, explained on the test database instead of run. */
async function explained(write: (runner: Tx) => Promise<unknown>): Promise<PlanNode[]> {
  const session = graph.db.driver.session({ database: graph.db.database });
  const plans: PlanNode[] = [];
  try {
    await write({
      run: async (cypher, params) => {
        const result = await session.run(`EXPLAIN ${cypher}`, params);
        plans.push(result.summary.plan as unknown as PlanNode);
        return [];
      },
    });
  } finally {
    await session.close();
  }
  return plans;
}

describe('the plan of mergeFacts', () => {
  it('seeks the unique id index of every fact type, and scans no relationships, on an empty graph', async () => {
    const rows = [
      { id: 'fact:a', type: FactType.HOLDS_POSITION, from: 'person:a', to: 'position:b', props: {} },
      { id: 'fact:b', type: FactType.PARTICIPATED_IN, from: 'person:a', to: 'event:c', props: { role: 'HOST' } },
    ];
    const [plan, ...more] = await explained((runner) => mergeFacts(runner, rows));
    expect(more).toEqual([]);
    const ops = operators(plan as PlanNode);
    const seeks = ops.filter((op) => op.operator.startsWith('DirectedRelationshipUniqueIndexSeek'));
    for (const type of FACT_TYPES) {
      expect(seeks.some((op) => op.details.includes(`[r:${type}(id)]`))).toBe(true);
    }
    expect(ops.filter((op) => /RelationshipsScan|RelationshipTypeScan/.test(op.operator))).toEqual([]);
  });
});
